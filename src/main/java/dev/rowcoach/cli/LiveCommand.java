package dev.rowcoach.cli;

import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.live.LiveListener;
import dev.rowcoach.live.LiveSession;
import dev.rowcoach.live.LiveSettings;
import dev.rowcoach.live.LiveTee;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.ByteLink;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rowcoach live}: reads a sensor as you row, reports each rep as it happens, records every byte. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Reads a sensor on a serial port or over BLE, or a phone (phyphox, Sensor Logger) over Wi-Fi, while you row: "
                + "each rep as soon as it is confirmed, each set when "
                + "it ends, every byte recorded. Ends with q + Enter, Ctrl-C or --exit-after-idle.")
final class LiveCommand implements Callable<Integer> {

    enum Events { text, jsonl }

    @ArgGroup(exclusive = true, multiplicity = "1")
    LiveLink where;

    @Option(names = "--protocol", defaultValue = "auto", paramLabel = "PROTOCOL", completionCandidates = FormatNames.Live.class,
            converter = OptionTypes.Protocol.class,
            description = "The sensor's protocol: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: recognised from the "
                    + "first bytes).")
    WireFormat protocol;

    @Option(names = "--baud", defaultValue = "115200", paramLabel = "N",
            description = "Baud rate of a USB–serial bridge (default: ${DEFAULT-VALUE}; USB CDC devices ignore it).")
    int baud;

    @Option(names = "--rate", paramLabel = "HZ", converter = OptionTypes.RateHz.class,
            description = "The clock of a WitMotion sensor, which sends no time stamps (default 200 Hz).")
    Double rateHz;

    @Option(names = "--accel-unit", paramLabel = "g|mps2", converter = OptionTypes.Accel.class,
            description = "Accelerometer unit of an ASCII board whose header was missed (it states its units).")
    AccelUnit accelUnit;

    @Option(names = "--gyro-unit", paramLabel = "dps|rads", converter = OptionTypes.Gyro.class,
            description = "Gyroscope unit of an ASCII board whose header was missed.")
    GyroUnit gyroUnit;

    @Option(names = "--exercise", required = true, paramLabel = "NAME", converter = OptionTypes.Exercise.class,
            description = "Exercise, e.g. barbell-row: its grading profile grades the reps (rowcoach replay --help lists them).")
    ExerciseProfile exercise;

    @Option(names = "--load", paramLabel = "KG", converter = OptionTypes.LoadKg.class, description = "Load on the bar in kg.")
    Double loadKg;

    @Mixin
    SessionOptions session;

    @Option(names = "--no-history", description = "Do not store the session in the training history.")
    boolean noHistory;

    @Option(names = "--calibrate",
            description = "The first set is a calibration set of strict reps: their ROM is the baseline the swing of "
                    + "later reps is read against, and the history keeps it for the athlete and exercise.")
    boolean calibrate;

    @Mixin
    HistoryOptions history;

    @Option(names = "--record", paramLabel = "FILE",
            description = "The recording to write (must not exist; default: rowcoach-live-DATE-TIME.rcrec here).")
    Path record;

    @Option(names = "--no-record", description = "Do not record (nothing can be replayed afterwards).")
    boolean noRecord;

    @Option(names = "--events", defaultValue = "text", paramLabel = "text|jsonl",
            description = "Output: lines for a person, or one JSON object per event for scripts (default: ${DEFAULT-VALUE}).")
    Events events;

    @Mixin
    LiveSound sound;

    @Option(names = "--screen", paramLabel = "[ADDR:]PORT",
            description = "Also show the session on a web page for a phone or tablet on the rack: http://THIS-COMPUTER:PORT/ "
                    + "(docs/LIVE.md).")
    String screen;

    @Option(names = "--exit-after-idle", paramLabel = "S",
            description = "End the session when no data arrived for S seconds (default: never).")
    double exitAfterIdleS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ByteLink link = where.resolve(baud);
        LiveSettings settings = settings(link.name(), where.hintBaud(baud));
        where.open(link);
        LiveSound.Outputs sounds;
        LiveScreen page;
        try {
            sounds = sound.open(RowcoachCommand.context(spec).env("PATH"));
            page = screen == null ? null : LiveScreen.start(screen, sound.stopAtLossPct);
        } catch (UserException e) {
            link.close();
            throw e;
        }
        LiveRun run = new LiveRun(link, RowcoachCommand.context(spec).in());
        LiveListener lines = events == Events.jsonl ? new LiveJsonLines(spec.commandLine().getOut())
                : new LiveText(spec.commandLine().getOut());
        List<LiveListener> outs = new ArrayList<>(List.of(lines));
        if (page != null) {
            outs.add(page);
        }
        if (sounds.listener != null) {
            outs.add(sounds.listener);
        }
        LiveListener out = outs.size() == 1 ? lines : new LiveTee(outs);
        LiveSession live = new LiveSession(settings, run.queue(), out);
        SessionReport report;
        try {
            report = run.run(live);
        } finally {
            sounds.reportProblems(spec.commandLine().getErr());
        }
        // The recording is closed: it is what the history keys the session by (and can be rebuilt from).
        if (!noHistory && report != null) {
            PrintWriter err = spec.commandLine().getErr();
            if (settings.record() == null) {
                SessionStore.notRecorded(err);
            } else {
                TrainingReview review = SessionStore.storeAndReview(history, settings.record(), report, session.athlete,
                        session.notes, err);
                if (review != null) {
                    out.coaching(live.time(), review);
                }
            }
        }
        if (page != null) {
            page.close();
        }
        return ExitCode.OK;
    }

    /**
     * @param source   the link's name, as the recording states it
     * @param hintBaud the baud rate to mention when the bytes are garbage; 0 for links without one
     */
    private LiveSettings settings(String source, int hintBaud) throws UserException {
        if (!(exitAfterIdleS >= 0)) {
            throw new UserException("--exit-after-idle must be 0 or more seconds", ExitCode.USAGE_OR_INPUT);
        }
        Path file = noRecord ? null : record != null ? record : Path.of("rowcoach-live-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC)) + ".rcrec");
        if (file != null && Files.exists(file)) {
            throw new UserException(file + ": exists; a recording is never overwritten (choose another --record)",
                    ExitCode.USAGE_OR_INPUT);
        }
        return new LiveSettings(source, where.format(protocol), new DecoderSettings(rateHz, null, accelUnit, gyroUnit),
                file, exercise.name(), loadKg, session.athlete, exitAfterIdleS, hintBaud,
                noHistory ? null : SessionStore.calibration(history, session.athlete, exercise.name()), calibrate);
    }
}

package dev.rowcoach.cli;

import dev.rowcoach.audio.AudioOut;
import dev.rowcoach.audio.RepCues;
import dev.rowcoach.audio.SpeakerOut;
import dev.rowcoach.audio.Speech;
import dev.rowcoach.audio.WavRecorder;
import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.live.LiveException;
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
import dev.rowcoach.source.LinkException;
import dev.rowcoach.source.LinkQueue;
import dev.rowcoach.source.LinkReader;
import dev.rowcoach.source.SerialLink;
import dev.rowcoach.source.SerialPorts;
import dev.rowcoach.source.ble.BleDevices;
import dev.rowcoach.source.ble.BleLink;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code rowcoach live}: reads a sensor as you row, reports each rep as it happens, records every byte. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Reads a sensor on a serial port or over BLE, or a phone (phyphox, Sensor Logger) over Wi-Fi, while you row: "
                + "each rep as soon as it is confirmed, each set when "
                + "it ends, every byte recorded. Ends with q + Enter, Ctrl-C or --exit-after-idle.")
final class LiveCommand implements Callable<Integer> {

    enum Events { text, jsonl }

    enum Audio { tones, voice, off }

    /** Bytes the port's reader may queue ahead of the analysis: 5 s of a 1 kHz binary stream. */
    private static final int QUEUE_BYTES = 1 << 20;
    private static final int QUEUE_CHUNKS = 16_384;

    /** Where the sensor is: one of a serial port and a BLE device. */
    static final class Link {
        @Option(names = "--port", required = true, paramLabel = "PATH",
                description = "Serial port, e.g. /dev/ttyACM0, /dev/ttyUSB0, COM3 (a symlink to one works too), or auto: "
                        + "the only USB serial port (rowcoach devices lists them).")
        String port;

        @Option(names = "--ble", required = true, paramLabel = "ADDRESS",
                description = "BLE sensor's address, e.g. C4:7F:51:0A:22:9B, or auto: the only sensor BlueZ knows "
                        + "(rowcoach devices lists them). Linux with BlueZ; the D-Bus system bus is "
                        + "$DBUS_SYSTEM_BUS_ADDRESS when set.")
        String ble;

        @Option(names = "--phyphox", required = true, paramLabel = "HOST[:PORT]",
                description = "A phone running phyphox with \"Allow remote access\" on: the address it shows, e.g. "
                        + "192.168.1.23:8080 (docs/LIVE.md).")
        String phyphox;

        @Option(names = "--http-listen", required = true, paramLabel = "[ADDR:]PORT",
                description = "Listen for a phone pushing its readings over HTTP (Sensor Logger's HTTP push, or any client "
                        + "posting the same JSON), e.g. 8000 (docs/LIVE.md).")
        String httpListen;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Link where;

    @Option(names = "--protocol", defaultValue = "auto", paramLabel = "PROTOCOL", completionCandidates = FormatNames.Live.class,
            description = "The sensor's protocol: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: recognised from the "
                    + "first bytes).")
    String protocol;

    @Option(names = "--baud", defaultValue = "115200", paramLabel = "N",
            description = "Baud rate of a USB–serial bridge (default: ${DEFAULT-VALUE}; USB CDC devices ignore it).")
    int baud;

    @Option(names = "--rate", paramLabel = "HZ",
            description = "The clock of a WitMotion sensor, which sends no time stamps (default 200 Hz).")
    Double rateHz;

    @Option(names = "--accel-unit", paramLabel = "g|mps2",
            description = "Accelerometer unit of an ASCII board whose header was missed (it states its units).")
    String accelUnit;

    @Option(names = "--gyro-unit", paramLabel = "dps|rads",
            description = "Gyroscope unit of an ASCII board whose header was missed.")
    String gyroUnit;

    @Option(names = "--exercise", required = true, paramLabel = "NAME",
            description = "Exercise, e.g. barbell-row: its grading profile grades the reps (rowcoach replay --help lists them).")
    String exercise;

    @Option(names = "--load", paramLabel = "KG", description = "Load on the bar in kg.")
    Double loadKg;

    @Option(names = "--athlete", paramLabel = "NAME", description = "Who lifts (stored in the recording).")
    String athlete;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free text, stored in the history.")
    String notes;

    @Option(names = "--no-history", description = "Do not store the session in the training history.")
    boolean noHistory;

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

    @Option(names = "--audio", paramLabel = "tones|voice|off",
            description = "Sound: a tone per rep whose pitch says its grade, or the rep number and grade spoken by "
                    + "espeak-ng (tones when it is not installed), or none (default: tones when there is a sound device).")
    Audio audio;

    @Option(names = "--audio-out", paramLabel = "FILE.wav",
            description = "Also write the tones to FILE.wav (must not exist), on the session's timeline.")
    Path audioOut;

    @Option(names = "--stop-at-loss", paramLabel = "PCT",
            description = "Sound a distinct cue (three high beeps) when a rep's velocity is PCT %% below the set's "
                    + "fastest: the set is done (velocity-based training; default: never).")
    Double stopAtLossPct;

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
        ByteLink link = link();
        LiveSettings settings = settings(link.name(), where.port != null ? baud : 0);
        try {
            link.open();
        } catch (LinkException e) {
            throw new UserException(e.getMessage() + (where.port != null ? " (rowcoach devices lists the ports)" : ""),
                    ExitCode.USAGE_OR_INPUT);
        }
        SoundSetup sound;
        LiveScreen page;
        try {
            sound = sound();
            page = this.screen == null ? null : LiveScreen.start(this.screen, stopAtLossPct);
        } catch (UserException e) {
            link.close();
            throw e;
        }
        LinkQueue queue = new LinkQueue(QUEUE_BYTES, QUEUE_CHUNKS);
        LinkReader reader = new LinkReader(link, queue, true);
        Thread readerThread = new Thread(reader, "rowcoach-link-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        LiveListener screen = events == Events.jsonl ? new LiveJsonLines(spec.commandLine().getOut())
                : new LiveText(spec.commandLine().getOut());
        List<LiveListener> outs = new ArrayList<>(List.of(screen));
        if (page != null) {
            outs.add(page);
        }
        if (sound.listener != null) {
            outs.add(sound.listener);
        }
        LiveListener out = outs.size() == 1 ? screen : new LiveTee(outs);
        LiveSession session = new LiveSession(settings, queue, out);
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: let the session finish the analysis and close the recording before the JVM goes.
            session.requestStop();
            try {
                ended.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rowcoach-live-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        watchKeyboard(session);
        SessionReport report;
        try {
            report = session.run();
        } catch (LiveException e) {
            throw new UserException(e.getMessage(), e.badInput() ? ExitCode.USAGE_OR_INPUT : ExitCode.IO);
        } finally {
            sound.reportProblems(spec.commandLine().getErr());
            reader.stop();
            readerThread.join(1000);
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and returns now that the session has ended.
            }
        }
        // The recording is closed: it is what the history keys the session by (and can be rebuilt from).
        if (!noHistory && report != null) {
            if (settings.record() == null) {
                spec.commandLine().getErr().println("rowcoach: warning: session not saved to the history: it was not "
                        + "recorded (--no-record), and the history keeps sessions by their recording");
                spec.commandLine().getErr().flush();
            } else {
                TrainingFacts facts = SessionStore.store(history, settings.record(), report, athlete, notes,
                        spec.commandLine().getErr());
                if (facts != null) {
                    out.coaching(session.time(), Coach.standard().review(facts, null));
                }
            }
        }
        if (page != null) {
            page.close();
        }
        return ExitCode.OK;
    }

    /** The serial port or BLE device named, {@code auto} resolved; not opened yet. */
    private ByteLink link() throws UserException {
        if (where.phyphox != null || where.httpListen != null) {
            return PhoneLinks.link(where.phyphox, where.httpListen);
        }
        if (where.ble != null) {
            String address = where.ble;
            if (address.equalsIgnoreCase("auto")) {
                try {
                    address = BleDevices.auto(BleDevices.list());
                } catch (LinkException e) {
                    throw new UserException("--ble auto: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
                }
            } else if (!BleDevices.isAddress(address)) {
                throw new UserException("--ble takes a Bluetooth address such as C4:7F:51:0A:22:9B, or auto, not '"
                        + address + "'", ExitCode.USAGE_OR_INPUT);
            }
            return new BleLink(address);
        }
        String port = where.port;
        if (port.equalsIgnoreCase("auto")) {
            try {
                port = SerialPorts.auto(SerialPorts.list());
            } catch (LinkException e) {
                throw new UserException("--port auto: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
            }
        }
        if (baud <= 0) {
            throw new UserException("--baud must be a positive number of bits per second", ExitCode.USAGE_OR_INPUT);
        }
        return new SerialLink(port, baud);
    }

    /**
     * @param source   the link's name, as the recording states it
     * @param hintBaud the baud rate to mention when the bytes are garbage; 0 for links without one
     */
    private LiveSettings settings(String source, int hintBaud) throws UserException {
        if (loadKg != null && !(loadKg >= 0 && Double.isFinite(loadKg))) {
            throw new UserException("--load must be a weight in kg, not " + loadKg, ExitCode.USAGE_OR_INPUT);
        }
        if (!ExerciseProfiles.exists(exercise)) {
            throw new UserException("--exercise: unknown exercise '" + exercise + "'; valid: "
                    + String.join(", ", ExerciseProfiles.names()), ExitCode.USAGE_OR_INPUT);
        }
        if (!(exitAfterIdleS >= 0)) {
            throw new UserException("--exit-after-idle must be 0 or more seconds", ExitCode.USAGE_OR_INPUT);
        }
        WireFormat format = null;
        if (where.phyphox != null || where.httpListen != null) {
            format = PhoneLinks.format(where.phyphox);
        } else if (!protocol.equalsIgnoreCase("auto")) {
            try {
                format = WireFormat.fromId(protocol);
            } catch (IllegalArgumentException e) {
                format = null;
            }
            if (format == null || format.kind() != WireFormat.Kind.SENSOR) {
                throw new UserException("--protocol must be auto, " + Formats.choices(Formats.ofKind(WireFormat.Kind.SENSOR))
                        + ", not " + protocol, ExitCode.USAGE_OR_INPUT);
            }
        }
        Path file = noRecord ? null : record != null ? record : Path.of("rowcoach-live-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC)) + ".rcrec");
        if (file != null && Files.exists(file)) {
            throw new UserException(file + ": exists; a recording is never overwritten (choose another --record)",
                    ExitCode.USAGE_OR_INPUT);
        }
        DecoderSettings decoder;
        try {
            decoder = new DecoderSettings(rateHz, null, accelUnit == null ? null : AccelUnit.fromId(accelUnit),
                    gyroUnit == null ? null : GyroUnit.fromId(gyroUnit));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        return new LiveSettings(source, format, decoder, file, exercise, loadKg, athlete, exitAfterIdleS, hintBaud);
    }

    /** The sound outputs and what to say about them at the end. */
    private static final class SoundSetup {
        LiveAudio listener;
        WavRecorder wav;
        String note;

        void reportProblems(PrintWriter err) {
            if (note != null) {
                err.println("rowcoach: " + note);
            }
            if (wav != null && wav.failure() != null) {
                err.println("rowcoach: --audio-out: " + wav.failure());
            }
            err.flush();
        }
    }

    private SoundSetup sound() throws UserException {
        SoundSetup s = new SoundSetup();
        RepCues cues;
        try {
            cues = new RepCues(stopAtLossPct);
        } catch (IllegalArgumentException e) {
            throw new UserException("--stop-at-loss: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        List<AudioOut> outs = new ArrayList<>();
        if (audioOut != null) {
            try {
                s.wav = WavRecorder.create(audioOut);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UserException(audioOut + ": exists (--audio-out never overwrites)", ExitCode.USAGE_OR_INPUT);
            } catch (IOException e) {
                throw new UserException(audioOut + ": cannot write: " + e.getMessage(), ExitCode.IO);
            }
            outs.add(s.wav);
        }
        Speech speech = null;
        if (audio == Audio.voice) {
            speech = Speech.find();
            if (speech == null) {
                s.note = "--audio voice: espeak-ng is not installed, so tones were played instead";
            }
        }
        if (audio != Audio.off && speech == null) {
            SpeakerOut speaker = SpeakerOut.openDefault();
            if (speaker != null) {
                outs.add(speaker);
            } else if (audio != null) {
                s.note = "--audio " + audio + ": no sound device could be opened, so nothing was played";
            }
        }
        if (!outs.isEmpty() || speech != null) {
            s.listener = new LiveAudio(cues, outs, speech);
        }
        return s;
    }

    /** {@code q} then Enter ends the session; end of input (no keyboard, e.g. under a script) changes nothing. */
    private static void watchKeyboard(LiveSession session) {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            try {
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == 'q' || c == 'Q') {
                        session.requestStop();
                        return;
                    }
                }
            } catch (IOException e) {
                // No keyboard: Ctrl-C and --exit-after-idle still end the session.
            }
        }, "rowcoach-keyboard");
        t.setDaemon(true);
        t.start();
    }
}

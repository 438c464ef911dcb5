package dev.rowcoach.jmh;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.protocol.text.AsciiEncoder;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SyntheticRows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Samples per second of each decoder on a generated 1 kHz set of rows (the same samples in every format),
 * and of the motion core on them. Run with {@code docs/jmh.sh}; each call handles {@value #SAMPLES} samples
 * and declares them as operations, so the score is samples per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecoderBenchmark {

    static final int SAMPLES = 20_000;

    private List<Sample> samples;
    private byte[] asciiFullDigits;
    private byte[] asciiCounts;
    private byte[] rowcoach;

    @Setup
    public void setUp() {
        samples = SyntheticRows.generate(1000, 10, 0.4, 2.5, true).subList(0, SAMPLES);
        asciiFullDigits = Fixtures.ascii(samples, 1000);
        rowcoach = Fixtures.rowcoach(samples, 1000);
        SensorInfo info = new SensorInfo("bench", null, null, 16.0, 2000.0, 1000.0);
        double accelStep = 16 * Sample.STANDARD_GRAVITY / 32768, gyroStep = Math.toRadians(2000) / 32768;
        StringBuilder b = new StringBuilder(AsciiEncoder.header(info, true));
        for (Sample s : samples) { // the same samples on the sensor's count grid, as convert writes them
            AsciiEncoder.appendSample(b, new Sample(s.timeUs(), Math.rint(s.ax() / accelStep) * accelStep,
                    Math.rint(s.ay() / accelStep) * accelStep, Math.rint(s.az() / accelStep) * accelStep,
                    Math.rint(s.gx() / gyroStep) * gyroStep, Math.rint(s.gy() / gyroStep) * gyroStep,
                    Math.rint(s.gz() / gyroStep) * gyroStep), true, info);
        }
        asciiCounts = b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void decode(WireFormat format, byte[] bytes, Blackhole bh) {
        Decoder d = Formats.decoder(format, DecoderSettings.DEFAULTS, new StreamListener() {
            @Override
            public void sample(Sample sample) {
                bh.consume(sample);
            }
        });
        for (int off = 0; off < bytes.length; off += 65536) {
            d.feed(bytes, off, Math.min(65536, bytes.length - off));
        }
        d.finish();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void asciiWithFullDigits(Blackhole bh) {
        decode(WireFormat.ASCII, asciiFullDigits, bh);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void asciiWithSevenDigits(Blackhole bh) {
        decode(WireFormat.ASCII, asciiCounts, bh);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void rowcoachBinary(Blackhole bh) {
        decode(WireFormat.ROWCOACH, rowcoach, bh);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void motionCore(Blackhole bh) {
        MotionPipeline p = new MotionPipeline(MotionSettings.DEFAULTS, new MotionListener() {
            @Override
            public void rep(Rep rep) {
                bh.consume(rep);
            }

            @Override
            public void setEnded(SetResult set) {
                bh.consume(set);
            }
        });
        for (Sample s : samples) {
            p.sample(s);
        }
        p.end();
        bh.consume(p);
    }
}

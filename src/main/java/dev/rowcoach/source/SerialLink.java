package dev.rowcoach.source;

import com.fazecast.jSerialComm.SerialPort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A serial port (USB CDC, a USB–UART bridge, or a pseudo-terminal) through jSerialComm, 8N1 at a given baud
 * rate. The only class that touches jSerialComm's port I/O: its return codes ({@code false}, {@code -1})
 * become {@link LinkException}s here. Reads are semi-blocking with a 100 ms timeout, so a reader returns as
 * soon as any byte arrives.
 */
public final class SerialLink implements ByteLink {

    /** Longest a read waits for the first byte, ms. */
    static final int READ_TIMEOUT_MS = 100;

    private final String path;
    private final int baud;
    private SerialPort port;

    /**
     * @param path a device path ({@code /dev/ttyACM0}, {@code /dev/pts/3}, a symlink to one) or a Windows
     *             port name ({@code COM3})
     * @param baud bits per second (ignored by USB CDC devices and pseudo-terminals)
     * @throws IllegalArgumentException when {@code baud} is not positive
     */
    public SerialLink(String path, int baud) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, got " + baud);
        }
        this.path = path;
        this.baud = baud;
    }

    @Override
    public String name() {
        return "serial:" + path;
    }

    @Override
    public void open() throws LinkException {
        close();
        if (path.startsWith("/") && !Files.exists(Path.of(path))) {
            throw new LinkException(path + ": no such serial port");
        }
        SerialPort p = SerialPort.getCommPort(path);
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!p.openPort()) {
            throw new LinkException(path + ": cannot open the serial port (error " + p.getLastErrorCode()
                    + (p.getLastErrorCode() == 13 ? ", permission denied: on Linux add yourself to the dialout group" : "")
                    + ")");
        }
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        port = p;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws LinkException {
        if (port == null) {
            throw new LinkException(path + ": not open");
        }
        int n = port.readBytes(buf, len, off);
        if (n < 0) {
            throw new LinkException(path + ": the serial port stopped answering (unplugged?)");
        }
        return n;
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }
}

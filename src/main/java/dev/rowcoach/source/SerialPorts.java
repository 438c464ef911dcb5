package dev.rowcoach.source;

import com.fazecast.jSerialComm.SerialPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The serial ports of this machine, as jSerialComm enumerates them, and which of them may be a sensor. */
public final class SerialPorts {

    private SerialPorts() {
    }

    /**
     * One port.
     *
     * @param path         what {@code --port} takes, e.g. {@code /dev/ttyACM0} or {@code COM3}
     * @param description  the driver's or device's description
     * @param vendorId     USB vendor id, or {@code null} for a port that is not USB
     * @param productId    USB product id, or {@code null}
     * @param serialNumber USB serial number, or {@code null} when none is known
     */
    public record Port(String path, String description, Integer vendorId, Integer productId, String serialNumber) {

        /**
         * Whether a sensor could be behind it: a USB port (a board's USB CDC port or a USB–serial bridge), not a
         * motherboard UART ({@code /dev/ttyS0}, {@code COM1}), which nearly every PC lists with nothing on it.
         */
        public boolean plausibleSensor() {
            if (vendorId != null) {
                return true;
            }
            String p = path.toLowerCase(Locale.ROOT);
            return p.contains("ttyacm") || p.contains("ttyusb") || p.contains("usbmodem") || p.contains("usbserial");
        }

        /** {@code 1a86:7523}, or {@code -} for a port that is not USB. */
        public String usbIds() {
            return vendorId == null ? "-" : String.format(Locale.ROOT, "%04x:%04x", vendorId, productId == null ? 0 : productId);
        }
    }

    /** Every serial port the system lists now. */
    public static List<Port> list() {
        List<Port> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            int vid = p.getVendorID();
            int pid = p.getProductID();
            String serial = p.getSerialNumber();
            out.add(new Port(p.getSystemPortPath(), p.getPortDescription(), vid < 0 ? null : vid, pid < 0 ? null : pid,
                    serial == null || serial.isBlank() || serial.equals("Unknown") ? null : serial));
        }
        return out;
    }

    /**
     * The port {@code --port auto} means: the only plausible sensor port.
     *
     * @throws LinkException when there is none, or several (the message lists them and says what to do)
     */
    public static String auto(List<Port> ports) throws LinkException {
        List<Port> plausible = ports.stream().filter(Port::plausibleSensor).toList();
        if (plausible.size() == 1) {
            return plausible.get(0).path();
        }
        if (plausible.isEmpty()) {
            throw new LinkException("no USB serial port found: plug the sensor in, or name its port with --port"
                    + (ports.isEmpty() ? "" : " (other ports: " + String.join(", ", ports.stream().map(Port::path).toList()) + ")"));
        }
        throw new LinkException("several USB serial ports, choose one with --port: " + String.join(", ",
                plausible.stream().map(p -> p.path() + " (" + p.description() + ")").toList()));
    }
}

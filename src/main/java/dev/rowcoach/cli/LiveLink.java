package dev.rowcoach.cli;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkException;
import dev.rowcoach.source.SerialLink;
import dev.rowcoach.source.SerialPorts;
import dev.rowcoach.source.ble.BleDevices;
import dev.rowcoach.source.ble.BleLink;
import picocli.CommandLine.Option;

/** Where the live sensor is: one of a serial port, a BLE device and a phone ({@code live}'s exclusive group). */
final class LiveLink {

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

    /** The baud rate to name when the bytes are garbage: {@code baud} on a serial port, 0 on other links. */
    int hintBaud(int baud) {
        return port != null ? baud : 0;
    }

    /**
     * The wire format the link's bytes are in: a phone's app format, else {@code protocol} (null: recognised from the
     * first bytes).
     */
    WireFormat format(WireFormat protocol) {
        return isPhone() ? PhoneLinks.format(phyphox) : protocol;
    }

    private boolean isPhone() {
        return phyphox != null || httpListen != null;
    }

    /**
     * The serial port, BLE device or phone named, {@code auto} resolved; not opened yet.
     *
     * @param baud the serial baud rate
     */
    ByteLink resolve(int baud) throws UserException {
        if (isPhone()) {
            return PhoneLinks.link(phyphox, httpListen);
        }
        if (ble != null) {
            String address = ble;
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
        String path = port;
        if (path.equalsIgnoreCase("auto")) {
            try {
                path = SerialPorts.auto(SerialPorts.list());
            } catch (LinkException e) {
                throw new UserException("--port auto: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
            }
        }
        if (baud <= 0) {
            throw new UserException("--baud must be a positive number of bits per second", ExitCode.USAGE_OR_INPUT);
        }
        return new SerialLink(path, baud);
    }

    /** Opens {@code link}, one line when it cannot be. */
    void open(ByteLink link) throws UserException {
        try {
            link.open();
        } catch (LinkException e) {
            throw new UserException(e.getMessage() + (port != null ? " (rowcoach devices lists the ports)" : ""),
                    ExitCode.USAGE_OR_INPUT);
        }
    }
}

package dev.rowcoach.cli;

import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkException;
import dev.rowcoach.source.SerialLink;
import dev.rowcoach.source.SerialPorts;
import dev.rowcoach.source.ble.BleDevices;
import dev.rowcoach.source.ble.BleLink;
import picocli.CommandLine.Option;

/** Where the live sensor is: one of a serial port and a BLE device ({@code live}'s exclusive group). */
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

    /** The baud rate to name when the bytes are garbage: {@code baud} on a serial port, 0 on BLE. */
    int hintBaud(int baud) {
        return ble != null ? 0 : baud;
    }

    /**
     * The serial port or BLE device named, {@code auto} resolved; not opened yet.
     *
     * @param baud the serial baud rate
     */
    ByteLink resolve(int baud) throws UserException {
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

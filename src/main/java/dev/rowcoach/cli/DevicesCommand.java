package dev.rowcoach.cli;

import dev.rowcoach.source.LinkException;
import dev.rowcoach.source.SerialPorts;
import dev.rowcoach.source.ble.BleDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rowcoach devices}: the serial ports a sensor may be on, and the BLE sensors BlueZ knows. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Lists serial ports (path, description, USB vendor:product ids, serial number); those marked * "
                + "are USB ports a sensor may be on, the one --port auto picks when it is the only one. Then the BLE "
                + "sensors BlueZ knows (Nordic UART or WitMotion service), where BlueZ is present.")
final class DevicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SerialPorts.Port> ports = SerialPorts.list();
        if (ports.isEmpty()) {
            out.println("no serial ports found");
        } else {
            for (SerialPorts.Port p : ports) {
                out.println(String.format(Locale.ROOT, "%s %-20s %-9s %-16s %s", p.plausibleSensor() ? "*" : " ", p.path(),
                        p.usbIds(), p.serialNumber() == null ? "-" : p.serialNumber(), p.description()));
            }
        }
        ble(out);
        out.flush();
        return ExitCode.OK;
    }

    private static void ble(PrintWriter out) {
        BleDevices.Listing listing;
        try {
            listing = BleDevices.list();
        } catch (LinkException e) {
            out.println("BLE: not available: " + e.getMessage());
            return;
        }
        String others = listing.otherDevices() == 0 ? "" : " (and " + listing.otherDevices() + " other BLE device"
                + (listing.otherDevices() == 1 ? "" : "s") + " without a sensor service)";
        if (listing.sensors().isEmpty()) {
            out.println("BLE sensors: none known to BlueZ" + others + "; switch the sensor on and scan with bluetoothctl");
            return;
        }
        out.println("BLE sensors" + others + ":");
        for (BleDevices.Device d : listing.sensors()) {
            out.println(String.format(Locale.ROOT, "  %-20s %-22s %-6s %-20s %s", d.address(), d.kind().title(), d.adapter(),
                    d.name() == null ? "-" : d.name(), d.connected() ? "connected" : d.paired() ? "paired" : "seen"));
        }
    }
}

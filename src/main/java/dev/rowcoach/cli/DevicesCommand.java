package dev.rowcoach.cli;

import dev.rowcoach.source.SerialPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rowcoach devices}: the serial ports a sensor may be on. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "Lists serial ports (path, description, USB vendor:product ids, serial number); those marked * "
                + "are USB ports a sensor may be on, the one --port auto picks when it is the only one.")
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
        out.println("BLE devices: not supported yet");
        out.flush();
        return ExitCode.OK;
    }
}

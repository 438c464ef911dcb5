package dev.rowcoach.source.ble;

import dev.rowcoach.source.LinkException;
import org.freedesktop.dbus.connections.impl.DBusConnection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The BLE sensors BlueZ knows of (paired, connected or seen in a scan), and which one {@code --ble auto} takes. */
public final class BleDevices {

    private static final Pattern ADDRESS = Pattern.compile("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}");

    private BleDevices() {
    }

    /**
     * One device that offers a service rowcoach reads.
     *
     * @param address   the Bluetooth address, upper case, e.g. {@code C4:7F:51:0A:22:9B}
     * @param name      the name it advertises, or null
     * @param kind      which sensor it is, by its service
     * @param adapter   the adapter BlueZ sees it through, e.g. {@code hci0}
     * @param connected whether BlueZ holds a connection to it now
     * @param paired    whether it is paired
     */
    public record Device(String address, String name, BleKind kind, String adapter, boolean connected, boolean paired) {
    }

    /** What BlueZ knows: the sensors, and how many other devices it lists. */
    public record Listing(List<Device> sensors, int otherDevices) {
    }

    /** Whether {@code s} is a Bluetooth address ({@code AA:BB:CC:DD:EE:FF}, either case). */
    public static boolean isAddress(String s) {
        return s != null && ADDRESS.matcher(s).matches();
    }

    /**
     * Asks BlueZ for its devices.
     *
     * @throws LinkException when there is no system bus or no BlueZ on it (the message says which)
     */
    public static Listing list() throws LinkException {
        DBusConnection bus = Bluez.connect(() -> { });
        try {
            return listing(Bluez.objects(bus));
        } finally {
            try {
                bus.close();
            } catch (IOException ignored) {
                // Closing a connection we only read from: nothing to lose.
            }
        }
    }

    static Listing listing(List<Bluez.Node> nodes) {
        List<Device> sensors = new ArrayList<>();
        int others = 0;
        for (Bluez.Node n : nodes) {
            if (!n.has(Bluez.DEVICE)) {
                continue;
            }
            BleKind kind = BleKind.ofServices(n.strings(Bluez.DEVICE, "UUIDs"));
            String address = n.string(Bluez.DEVICE, "Address");
            if (kind == null || address == null) {
                others++;
                continue;
            }
            String adapter = n.string(Bluez.DEVICE, "Adapter");
            sensors.add(new Device(address.toUpperCase(Locale.ROOT), n.string(Bluez.DEVICE, "Name"), kind,
                    adapter == null ? "-" : adapter.substring(adapter.lastIndexOf('/') + 1),
                    n.flag(Bluez.DEVICE, "Connected"), n.flag(Bluez.DEVICE, "Paired")));
        }
        return new Listing(List.copyOf(sensors), others);
    }

    /**
     * The address {@code --ble auto} means: the only sensor BlueZ knows.
     *
     * @throws LinkException when there is none, or several (the message lists them and says what to do)
     */
    public static String auto(Listing listing) throws LinkException {
        List<Device> s = listing.sensors();
        if (s.size() == 1) {
            return s.get(0).address();
        }
        if (s.isEmpty()) {
            throw new LinkException("BlueZ knows no BLE sensor (Nordic UART or WitMotion service): switch it on and "
                    + "scan or pair it with bluetoothctl, or name it with --ble ADDRESS");
        }
        throw new LinkException("several BLE sensors, choose one with --ble: " + String.join(", ",
                s.stream().map(d -> d.address() + " (" + (d.name() == null ? d.kind().title() : d.name()) + ")").toList()));
    }
}

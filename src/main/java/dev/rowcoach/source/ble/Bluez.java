package dev.rowcoach.source.ble;

import dev.rowcoach.source.LinkException;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.IDisconnectCallback;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BlueZ's object tree on the D-Bus system bus: the one place that connects to the bus and reads what BlueZ
 * knows (adapters, devices, GATT services and characteristics) from its ObjectManager. The bus is the one
 * {@code DBUS_SYSTEM_BUS_ADDRESS} names, else {@value #DEFAULT_SYSTEM_BUS}, as for every D-Bus client; tests
 * point it at a private bus. D-Bus failures become {@link LinkException}s with one line a user can act on.
 */
final class Bluez {

    static final String SERVICE = "org.bluez";
    static final String ADAPTER = "org.bluez.Adapter1";
    static final String DEVICE = "org.bluez.Device1";
    static final String GATT_SERVICE = "org.bluez.GattService1";
    static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";
    static final String ENV_ADDRESS = "DBUS_SYSTEM_BUS_ADDRESS";
    static final String DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket";
    /** How long connecting to the bus may take, ms. */
    private static final int CONNECT_TIMEOUT_MS = 1000;

    /** One object of BlueZ's tree: its path and, per interface, its properties. */
    record Node(String path, Map<String, Map<String, Variant<?>>> interfaces) {

        boolean has(String iface) {
            return interfaces.containsKey(iface);
        }

        /** A property's value, or null when the interface or property is absent. */
        Object property(String iface, String name) {
            Map<String, Variant<?>> props = interfaces.get(iface);
            Variant<?> v = props == null ? null : props.get(name);
            return v == null ? null : v.getValue();
        }

        String string(String iface, String name) {
            Object v = property(iface, name);
            return v == null ? null : v.toString();
        }

        boolean flag(String iface, String name) {
            return Boolean.TRUE.equals(property(iface, name));
        }

        List<String> strings(String iface, String name) {
            return Bluez.strings(property(iface, name));
        }
    }

    private Bluez() {
    }

    /** Where the system bus is: {@code DBUS_SYSTEM_BUS_ADDRESS}, else the standard socket. */
    static String busAddress() {
        String env = System.getenv(ENV_ADDRESS);
        return env == null || env.isBlank() ? DEFAULT_SYSTEM_BUS : env;
    }

    /**
     * Connects to the system bus. Signals are handled on one thread, so notifications arrive in order.
     *
     * @param onLost called (on a D-Bus thread) when the connection breaks later
     * @throws LinkException when there is no bus to connect to (no Linux, no D-Bus, a wrong address)
     */
    static DBusConnection connect(Runnable onLost) throws LinkException {
        String address = busAddress();
        try {
            return DBusConnectionBuilder.forSystemBus()
                    .withShared(false)
                    // dbus-java retries a refused connection every 0.5 s until this runs out (10 s by default):
                    // a missing bus is missing, say so at once.
                    .transportConfig().withTimeout(CONNECT_TIMEOUT_MS).back()
                    .receivingThreadConfig().withSignalThreadCount(1).connectionConfig()
                    .withDisconnectCallback(new IDisconnectCallback() {
                        @Override
                        public void disconnectOnError(java.io.IOException e) {
                            onLost.run();
                        }
                    })
                    .build();
        } catch (DBusException | RuntimeException e) {
            throw new LinkException("cannot reach the D-Bus system bus at " + address + " (BLE needs Linux with "
                    + "BlueZ; " + ENV_ADDRESS + " names another bus): " + oneLine(e));
        }
    }

    /** Every object BlueZ exports, from its ObjectManager at {@code /}. */
    static List<Node> objects(DBusConnection bus) throws LinkException {
        Map<DBusPath, Map<String, Map<String, Variant<?>>>> tree;
        try {
            ObjectManager om = bus.getRemoteObject(SERVICE, "/", ObjectManager.class);
            tree = om.GetManagedObjects();
        } catch (DBusException | DBusExecutionException e) {
            throw new LinkException("BlueZ does not answer on the system bus (is bluetoothd running? "
                    + "systemctl start bluetooth): " + oneLine(e));
        }
        List<Node> out = new ArrayList<>();
        tree.forEach((path, ifaces) -> out.add(new Node(path.getPath(), ifaces)));
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    /** A D-Bus array of strings as dbus-java hands it over (a list or an array), else an empty list. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Iterable<?> it) {
            it.forEach(o -> out.add(String.valueOf(o)));
        } else if (value instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    /** An exception's message on one line, without the exception's class when it has a message. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").trim();
    }
}

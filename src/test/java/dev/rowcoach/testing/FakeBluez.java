package dev.rowcoach.testing;

import org.bluez.Adapter1;
import org.bluez.Device1;
import org.bluez.GattCharacteristic1;
import org.bluez.GattService1;
import org.bluez.datatypes.TwoTuple;
import org.bluez.exceptions.BluezFailedException;
import org.bluez.exceptions.BluezNotConnectedException;
import org.bluez.exceptions.BluezNotSupportedException;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.FileDescriptor;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * A fake BlueZ on a (private) D-Bus: the test JVM owns {@code org.bluez} and exports the tree bluetoothd would,
 * for one adapter and one BLE sensor: the ObjectManager at {@code /}, {@code /org/bluez/hci0} (Adapter1), the
 * device (Device1: Connect, Disconnect, Connected, ServicesResolved, UUIDs), and, while connected, its GATT
 * service with a notify and a write characteristic (GattService1, GattCharacteristic1: StartNotify,
 * StopNotify, WriteValue, Value). {@link #play} streams a sensor's chunks as notifications: PropertiesChanged
 * signals of the characteristic's {@code Value}, exactly what BlueZ emits for each notification it receives.
 */
public final class FakeBluez implements AutoCloseable {

    public static final String ADAPTER = "/org/bluez/hci0";
    private static final String DEVICE1 = "org.bluez.Device1";
    private static final String CHARACTERISTIC1 = "org.bluez.GattCharacteristic1";

    private final DBusConnection bus;
    private final String address;
    private final String name;
    private final String serviceUuid;
    private final String notifyUuid;
    private final String writeUuid;
    private final String devicePath;
    private final String servicePath;
    private final String notifyPath;
    private final String writePath;

    private final Object lock = new Object();
    private boolean connected;
    private boolean notifying;
    private boolean reachable = true;
    private int connects;
    private int disconnects;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private int notifications;

    /**
     * Owns {@code org.bluez} on the bus at {@code busAddress} and exports a device at {@code deviceAddress}
     * offering service {@code serviceUuid} with the given notify and write characteristics.
     */
    public FakeBluez(String busAddress, String deviceAddress, String name, String serviceUuid, String notifyUuid,
                     String writeUuid) throws DBusException {
        this.address = deviceAddress.toUpperCase(Locale.ROOT);
        this.name = name;
        this.serviceUuid = serviceUuid;
        this.notifyUuid = notifyUuid;
        this.writeUuid = writeUuid;
        devicePath = ADAPTER + "/dev_" + address.replace(':', '_');
        servicePath = devicePath + "/service000a";
        notifyPath = servicePath + "/char000b";
        writePath = servicePath + "/char000e";
        bus = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
        bus.exportObject("/", new Root());
        bus.exportObject(ADAPTER, new Adapter());
        bus.exportObject(devicePath, new Device());
        bus.exportObject(servicePath, new Service());
        bus.exportObject(notifyPath, new Characteristic(notifyPath, notifyUuid, "notify"));
        bus.exportObject(writePath, new Characteristic(writePath, writeUuid, "write-without-response", "write"));
        bus.requestBusName("org.bluez");
    }

    /** Every byte sent as a notification so far, in order. */
    public byte[] sentBytes() {
        synchronized (sent) {
            return sent.toByteArray();
        }
    }

    /** Notifications sent so far. */
    public int notifications() {
        synchronized (sent) {
            return notifications;
        }
    }

    /** Successful Connect calls so far. */
    public int connects() {
        synchronized (lock) {
            return connects;
        }
    }

    /** Puts the device out of range: Connect fails until {@link #play} finds a chunk in range. */
    public void outOfRange() {
        synchronized (lock) {
            reachable = false;
        }
    }

    /** Disconnect calls that found the device connected (a client letting it go). */
    public int disconnects() {
        synchronized (lock) {
            return disconnects;
        }
    }

    /**
     * Streams {@code chunks} once a client has subscribed: each when the host clock reaches its device time
     * (relative to the first chunk's, {@code speed} times faster than real time), in notifications of at most
     * {@code mtuPayload} bytes. At the first chunk whose time (µs since the first) {@code outOfRange} accepts, the
     * device goes out of range: BlueZ reports it disconnected, and Connect fails until a chunk's time is no
     * longer out of range. Chunks due while no client is subscribed are lost, as a sensor that keeps sampling
     * without a host loses them.
     */
    public void play(List<PacedSensor.Chunk> chunks, int mtuPayload, double speed, LongPredicate outOfRange)
            throws InterruptedException, DBusException {
        long until = System.nanoTime() + 30_000_000_000L;
        synchronized (lock) {
            while (!notifying) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no client subscribed to " + notifyPath + " within 30 s");
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
        long first = chunks.get(0).deviceUs();
        long zero = System.nanoTime();
        for (PacedSensor.Chunk c : chunks) {
            long t = c.deviceUs() - first;
            long wait = zero + (long) (t * 1000 / speed) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            boolean out = outOfRange.test(t);
            synchronized (lock) {
                if (out && reachable) {
                    reachable = false;
                    connected = false;
                    notifying = false;
                    changed(devicePath, DEVICE1, Map.of("Connected", new Variant<>(false),
                            "ServicesResolved", new Variant<>(false)));
                } else if (!out) {
                    reachable = true;
                }
                if (!notifying) {
                    continue;
                }
            }
            for (int off = 0; off < c.bytes().length; off += mtuPayload) {
                byte[] piece = Arrays.copyOfRange(c.bytes(), off, Math.min(c.bytes().length, off + mtuPayload));
                changed(notifyPath, CHARACTERISTIC1, Map.of("Value", new Variant<>(piece)));
                synchronized (sent) {
                    sent.writeBytes(piece);
                    notifications++;
                }
            }
        }
    }

    private void changed(String path, String iface, Map<String, Variant<?>> values) throws DBusException {
        bus.sendMessage(new Properties.PropertiesChanged(path, iface, values, List.of()));
    }

    private Map<String, Map<String, Variant<?>>> deviceProperties() {
        synchronized (lock) {
            Map<String, Variant<?>> p = new LinkedHashMap<>();
            p.put("Address", new Variant<>(address));
            p.put("Name", new Variant<>(name));
            p.put("Adapter", new Variant<>(new DBusPath(ADAPTER)));
            p.put("Paired", new Variant<>(false));
            p.put("Connected", new Variant<>(connected));
            p.put("ServicesResolved", new Variant<>(connected));
            p.put("UUIDs", new Variant<>(new String[]{serviceUuid}));
            return Map.of(DEVICE1, p);
        }
    }

    private static Map<String, Map<String, Variant<?>>> one(String iface, Object... keyValues) {
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], new Variant<>(keyValues[i + 1]));
        }
        return Map.of(iface, p);
    }

    private Map<String, Map<String, Variant<?>>> characteristicProperties(String path, String uuid, String[] flags) {
        synchronized (lock) {
            return one(CHARACTERISTIC1, "UUID", uuid, "Service", new DBusPath(servicePath), "Flags", flags,
                    "Notifying", path.equals(notifyPath) && notifying);
        }
    }

    @Override
    public void close() throws IOException {
        bus.close();
    }

    /** The Properties interface over a snapshot of an object's properties. */
    private abstract static class PropertiesOf implements Properties {
        abstract Map<String, Map<String, Variant<?>>> all();

        @Override
        @SuppressWarnings("unchecked")
        public <A> A Get(String iface, String property) {
            Variant<?> v = GetAll(iface).get(property);
            return v == null ? null : (A) v.getValue();
        }

        @Override
        public <A> void Set(String iface, String property, A value) {
            throw new UnsupportedOperationException("read-only in this fake");
        }

        @Override
        public Map<String, Variant<?>> GetAll(String iface) {
            return all().getOrDefault(iface, Map.of());
        }
    }

    private final class Root implements ObjectManager {
        @Override
        public Map<DBusPath, Map<String, Map<String, Variant<?>>>> GetManagedObjects() {
            Map<DBusPath, Map<String, Map<String, Variant<?>>>> tree = new LinkedHashMap<>();
            tree.put(new DBusPath(ADAPTER), one("org.bluez.Adapter1", "Address", "00:1A:7D:DA:71:13", "Name", "fake-hci0",
                    "Powered", true, "Discovering", false));
            tree.put(new DBusPath(devicePath), deviceProperties());
            synchronized (lock) {
                if (connected) {
                    tree.put(new DBusPath(servicePath), one("org.bluez.GattService1", "UUID", serviceUuid,
                            "Device", new DBusPath(devicePath), "Primary", true));
                    tree.put(new DBusPath(notifyPath), characteristicProperties(notifyPath, notifyUuid, new String[]{"notify"}));
                    tree.put(new DBusPath(writePath), characteristicProperties(writePath, writeUuid,
                            new String[]{"write-without-response", "write"}));
                }
            }
            return tree;
        }

        @Override
        public String getObjectPath() {
            return "/";
        }
    }

    private final class Adapter extends PropertiesOf implements Adapter1 {
        @Override
        Map<String, Map<String, Variant<?>>> all() {
            return one("org.bluez.Adapter1", "Address", "00:1A:7D:DA:71:13", "Powered", true);
        }

        @Override
        public void StartDiscovery() {
        }

        @Override
        public void StopDiscovery() {
        }

        @Override
        public void RemoveDevice(DBusPath device) {
        }

        @Override
        public void SetDiscoveryFilter(Map<String, Variant<?>> filter) {
        }

        @Override
        public String[] GetDiscoveryFilters() {
            return new String[0];
        }

        @Override
        public DBusPath ConnectDevice(Map<String, Variant<?>> properties) throws BluezNotSupportedException {
            throw new BluezNotSupportedException("not in this fake");
        }

        @Override
        public String getObjectPath() {
            return ADAPTER;
        }
    }

    private final class Device extends PropertiesOf implements Device1 {
        @Override
        Map<String, Map<String, Variant<?>>> all() {
            return deviceProperties();
        }

        @Override
        public void Connect() throws BluezFailedException {
            synchronized (lock) {
                if (!reachable) {
                    // As bluetoothd answers: error org.bluez.Error.Failed, the reason as its message.
                    DBusExecutionException e = new DBusExecutionException("le-connection-abort-by-local");
                    e.setType("org.bluez.Error.Failed");
                    throw e;
                }
                connected = true;
                connects++;
            }
            try {
                changed(devicePath, DEVICE1, Map.of("Connected", new Variant<>(true), "ServicesResolved", new Variant<>(true)));
            } catch (DBusException e) {
                throw new BluezFailedException(e.getMessage());
            }
        }

        @Override
        public void Disconnect() throws BluezNotConnectedException {
            synchronized (lock) {
                if (!connected) {
                    throw new BluezNotConnectedException("Not Connected");
                }
                connected = false;
                notifying = false;
                disconnects++;
            }
            try {
                changed(devicePath, DEVICE1, Map.of("Connected", new Variant<>(false), "ServicesResolved", new Variant<>(false)));
            } catch (DBusException e) {
                throw new BluezNotConnectedException(e.getMessage());
            }
        }

        @Override
        public void ConnectProfile(String uuid) {
        }

        @Override
        public void DisconnectProfile(String uuid) {
        }

        @Override
        public void Pair() {
        }

        @Override
        public void CancelPairing() {
        }

        @Override
        public String getObjectPath() {
            return devicePath;
        }
    }

    private final class Service extends PropertiesOf implements GattService1 {
        @Override
        Map<String, Map<String, Variant<?>>> all() {
            return one("org.bluez.GattService1", "UUID", serviceUuid, "Device", new DBusPath(devicePath), "Primary", true);
        }

        @Override
        public String getObjectPath() {
            return servicePath;
        }
    }

    private final class Characteristic extends PropertiesOf implements GattCharacteristic1 {
        private final String path;
        private final String uuid;
        private final String[] flags;

        Characteristic(String path, String uuid, String... flags) {
            this.path = path;
            this.uuid = uuid;
            this.flags = flags;
        }

        @Override
        Map<String, Map<String, Variant<?>>> all() {
            return characteristicProperties(path, uuid, flags);
        }

        @Override
        public byte[] ReadValue(Map<String, Variant<?>> options) {
            return new byte[0];
        }

        @Override
        public void WriteValue(byte[] value, Map<String, Variant<?>> options) {
        }

        @Override
        public TwoTuple<FileDescriptor, UInt16> AcquireWrite(Map<String, Variant<?>> options) throws BluezNotSupportedException {
            throw new BluezNotSupportedException("not in this fake");
        }

        @Override
        public TwoTuple<FileDescriptor, UInt16> AcquireNotify(Map<String, Variant<?>> options) throws BluezNotSupportedException {
            throw new BluezNotSupportedException("not in this fake");
        }

        @Override
        public void StartNotify() throws BluezNotConnectedException, BluezNotSupportedException {
            if (!path.equals(notifyPath)) {
                throw new BluezNotSupportedException("Operation is not supported");
            }
            synchronized (lock) {
                if (!connected) {
                    throw new BluezNotConnectedException("Not Connected");
                }
                notifying = true;
                lock.notifyAll();
            }
        }

        @Override
        public void StopNotify() {
            synchronized (lock) {
                if (path.equals(notifyPath)) {
                    notifying = false;
                }
            }
        }

        @Override
        public void Confirm() {
        }

        @Override
        public String getObjectPath() {
            return path;
        }
    }
}

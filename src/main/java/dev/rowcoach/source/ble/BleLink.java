package dev.rowcoach.source.ble;

import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkException;
import org.bluez.Adapter1;
import org.bluez.exceptions.BluezAlreadyConnectedException;
import org.bluez.exceptions.BluezFailedException;
import org.bluez.exceptions.BluezInProgressException;
import org.bluez.exceptions.BluezNotReadyException;
import org.bluez.Device1;
import org.bluez.GattCharacteristic1;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.tinylog.Logger;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A BLE sensor through BlueZ over D-Bus (the org.bluez interfaces of bluez-dbus, on dbus-java): connects to the
 * device, finds the characteristic that notifies the sensor's bytes ({@link BleKind}: the Nordic UART Service's
 * TX of rowcoach's sensor, or WitMotion's FFE4), subscribes, and hands the notifications' bytes, in order and
 * concatenated, to the reader exactly as a serial port hands over its bytes. The D-Bus signal callback only
 * copies each notification into a {@link NotificationBuffer}; {@link #read} takes from it.
 *
 * <p>A device BlueZ does not know yet is looked for in a scan of up to {@value #DISCOVERY_MS} ms. The link is
 * lost when BlueZ reports the device disconnected (its {@code Connected} property turns false) or the bus
 * connection breaks; {@link dev.rowcoach.source.LinkReader} then reopens it with backoff, which connects again.
 */
public final class BleLink implements ByteLink {

    /** Longest scan for a device BlueZ does not know, ms. */
    static final long DISCOVERY_MS = 10_000;
    /** Longest wait, after connecting, for BlueZ to resolve the device's GATT services, ms. */
    static final long RESOLVE_MS = 15_000;
    /** Longest {@link #read} waits for a byte, ms (as a serial port's read). */
    static final long READ_TIMEOUT_MS = 100;
    private static final long POLL_MS = 100;
    /** Bytes held between the signal thread and the reader: minutes of any sensor's BLE stream. */
    private static final int BUFFER_BYTES = 1 << 20;

    private final String address;
    private final NotificationBuffer buffer = new NotificationBuffer(BUFFER_BYTES);
    private DBusConnection bus;
    private AutoCloseable signals;
    private volatile String devicePath;
    private volatile String characteristicPath;
    private BleKind kind;

    /**
     * @param address the device's Bluetooth address, {@code AA:BB:CC:DD:EE:FF}
     * @throws IllegalArgumentException when it is not one
     */
    public BleLink(String address) {
        if (!BleDevices.isAddress(address)) {
            throw new IllegalArgumentException("not a Bluetooth address (AA:BB:CC:DD:EE:FF): " + address);
        }
        this.address = address.toUpperCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return "ble:" + address;
    }

    @Override
    public void open() throws LinkException {
        close();
        buffer.reset();
        try {
            bus = Bluez.connect(() -> buffer.lose(address + ": the D-Bus connection to BlueZ broke"));
            Bluez.Node device = findDevice();
            devicePath = device.path();
            if (!device.flag(Bluez.DEVICE, "Connected")) {
                connect();
            }
            Bluez.Node characteristic = awaitCharacteristic();
            characteristicPath = characteristic.path();
            signals = bus.addSigHandler(Properties.PropertiesChanged.class, this::changed);
            bus.getRemoteObject(Bluez.SERVICE, characteristicPath, GattCharacteristic1.class).StartNotify();
            Logger.debug("{}: notifications from {} ({})", name(), characteristicPath, kind.title());
        } catch (LinkException e) {
            close();
            throw e.getMessage().startsWith(address) ? e : new LinkException(address + ": " + e.getMessage());
        } catch (DBusException | DBusExecutionException e) {
            close();
            throw new LinkException(address + ": " + Bluez.oneLine(e));
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws LinkException {
        if (bus == null) {
            throw new LinkException(address + ": not open");
        }
        return buffer.take(buf, off, len, READ_TIMEOUT_MS);
    }

    @Override
    public void close() {
        if (signals != null) {
            try {
                signals.close();
            } catch (Exception e) {
                Logger.debug("{}: removing the signal handler: {}", name(), e.getMessage());
            }
            signals = null;
        }
        if (bus != null) {
            // Best effort: the device may be gone already, and then there is nothing to stop.
            String ch = characteristicPath;
            String dev = devicePath;
            try {
                if (ch != null) {
                    bus.getRemoteObject(Bluez.SERVICE, ch, GattCharacteristic1.class).StopNotify();
                }
            } catch (DBusException | DBusExecutionException e) {
                Logger.debug("{}: StopNotify: {}", name(), e.getMessage());
            }
            try {
                if (dev != null) {
                    bus.getRemoteObject(Bluez.SERVICE, dev, Device1.class).Disconnect();
                }
            } catch (DBusException | DBusExecutionException e) {
                Logger.debug("{}: Disconnect: {}", name(), e.getMessage());
            }
            try {
                bus.close();
            } catch (IOException e) {
                Logger.debug("{}: closing the bus connection: {}", name(), e.getMessage());
            }
            bus = null;
        }
        characteristicPath = null;
        devicePath = null;
    }

    /** On the D-Bus signal thread: a notification's bytes, or the device's connection ending. */
    private void changed(Properties.PropertiesChanged signal) {
        String path = signal.getPath();
        if (path == null) {
            return;
        }
        if (path.equals(characteristicPath) && Bluez.GATT_CHARACTERISTIC.equals(signal.getInterfaceName())) {
            Variant<?> value = signal.getPropertiesChanged().get("Value");
            if (value != null) {
                byte[] bytes = bytes(value.getValue());
                buffer.offer(bytes, bytes.length);
            }
        } else if (path.equals(devicePath) && Bluez.DEVICE.equals(signal.getInterfaceName())) {
            Variant<?> connected = signal.getPropertiesChanged().get("Connected");
            if (connected != null && Boolean.FALSE.equals(connected.getValue())) {
                buffer.lose(address + ": the sensor disconnected (switched off or out of range?)");
            }
        }
    }

    /** A D-Bus byte array as dbus-java hands it over. */
    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof List<?> list) {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = ((Number) list.get(i)).byteValue();
            }
            return b;
        }
        return new byte[0];
    }

    private void connect() throws LinkException, DBusException {
        try {
            bus.getRemoteObject(Bluez.SERVICE, devicePath, Device1.class).Connect();
        } catch (BluezAlreadyConnectedException e) {
            // Connected in the meantime (BlueZ reconnects devices it knows): what we wanted.
        } catch (BluezFailedException | BluezNotReadyException | BluezInProgressException | DBusExecutionException e) {
            throw new LinkException(address + ": cannot connect (is the sensor on and near?): " + Bluez.oneLine(e));
        }
    }

    /** The device's node, scanning for it when BlueZ does not know it. */
    private Bluez.Node findDevice() throws LinkException, DBusException {
        Bluez.Node known = device(Bluez.objects(bus));
        if (known != null) {
            return known;
        }
        List<Bluez.Node> adapters = Bluez.objects(bus).stream().filter(n -> n.has(Bluez.ADAPTER)).toList();
        if (adapters.isEmpty()) {
            throw new LinkException(address + ": BlueZ lists no Bluetooth adapter (is one plugged in and powered? "
                    + "bluetoothctl power on)");
        }
        for (Bluez.Node a : adapters) {
            try {
                bus.getRemoteObject(Bluez.SERVICE, a.path(), Adapter1.class).StartDiscovery();
            } catch (DBusExecutionException e) {
                Logger.debug("{}: StartDiscovery on {}: {}", name(), a.path(), e.getMessage());
            }
        }
        try {
            long deadline = System.nanoTime() + DISCOVERY_MS * 1_000_000L;
            while (System.nanoTime() < deadline) {
                sleep(POLL_MS);
                Bluez.Node found = device(Bluez.objects(bus));
                if (found != null) {
                    return found;
                }
            }
        } finally {
            for (Bluez.Node a : adapters) {
                try {
                    bus.getRemoteObject(Bluez.SERVICE, a.path(), Adapter1.class).StopDiscovery();
                } catch (DBusException | DBusExecutionException e) {
                    Logger.debug("{}: StopDiscovery on {}: {}", name(), a.path(), e.getMessage());
                }
            }
        }
        throw new LinkException(address + ": no such BLE device: BlueZ does not know it and a " + DISCOVERY_MS / 1000
                + " s scan did not find it (is it on and near? rowcoach devices lists the sensors BlueZ knows)");
    }

    private Bluez.Node device(List<Bluez.Node> nodes) {
        for (Bluez.Node n : nodes) {
            if (n.has(Bluez.DEVICE) && address.equalsIgnoreCase(n.string(Bluez.DEVICE, "Address"))) {
                return n;
            }
        }
        return null;
    }

    /** Waits for BlueZ to resolve the services, then finds the notify characteristic of a supported kind. */
    private Bluez.Node awaitCharacteristic() throws LinkException {
        long deadline = System.nanoTime() + RESOLVE_MS * 1_000_000L;
        while (true) {
            List<Bluez.Node> nodes = Bluez.objects(bus);
            Bluez.Node dev = device(nodes);
            if (dev == null) {
                throw new LinkException(address + ": BlueZ no longer lists the device");
            }
            if (dev.flag(Bluez.DEVICE, "ServicesResolved")) {
                String prefix = dev.path() + "/";
                for (BleKind k : BleKind.values()) {
                    for (Bluez.Node n : nodes) {
                        if (n.path().startsWith(prefix) && n.has(Bluez.GATT_CHARACTERISTIC)
                                && k.isNotifyCharacteristic(n.string(Bluez.GATT_CHARACTERISTIC, "UUID"))) {
                            kind = k;
                            return n;
                        }
                    }
                }
                throw new LinkException(address + ": the device has neither the Nordic UART Service of rowcoach's "
                        + "sensor nor the WitMotion service (its services: " + String.join(", ", services(nodes, prefix)) + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new LinkException(address + ": connected, but BlueZ did not resolve its services within "
                        + RESOLVE_MS / 1000 + " s");
            }
            sleep(POLL_MS);
        }
    }

    private static List<String> services(List<Bluez.Node> nodes, String prefix) {
        return nodes.stream().filter(n -> n.path().startsWith(prefix) && n.has(Bluez.GATT_SERVICE))
                .map(n -> n.string(Bluez.GATT_SERVICE, "UUID")).toList();
    }

    private static void sleep(long ms) throws LinkException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted");
        }
    }
}

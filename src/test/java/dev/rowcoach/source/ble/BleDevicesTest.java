package dev.rowcoach.source.ble;

import dev.rowcoach.source.LinkException;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of BlueZ's devices are sensors, and what {@code --ble auto} makes of them; BlueZ's tree built by hand. */
class BleDevicesTest {

    private static Bluez.Node device(String address, String name, boolean connected, String... uuids) {
        return new Bluez.Node("/org/bluez/hci0/dev_" + address.replace(':', '_'), Map.of(Bluez.DEVICE, Map.of(
                "Address", new Variant<>(address), "Name", new Variant<>(name), "Connected", new Variant<>(connected),
                "Paired", new Variant<>(false), "Adapter", new Variant<>(new DBusPath("/org/bluez/hci0")),
                "UUIDs", new Variant<>(uuids))));
    }

    private static final Bluez.Node ADAPTER = new Bluez.Node("/org/bluez/hci0",
            Map.of(Bluez.ADAPTER, Map.of("Powered", new Variant<>(true))));

    @Test
    void sensorsAreTheDevicesOfferingNordicUartOrWitMotion() {
        BleDevices.Listing l = BleDevices.listing(List.of(ADAPTER,
                device("c4:7f:51:0a:22:9b", "rowcoach", true, "00001801-0000-1000-8000-00805f9b34fb",
                        "6E400001-B5A3-F393-E0A9-E50E24DCCA9E"),
                device("D1:00:00:00:00:01", "WT901BLE68", false, "0000ffe5-0000-1000-8000-00805f9a34fb"),
                device("D1:00:00:00:00:02", "WT901BLE67", false, "0000ffe5-0000-1000-8000-00805f9b34fb"),
                device("D1:00:00:00:00:03", "headphones", false, "0000110b-0000-1000-8000-00805f9b34fb")));
        assertEquals(3, l.sensors().size(), l.toString());
        assertEquals(1, l.otherDevices());
        BleDevices.Device nus = l.sensors().get(0);
        assertEquals("C4:7F:51:0A:22:9B", nus.address(), "upper case, as --ble compares it");
        assertEquals(BleKind.ROWCOACH_NUS, nus.kind());
        assertEquals("hci0", nus.adapter());
        assertTrue(nus.connected());
        assertEquals(BleKind.WITMOTION, l.sensors().get(1).kind());
        assertEquals(BleKind.WITMOTION, l.sensors().get(2).kind(), "the 16-bit id on the standard base too");
    }

    @Test
    void autoTakesTheOnlySensorAndOtherwiseSaysWhatItFound() throws LinkException {
        Bluez.Node one = device("D1:00:00:00:00:01", "WT901BLE68", false, "0000ffe5-0000-1000-8000-00805f9a34fb");
        assertEquals("D1:00:00:00:00:01", BleDevices.auto(BleDevices.listing(List.of(ADAPTER, one))));
        LinkException none = assertThrows(LinkException.class, () -> BleDevices.auto(BleDevices.listing(List.of(ADAPTER))));
        assertTrue(none.getMessage().contains("bluetoothctl"), none.getMessage());
        Bluez.Node two = device("C4:7F:51:0A:22:9B", "rowcoach", false, "6e400001-b5a3-f393-e0a9-e50e24dcca9e");
        LinkException several = assertThrows(LinkException.class,
                () -> BleDevices.auto(BleDevices.listing(List.of(one, two))));
        assertTrue(several.getMessage().contains("D1:00:00:00:00:01 (WT901BLE68)")
                && several.getMessage().contains("C4:7F:51:0A:22:9B (rowcoach)"), several.getMessage());
    }

    @Test
    void addresses() {
        assertTrue(BleDevices.isAddress("C4:7F:51:0A:22:9B"));
        assertTrue(BleDevices.isAddress("c4:7f:51:0a:22:9b"));
        assertFalse(BleDevices.isAddress("C4:7F:51:0A:22"));
        assertFalse(BleDevices.isAddress("C4-7F-51-0A-22-9B"));
        assertFalse(BleDevices.isAddress(null));
        assertThrows(IllegalArgumentException.class, () -> new BleLink("kitchen"));
        assertEquals("ble:C4:7F:51:0A:22:9B", new BleLink("c4:7f:51:0a:22:9b").name());
    }

    @Test
    void kindsByService() {
        assertEquals(BleKind.ROWCOACH_NUS, BleKind.ofServices(List.of("6e400001-b5a3-f393-e0a9-e50e24dcca9e")));
        assertNull(BleKind.ofServices(List.of("6e400003-b5a3-f393-e0a9-e50e24dcca9e")), "a characteristic is no service");
        assertTrue(BleKind.ROWCOACH_NUS.isNotifyCharacteristic("6E400003-B5A3-F393-E0A9-E50E24DCCA9E"));
        assertFalse(BleKind.ROWCOACH_NUS.isNotifyCharacteristic("6e400002-b5a3-f393-e0a9-e50e24dcca9e"), "RX is not TX");
        assertTrue(BleKind.WITMOTION.isNotifyCharacteristic("0000ffe4-0000-1000-8000-00805f9a34fb"));
        assertFalse(BleKind.WITMOTION.isNotifyCharacteristic("0000ffe9-0000-1000-8000-00805f9a34fb"));
        assertNull(BleKind.ofServices(List.of()));
    }
}

package dev.rowcoach.source.ble;

import java.util.Collection;
import java.util.Locale;

/**
 * The BLE sensors rowcoach reads, by the GATT service they expose, and the characteristic that notifies their
 * byte stream. Each also has a characteristic for commands (named below); rowcoach only subscribes and writes
 * nothing to a sensor.
 */
public enum BleKind {

    /**
     * rowcoach's own sensor (firmware-protocol/): the binary rowcoach protocol over the Nordic UART Service, as
     * Nordic's nRF5 SDK defines it. TX ({@code 6e400003-…}, device to host) notifies; RX ({@code 6e400002-…},
     * host to device) takes commands.
     */
    ROWCOACH_NUS("rowcoach (Nordic UART)", "6e400001-b5a3-f393-e0a9-e50e24dcca9e",
            "6e400003-b5a3-f393-e0a9-e50e24dcca9e"),

    /**
     * WitMotion WT901BLE-family sensors: 20-byte 0x61 packets (firmware-protocol/WITMOTION.md) notified on
     * FFE4, commands written to FFE9, in service FFE5. Their firmware writes these 16-bit ids on the base
     * {@code -0000-1000-8000-00805f9a34fb}, one digit off the Bluetooth base ({@code ...9b34fb}); both are accepted.
     * The datasheet does not give the UUIDs: these are the ones WitMotion's BLE SDK samples and public clients
     * (e.g. an ESPHome WitMotion component) use.
     */
    WITMOTION("WitMotion", "0000ffe5-0000-1000-8000-00805f9a34fb", "0000ffe4-0000-1000-8000-00805f9a34fb");

    private final String title;
    private final String service;
    private final String notify;

    BleKind(String title, String service, String notify) {
        this.title = title;
        this.service = service;
        this.notify = notify;
    }

    /** A short name for listings, e.g. {@code WitMotion}. */
    public String title() {
        return title;
    }

    /** Whether {@code uuid} names this kind's service. */
    public boolean isService(String uuid) {
        return same(service, uuid);
    }

    /** Whether {@code uuid} names this kind's notify characteristic. */
    public boolean isNotifyCharacteristic(String uuid) {
        return same(notify, uuid);
    }

    /** The kind whose service is among {@code uuids}, or null. */
    public static BleKind ofServices(Collection<String> uuids) {
        for (BleKind k : values()) {
            for (String u : uuids) {
                if (k.isService(u)) {
                    return k;
                }
            }
        }
        return null;
    }

    private boolean same(String ours, String theirs) {
        if (theirs == null) {
            return false;
        }
        String t = theirs.toLowerCase(Locale.ROOT);
        if (t.equals(ours)) {
            return true;
        }
        // WitMotion: the same 16-bit id on the standard Bluetooth base.
        return this == WITMOTION && t.equals(ours.substring(0, 30) + "9b34fb");
    }
}

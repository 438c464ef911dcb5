package dev.rowcoach.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialPortsTest {

    private static final SerialPorts.Port UART = new SerialPorts.Port("/dev/ttyS0", "Physical Port S0", null, null, null);
    private static final SerialPorts.Port BOARD = new SerialPorts.Port("/dev/ttyACM0", "XIAO nRF52840 Sense", 0x2886, 0x8045, "A1B2");
    private static final SerialPorts.Port BRIDGE = new SerialPorts.Port("/dev/ttyUSB0", "USB Serial", 0x1a86, 0x7523, null);

    @Test
    void autoPicksTheOnlyUsbPortAndIgnoresMotherboardUarts() throws LinkException {
        assertEquals("/dev/ttyACM0", SerialPorts.auto(List.of(UART, BOARD)));
        assertTrue(BOARD.plausibleSensor());
        assertFalse(UART.plausibleSensor());
        assertTrue(new SerialPorts.Port("/dev/ttyUSB3", "bridge without ids", null, null, null).plausibleSensor());
        assertEquals("2886:8045", BOARD.usbIds());
        assertEquals("-", UART.usbIds());
    }

    @Test
    void autoRefusesToGuessBetweenSeveralOrNone() {
        LinkException several = assertThrows(LinkException.class, () -> SerialPorts.auto(List.of(UART, BOARD, BRIDGE)));
        assertTrue(several.getMessage().contains("/dev/ttyACM0") && several.getMessage().contains("/dev/ttyUSB0")
                && several.getMessage().contains("--port"), several.getMessage());
        LinkException none = assertThrows(LinkException.class, () -> SerialPorts.auto(List.of(UART)));
        assertTrue(none.getMessage().startsWith("no USB serial port found") && none.getMessage().contains("/dev/ttyS0"),
                none.getMessage());
    }
}

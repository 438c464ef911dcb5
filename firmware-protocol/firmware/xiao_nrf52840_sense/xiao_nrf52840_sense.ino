// rowcoach reference firmware: the board layer for the Seeed Studio XIAO nRF52840 Sense (on-board
// LSM6DS3TR-C IMU, USB serial, BLE). Everything protocol-related is in rowcoach_sensor.c (portable,
// compiled and run in CI against host stand-ins); this file only reads the IMU, keeps time and moves
// bytes. NOT YET BUILT OR RUN ON THE BOARD: see ../../HARDWARE.md for what is and is not tested.
//
// Build (Arduino IDE or arduino-cli): board package "Seeed nRF52 Boards" (XIAO nRF52840 Sense), library
// "Seeed Arduino LSM6DS3". Copy rowcoach_sensor.c/.h and ../../c/rowcoach_protocol.c/.h next to this file
// first (HARDWARE.md, "Flashing").

#include <Arduino.h>
#include <LSM6DS3.h>
#include <Wire.h>
#include <bluefruit.h>

extern "C" {
#include "rowcoach_sensor.h"
}

static const uint32_t RATE_MHZ = 208000;        // the IMU's 208 Hz output data rate
static const uint32_t PERIOD_US = 1000000000ull / RATE_MHZ;

static LSM6DS3 imu(I2C_MODE, 0x6A);
static BLEUart bleuart;                         // Nordic UART Service
static rs_sensor sensor;
static uint32_t next_read_us;

// USB CDC: write a frame only when all of it fits, so a closed or slow port never gets half a frame.
static bool usb_try_write(void *, const uint8_t *bytes, size_t len) {
    if ((size_t) Serial.availableForWrite() < len) {
        return false;
    }
    return Serial.write(bytes, len) == len;
}

static bool usb_connected(void *) {
    return (bool) Serial;                       // DTR set: a host has the port open
}

static bool ble_try_write(void *, const uint8_t *bytes, size_t len) {
    return bleuart.write(bytes, len) == len;
}

static bool ble_connected(void *) {
    return Bluefruit.connected() && bleuart.notifyEnabled();
}

static uint8_t battery_percent() {
#if defined(PIN_VBAT) && defined(VBAT_ENABLE)
    // XIAO nRF52840: VBAT through a 1 M / 510 k divider on PIN_VBAT, enabled by pulling VBAT_ENABLE low;
    // 3.0 V empty to 4.2 V full, linear (a rough single-cell LiPo estimate).
    digitalWrite(VBAT_ENABLE, LOW);
    float volts = analogRead(PIN_VBAT) * (3.6f / 1023.0f) * (1510.0f / 510.0f);
    float pct = (volts - 3.0f) / (4.2f - 3.0f) * 100.0f;
    return (uint8_t) (pct < 0 ? 0 : pct > 100 ? 100 : pct);
#else
    return RC_BATTERY_UNKNOWN;
#endif
}

void setup() {
    Serial.begin(921600);                       // USB CDC ignores the baud rate
    imu.settings.accelRange = 8;                // +-8 g: full-scale code 2
    imu.settings.accelSampleRate = 208;
    imu.settings.gyroRange = 1000;              // +-1000 dps: full-scale code 3
    imu.settings.gyroSampleRate = 208;
    imu.begin();

    Bluefruit.begin();
    Bluefruit.setName("rowcoach");
    bleuart.begin();
    Bluefruit.Advertising.addFlags(BLE_GAP_ADV_FLAGS_LE_ONLY_GENERAL_DISC_MODE);
    Bluefruit.Advertising.addService(bleuart);
    Bluefruit.ScanResponse.addName();
    Bluefruit.Advertising.restartOnDisconnect(true);
    Bluefruit.Advertising.start(0);

    static const rs_link links[2] = {
        {usb_try_write, usb_connected, nullptr},
        {ble_try_write, ble_connected, nullptr},
    };
    rs_config config = {"XIAO-nRF52840-Sense", (uint64_t) NRF_FICR->DEVICEID[1] << 32 | NRF_FICR->DEVICEID[0],
                        0, 1, 0, 2, 3, RATE_MHZ, 10};
    rs_init(&sensor, &config, links, 2, true, micros());
    next_read_us = micros();
}

void loop() {
    uint32_t now = micros();
    if ((int32_t) (now - next_read_us) >= 0) {
        // The reading's time is taken as it is read; the IMU's own timestamp register would be better still.
        int16_t raw[6] = {imu.readRawAccelX(), imu.readRawAccelY(), imu.readRawAccelZ(),
                          imu.readRawGyroX(), imu.readRawGyroY(), imu.readRawGyroZ()};
        rs_sample(&sensor, now, raw);
        next_read_us += PERIOD_US;
    }
    uint8_t in[64];
    size_t n = 0;
    while (Serial.available() && n < sizeof in) {
        in[n++] = (uint8_t) Serial.read();
    }
    while (bleuart.available() && n < sizeof in) {
        in[n++] = (uint8_t) bleuart.read();
    }
    rs_receive(&sensor, in, n, now);
    rs_poll(&sensor, now, battery_percent(), false, RC_TEMPERATURE_UNKNOWN);
}

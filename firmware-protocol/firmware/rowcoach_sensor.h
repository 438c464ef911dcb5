/*
 * rowcoach reference firmware, portable part: batches IMU samples into the rowcoach binary protocol
 * (../PROTOCOL.md) through the C codec (../c/rowcoach_protocol.h), sends each frame to every connected
 * link (USB serial, BLE Nordic UART), answers host commands, and reports battery and dropped samples in a
 * STATUS frame every second. No board API is used here: a board gives it timestamps, raw readings and
 * links (see xiao_nrf52840_sense/ for one, host/ for the stand-ins CI compiles it against).
 */
#ifndef ROWCOACH_SENSOR_H
#define ROWCOACH_SENSOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rowcoach_protocol.h" /* firmware-protocol/c: on the include path */

#define RS_MAX_LINKS 2u
#define RS_STATUS_PERIOD_US 1000000u

/* A way to the host. Frames are written whole or not at all, so a slow link never gets half a frame. */
typedef struct {
    /* Writes len bytes if they all fit now and returns true; returns false (writing nothing) otherwise. */
    bool (*try_write)(void *ctx, const uint8_t *bytes, size_t len);
    /* Whether a host is listening (USB port open, BLE central subscribed). */
    bool (*connected)(void *ctx);
    void *ctx;
} rs_link;

typedef struct {
    const char *model;          /* printable ASCII, at most 32 characters */
    uint64_t device_id;         /* e.g. the MCU's unique id */
    uint8_t fw_major, fw_minor, fw_patch;
    uint8_t accel_fs;           /* full-scale code: +-2 << code g (2 = +-8 g) */
    uint8_t gyro_fs;            /* full-scale code: +-125 << code dps (3 = +-1000 dps) */
    uint32_t rate_mhz;          /* output data rate, millihertz (208000 = 208 Hz) */
    uint8_t samples_per_frame;  /* 1..18: fewer means lower latency, more means less overhead */
} rs_config;

typedef struct {
    rs_config config;
    rs_link links[RS_MAX_LINKS];
    unsigned link_count;
    bool streaming;
    uint32_t sequence;          /* samples produced since boot (while streaming) */
    uint32_t dropped;           /* samples some connected link could not take */
    uint32_t next_status_us;
    uint32_t expected_us;       /* when the next sample of the pending frame is due */
    rc_samples pending;
    rc_receiver receiver;
    uint8_t wire[RC_MAX_WIRE_BYTES];
} rs_sensor;

/* Starts the sensor; it streams at once when stream_at_boot, else on the host's START. */
void rs_init(rs_sensor *s, const rs_config *config, const rs_link *links, unsigned link_count,
             bool stream_at_boot, uint32_t now_us);

/* One IMU reading (ax, ay, az, gx, gy, gz, raw counts where 32768 = full scale), taken at timestamp_us. */
void rs_sample(rs_sensor *s, uint32_t timestamp_us, const int16_t raw[6]);

/* Call often (every loop): sends STATUS every second. battery: 0..100 %, or RC_BATTERY_UNKNOWN. */
void rs_poll(rs_sensor *s, uint32_t now_us, uint8_t battery, bool charging, int16_t temperature_centi_c);

/* Bytes from the host (commands); answers them. */
void rs_receive(rs_sensor *s, const uint8_t *bytes, size_t len, uint32_t now_us);

#endif

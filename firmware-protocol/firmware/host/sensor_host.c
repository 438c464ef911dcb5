/*
 * Host stand-ins for the board layer, so CI compiles and runs the portable firmware (../rowcoach_sensor.c)
 * the way a board would drive it: a simulated 208 Hz IMU with a free-running u32 µs clock that wraps 1.5 s
 * in, a USB link that always takes what it is given, a BLE link whose throughput collapses for one second
 * (so frames are dropped and counted), a STOP command at 2 s and a START at 3 s, battery and temperature.
 *
 * usage: sensor_host SECONDS USB_OUT BLE_OUT
 * Writes the bytes each link carried to USB_OUT and BLE_OUT. Exit status 0, or 2 on bad usage or I/O.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../rowcoach_sensor.h"

#define RATE_MHZ 208000u
#define CLOCK_START_US (0xFFFFFFFFu - 1500000u)

typedef struct {
    FILE *file;
    double budget;          /* bytes it may still take now */
    double bytes_per_s;     /* refill rate; < 0: unlimited */
} host_link;

static bool link_write(void *ctx, const uint8_t *bytes, size_t len) {
    host_link *l = ctx;
    if (l->bytes_per_s >= 0 && l->budget < (double) len) {
        return false;
    }
    if (l->bytes_per_s >= 0) {
        l->budget -= (double) len;
    }
    return fwrite(bytes, 1, len, l->file) == len;
}

static bool link_connected(void *ctx) {
    (void) ctx;
    return true;
}

static size_t command(uint8_t type, uint8_t token, uint8_t *out) {
    rc_message m;
    memset(&m, 0, sizeof m);
    m.type = type;
    m.as.command.token = token;
    return rc_encode(&m, out, RC_MAX_WIRE_BYTES);
}

int main(int argc, char **argv) {
    host_link usb = {0}, ble = {0};
    rs_link links[2];
    rs_config config = {"rowcoach-ref-host", 0x5EED0001u, 1, 0, 0, 2, 3, RATE_MHZ, 10};
    rs_sensor sensor;
    uint8_t wire[RC_MAX_WIRE_BYTES];
    double seconds;
    long n, i;
    const double period_s = 1000.0 / RATE_MHZ;
    if (argc != 4 || (seconds = atof(argv[1])) <= 0) {
        fprintf(stderr, "usage: sensor_host SECONDS USB_OUT BLE_OUT\n");
        return 2;
    }
    usb.file = fopen(argv[2], "wb");
    ble.file = fopen(argv[3], "wb");
    if (usb.file == NULL || ble.file == NULL) {
        perror("sensor_host");
        return 2;
    }
    usb.bytes_per_s = -1;
    links[0].try_write = link_write;
    links[0].connected = link_connected;
    links[0].ctx = &usb;
    links[1] = links[0];
    links[1].ctx = &ble;
    rs_init(&sensor, &config, links, 2, true, CLOCK_START_US);
    n = (long) (seconds / period_s);
    for (i = 0; i < n; i++) {
        double t = i * period_s;
        uint32_t now = CLOCK_START_US + (uint32_t) llround(t * 1e6);
        int16_t raw[6];
        /* A bar rowed at 0.5 Hz under gravity: z holds 1 g (4096 counts at +-8 g), x swings, gyro rolls. */
        raw[0] = (int16_t) lround(1200.0 * sin(2 * M_PI * 0.5 * t));
        raw[1] = (int16_t) lround(80.0 * cos(2 * M_PI * 0.5 * t));
        raw[2] = (int16_t) lround(4096.0 + 300.0 * cos(2 * M_PI * 0.5 * t));
        raw[3] = (int16_t) lround(500.0 * sin(2 * M_PI * 0.5 * t));
        raw[4] = 12;
        raw[5] = -7;
        /* BLE: unlimited except from 0.5 s to 1.5 s, when it carries 1000 bytes/s. */
        ble.bytes_per_s = (t >= 0.5 && t < 1.5) ? 1000.0 : -1;
        ble.budget = ble.bytes_per_s < 0 ? 0 : ble.budget + ble.bytes_per_s * period_s;
        if (fabs(t - 2.0) < period_s / 2) {
            rs_receive(&sensor, wire, command(RC_STOP, 7, wire), now);
        }
        if (fabs(t - 3.0) < period_s / 2) {
            rs_receive(&sensor, wire, command(RC_START, 8, wire), now);
        }
        rs_sample(&sensor, now, raw);
        rs_poll(&sensor, now, 87, false, 2512);
    }
    if (fclose(usb.file) != 0 || fclose(ble.file) != 0) {
        perror("sensor_host");
        return 2;
    }
    return 0;
}

#include "rowcoach_sensor.h"

#include <string.h>

static uint32_t period_us(const rs_sensor *s) {
    return (uint32_t) ((1000000000ull + s->config.rate_mhz / 2u) / s->config.rate_mhz);
}

/* Sends msg to every connected link; returns whether every connected link took it. */
static bool send(rs_sensor *s, const rc_message *msg) {
    size_t n = rc_encode(msg, s->wire, sizeof s->wire);
    bool all = true;
    unsigned i;
    if (n == 0) {
        return false;
    }
    for (i = 0; i < s->link_count; i++) {
        const rs_link *l = &s->links[i];
        if (l->connected(l->ctx) && !l->try_write(l->ctx, s->wire, n)) {
            all = false;
        }
    }
    return all;
}

static void send_device_info(rs_sensor *s) {
    rc_message m;
    size_t len = strlen(s->config.model);
    memset(&m, 0, sizeof m);
    m.type = RC_DEVICE_INFO;
    m.as.device_info.fw_major = s->config.fw_major;
    m.as.device_info.fw_minor = s->config.fw_minor;
    m.as.device_info.fw_patch = s->config.fw_patch;
    m.as.device_info.flags = RC_FLAG_GYRO_PRESENT;
    m.as.device_info.device_id = s->config.device_id;
    m.as.device_info.accel_fs = s->config.accel_fs;
    m.as.device_info.gyro_fs = s->config.gyro_fs;
    m.as.device_info.rate_mhz = s->config.rate_mhz;
    m.as.device_info.model_len = (uint8_t) (len > RC_MAX_MODEL_CHARS ? RC_MAX_MODEL_CHARS : len);
    memcpy(m.as.device_info.model, s->config.model, m.as.device_info.model_len);
    send(s, &m);
}

/* Sends the pending frame; its samples count as dropped when a connected link could not take it. */
static void flush(rs_sensor *s) {
    rc_message m;
    if (s->pending.count == 0) {
        return;
    }
    m.type = RC_SAMPLES;
    m.as.samples = s->pending;
    if (!send(s, &m)) {
        s->dropped += s->pending.count;
    }
    s->pending.count = 0;
}

static void ack(rs_sensor *s, uint8_t token, uint8_t command, uint8_t result) {
    rc_message m;
    m.type = RC_ACK;
    m.as.ack.token = token;
    m.as.ack.command = command;
    m.as.ack.result = result;
    send(s, &m);
}

void rs_init(rs_sensor *s, const rs_config *config, const rs_link *links, unsigned link_count,
             bool stream_at_boot, uint32_t now_us) {
    unsigned i;
    memset(s, 0, sizeof *s);
    s->config = *config;
    if (s->config.samples_per_frame < 1u || s->config.samples_per_frame > RC_MAX_SAMPLES_WITH_GYRO) {
        s->config.samples_per_frame = RC_MAX_SAMPLES_WITH_GYRO;
    }
    s->link_count = link_count > RS_MAX_LINKS ? RS_MAX_LINKS : link_count;
    for (i = 0; i < s->link_count; i++) {
        s->links[i] = links[i];
    }
    rc_receiver_init(&s->receiver);
    s->next_status_us = now_us + RS_STATUS_PERIOD_US;
    s->streaming = stream_at_boot;
    if (stream_at_boot) {
        send_device_info(s);
    }
}

void rs_sample(rs_sensor *s, uint32_t timestamp_us, const int16_t raw[6]) {
    rc_samples *p = &s->pending;
    uint32_t period = period_us(s);
    int k;
    if (!s->streaming) {
        return;
    }
    /* A reading late by more than half a period (a missed interrupt) starts a new frame: the frame's
       samples are implied to be exactly one period apart. */
    if (p->count > 0 && (uint32_t) (timestamp_us - s->expected_us) + period / 2u > period) {
        flush(s);
    }
    if (p->count == 0) {
        p->sequence = s->sequence;
        p->timestamp_us = timestamp_us;
        p->period_us = period;
        p->flags = RC_FLAG_GYRO_PRESENT;
        p->accel_fs = s->config.accel_fs;
        p->gyro_fs = s->config.gyro_fs;
    }
    for (k = 0; k < 6; k++) {
        p->data[p->count * 6u + (unsigned) k] = raw[k];
    }
    p->count++;
    s->sequence++;
    s->expected_us = timestamp_us + period;
    if (p->count >= s->config.samples_per_frame) {
        flush(s);
    }
}

void rs_poll(rs_sensor *s, uint32_t now_us, uint8_t battery, bool charging, int16_t temperature_centi_c) {
    rc_message m;
    if ((int32_t) (now_us - s->next_status_us) < 0) {
        return;
    }
    s->next_status_us = now_us + RS_STATUS_PERIOD_US;
    m.type = RC_STATUS;
    m.as.status.timestamp_us = now_us;
    m.as.status.battery = battery;
    m.as.status.flags = (uint8_t) ((s->streaming ? RC_STATUS_STREAMING : 0u) | (charging ? RC_STATUS_CHARGING : 0u));
    m.as.status.dropped = s->dropped;
    m.as.status.temperature_centi_c = temperature_centi_c;
    send(s, &m);
}

void rs_receive(rs_sensor *s, const uint8_t *bytes, size_t len, uint32_t now_us) {
    size_t i;
    (void) now_us;
    for (i = 0; i < len; i++) {
        rc_message m;
        rc_span span;
        if (rc_receiver_push(&s->receiver, bytes[i], &m, &span) <= 0 || span.error != RC_OK) {
            continue;
        }
        switch (m.type) {
        case RC_START:
            ack(s, m.as.command.token, RC_START, RC_RESULT_OK);
            if (!s->streaming) {
                s->streaming = true;
                send_device_info(s);
            }
            break;
        case RC_STOP:
            flush(s);
            s->streaming = false;
            ack(s, m.as.command.token, RC_STOP, RC_RESULT_OK);
            break;
        case RC_IDENTIFY:
            ack(s, m.as.command.token, RC_IDENTIFY, RC_RESULT_OK);
            send_device_info(s);
            break;
        case RC_SET_RATE:
            /* The reference firmware runs its IMU at one rate: it says so rather than pretend. */
            ack(s, m.as.command.token, RC_SET_RATE,
                m.as.command.rate_mhz == s->config.rate_mhz ? RC_RESULT_OK : RC_RESULT_INVALID_ARGUMENT);
            if (m.as.command.rate_mhz == s->config.rate_mhz) {
                send_device_info(s);
            }
            break;
        default:
            /* Device-to-host types from a confused host: nothing to answer. (A command type the codec does
               not know is rejected by the receiver as "unknown type", so it gets no ACK; see HARDWARE.md.) */
            break;
        }
    }
}

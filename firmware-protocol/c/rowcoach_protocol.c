#include "rowcoach_protocol.h"

#include <string.h>

#define HEADER_BYTES 2u
#define CRC_BYTES 4u
#define MIN_FRAME_BYTES (HEADER_BYTES + CRC_BYTES)
#define SAMPLES_HEADER_BYTES 16u
#define DEVICE_INFO_HEADER_BYTES 19u
#define STATUS_BYTES 12u
#define ACK_BYTES 3u
#define CRC32C_REFLECTED_POLY 0x82F63B78u

static void put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void put_i16(uint8_t *p, int16_t v)
{
    uint16_t u = (uint16_t)v;
    p[0] = (uint8_t)u;
    p[1] = (uint8_t)(u >> 8);
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int16_t get_i16(const uint8_t *p)
{
    uint16_t u = (uint16_t)(p[0] | p[1] << 8);
    /* Two's complement without implementation-defined conversion of values above INT16_MAX. */
    return u >= 0x8000u ? (int16_t)(-(int32_t)(0x10000u - u)) : (int16_t)u;
}

const char *rc_error_reason(rc_error error)
{
    switch (error) {
    case RC_OK: return "ok";
    case RC_ERR_TOO_LONG: return "too long";
    case RC_ERR_BAD_COBS: return "bad COBS";
    case RC_ERR_TOO_SHORT: return "too short";
    case RC_ERR_CRC: return "CRC mismatch";
    case RC_ERR_VERSION: return "unknown version";
    case RC_ERR_TYPE: return "unknown type";
    case RC_ERR_LENGTH: return "bad length";
    case RC_ERR_VALUE: return "bad value";
    case RC_ERR_TRUNCATED: return "truncated frame";
    }
    return "unknown error";
}

uint32_t rc_crc32c(const uint8_t *data, size_t len)
{
    uint32_t crc = 0xFFFFFFFFu;
    size_t i;
    int k;
    for (i = 0; i < len; i++) {
        crc ^= data[i];
        for (k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (CRC32C_REFLECTED_POLY & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

size_t rc_cobs_encode(const uint8_t *src, size_t len, uint8_t *dst)
{
    size_t code_pos = 0, out = 1, i;
    uint8_t code = 1;
    for (i = 0; i < len; i++) {
        if (src[i] == 0) {
            dst[code_pos] = code;
            code_pos = out++;
            code = 1;
        } else {
            dst[out++] = src[i];
            code++;
            /* A full group only opens a new one if input remains: canonical, no trailing 0x01. */
            if (code == 0xFF && i + 1 < len) {
                dst[code_pos] = code;
                code_pos = out++;
                code = 1;
            }
        }
    }
    dst[code_pos] = code;
    return out;
}

rc_error rc_cobs_decode(const uint8_t *src, size_t len, uint8_t *dst, size_t *out_len)
{
    size_t i = 0, out = 0, k;
    while (i < len) {
        uint8_t code = src[i++];
        if (code == 0 || (size_t)(code - 1) > len - i) {
            return RC_ERR_BAD_COBS;
        }
        for (k = 1; k < code; k++) {
            if (src[i] == 0) {
                return RC_ERR_BAD_COBS;
            }
            dst[out++] = src[i++];
        }
        if (code != 0xFF && i < len) {
            dst[out++] = 0;
        }
    }
    *out_len = out;
    return RC_OK;
}

static int printable(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (s[i] < 0x20 || s[i] > 0x7E) {
            return 0;
        }
    }
    return 1;
}

static unsigned max_samples(uint8_t flags)
{
    return (flags & RC_FLAG_GYRO_PRESENT) ? RC_MAX_SAMPLES_WITH_GYRO : RC_MAX_SAMPLES_ACCEL_ONLY;
}

rc_error rc_validate(const rc_message *m)
{
    switch (m->type) {
    case RC_DEVICE_INFO: {
        const rc_device_info *d = &m->as.device_info;
        if (d->model_len > RC_MAX_MODEL_CHARS) {
            return RC_ERR_LENGTH;
        }
        if ((d->flags & ~RC_FLAG_GYRO_PRESENT) || d->accel_fs > RC_MAX_ACCEL_FS || d->gyro_fs > RC_MAX_GYRO_FS
            || d->rate_mhz == 0 || !printable(d->model, d->model_len)) {
            return RC_ERR_VALUE;
        }
        return RC_OK;
    }
    case RC_SAMPLES: {
        const rc_samples *s = &m->as.samples;
        if (s->count > max_samples(s->flags)) {
            return RC_ERR_LENGTH;
        }
        if ((s->flags & ~RC_FLAG_GYRO_PRESENT) || s->count == 0 || s->period_us == 0
            || s->accel_fs > RC_MAX_ACCEL_FS || s->gyro_fs > RC_MAX_GYRO_FS) {
            return RC_ERR_VALUE;
        }
        return RC_OK;
    }
    case RC_STATUS: {
        const rc_status *s = &m->as.status;
        if ((s->battery > 100 && s->battery != RC_BATTERY_UNKNOWN)
            || (s->flags & ~(RC_STATUS_STREAMING | RC_STATUS_CHARGING))) {
            return RC_ERR_VALUE;
        }
        return RC_OK;
    }
    case RC_ACK:
        return (m->as.ack.command < 0x80 || m->as.ack.result > RC_RESULT_BUSY) ? RC_ERR_VALUE : RC_OK;
    case RC_SET_RATE:
        return m->as.command.rate_mhz == 0 ? RC_ERR_VALUE : RC_OK;
    case RC_START:
    case RC_STOP:
    case RC_IDENTIFY:
        return RC_OK;
    default:
        return RC_ERR_TYPE;
    }
}

/* Writes the payload of a valid message at p; returns its length. */
static size_t write_payload(const rc_message *m, uint8_t *p)
{
    size_t i, n;
    switch (m->type) {
    case RC_DEVICE_INFO: {
        const rc_device_info *d = &m->as.device_info;
        p[0] = d->fw_major;
        p[1] = d->fw_minor;
        p[2] = d->fw_patch;
        p[3] = d->flags;
        put_u32(p + 4, (uint32_t)d->device_id);
        put_u32(p + 8, (uint32_t)(d->device_id >> 32));
        p[12] = d->accel_fs;
        p[13] = d->gyro_fs;
        put_u32(p + 14, d->rate_mhz);
        p[18] = d->model_len;
        memcpy(p + DEVICE_INFO_HEADER_BYTES, d->model, d->model_len);
        return DEVICE_INFO_HEADER_BYTES + d->model_len;
    }
    case RC_SAMPLES: {
        const rc_samples *s = &m->as.samples;
        put_u32(p, s->sequence);
        put_u32(p + 4, s->timestamp_us);
        put_u32(p + 8, s->period_us);
        p[12] = s->count;
        p[13] = s->flags;
        p[14] = s->accel_fs;
        p[15] = s->gyro_fs;
        n = (size_t)s->count * ((s->flags & RC_FLAG_GYRO_PRESENT) ? 6u : 3u);
        for (i = 0; i < n; i++) {
            put_i16(p + SAMPLES_HEADER_BYTES + 2 * i, s->data[i]);
        }
        return SAMPLES_HEADER_BYTES + 2 * n;
    }
    case RC_STATUS: {
        const rc_status *s = &m->as.status;
        put_u32(p, s->timestamp_us);
        p[4] = s->battery;
        p[5] = s->flags;
        put_u32(p + 6, s->dropped);
        put_i16(p + 10, s->temperature_centi_c);
        return STATUS_BYTES;
    }
    case RC_ACK:
        p[0] = m->as.ack.token;
        p[1] = m->as.ack.command;
        p[2] = m->as.ack.result;
        return ACK_BYTES;
    case RC_SET_RATE:
        p[0] = m->as.command.token;
        put_u32(p + 1, m->as.command.rate_mhz);
        return 5;
    default:
        p[0] = m->as.command.token;
        return 1;
    }
}

size_t rc_encode(const rc_message *msg, uint8_t *out, size_t cap)
{
    uint8_t frame[RC_MAX_FRAME_BYTES];
    size_t len, n;
    if (rc_validate(msg) != RC_OK) {
        return 0;
    }
    frame[0] = (uint8_t)RC_VERSION;
    frame[1] = msg->type;
    len = HEADER_BYTES + write_payload(msg, frame + HEADER_BYTES);
    put_u32(frame + len, rc_crc32c(frame, len));
    len += CRC_BYTES;
    /* len <= 240 < 254, so COBS adds exactly one byte; then the delimiter. */
    if (cap < len + 2) {
        return 0;
    }
    n = rc_cobs_encode(frame, len, out);
    out[n] = 0;
    return n + 1;
}

/* Expected payload length of a frame whose fixed header fields are in p (n bytes available), or 0 if
 * the header is short or its count / model length is beyond what any frame may carry (so that
 * read_payload never writes past the message's arrays). */
static size_t expected_payload(uint8_t type, const uint8_t *p, size_t n)
{
    switch (type) {
    case RC_DEVICE_INFO:
        return (n < DEVICE_INFO_HEADER_BYTES || p[18] > RC_MAX_MODEL_CHARS) ? 0 : DEVICE_INFO_HEADER_BYTES + p[18];
    case RC_SAMPLES:
        return (n < SAMPLES_HEADER_BYTES || p[12] > max_samples(p[13])) ? 0
            : SAMPLES_HEADER_BYTES + (size_t)p[12] * ((p[13] & RC_FLAG_GYRO_PRESENT) ? 12u : 6u);
    case RC_STATUS: return STATUS_BYTES;
    case RC_ACK: return ACK_BYTES;
    case RC_SET_RATE: return 5;
    default: return 1;
    }
}

static void read_payload(uint8_t type, const uint8_t *p, rc_message *m)
{
    size_t i, n;
    m->type = type;
    switch (type) {
    case RC_DEVICE_INFO: {
        rc_device_info *d = &m->as.device_info;
        d->fw_major = p[0];
        d->fw_minor = p[1];
        d->fw_patch = p[2];
        d->flags = p[3];
        d->device_id = (uint64_t)get_u32(p + 4) | (uint64_t)get_u32(p + 8) << 32;
        d->accel_fs = p[12];
        d->gyro_fs = p[13];
        d->rate_mhz = get_u32(p + 14);
        d->model_len = p[18];
        memset(d->model, 0, sizeof d->model);
        memcpy(d->model, p + DEVICE_INFO_HEADER_BYTES, d->model_len);
        break;
    }
    case RC_SAMPLES: {
        rc_samples *s = &m->as.samples;
        s->sequence = get_u32(p);
        s->timestamp_us = get_u32(p + 4);
        s->period_us = get_u32(p + 8);
        s->count = p[12];
        s->flags = p[13];
        s->accel_fs = p[14];
        s->gyro_fs = p[15];
        n = (size_t)s->count * ((s->flags & RC_FLAG_GYRO_PRESENT) ? 6u : 3u);
        for (i = 0; i < n; i++) {
            s->data[i] = get_i16(p + SAMPLES_HEADER_BYTES + 2 * i);
        }
        break;
    }
    case RC_STATUS: {
        rc_status *s = &m->as.status;
        s->timestamp_us = get_u32(p);
        s->battery = p[4];
        s->flags = p[5];
        s->dropped = get_u32(p + 6);
        s->temperature_centi_c = get_i16(p + 10);
        break;
    }
    case RC_ACK:
        m->as.ack.token = p[0];
        m->as.ack.command = p[1];
        m->as.ack.result = p[2];
        break;
    default:
        m->as.command.token = p[0];
        m->as.command.rate_mhz = type == RC_SET_RATE ? get_u32(p + 1) : 0;
        break;
    }
}

static int known_type(uint8_t t)
{
    return (t >= RC_DEVICE_INFO && t <= RC_ACK) || (t >= RC_START && t <= RC_IDENTIFY);
}

rc_error rc_parse_frame(const uint8_t *frame, size_t len, rc_message *msg)
{
    size_t body, n, expected;
    const uint8_t *p = frame + HEADER_BYTES;
    if (len > RC_MAX_FRAME_BYTES) {
        return RC_ERR_TOO_LONG;
    }
    if (len < MIN_FRAME_BYTES) {
        return RC_ERR_TOO_SHORT;
    }
    body = len - CRC_BYTES;
    if (rc_crc32c(frame, body) != get_u32(frame + body)) {
        return RC_ERR_CRC;
    }
    if (frame[0] != RC_VERSION) {
        return RC_ERR_VERSION;
    }
    if (!known_type(frame[1])) {
        return RC_ERR_TYPE;
    }
    n = body - HEADER_BYTES;
    expected = expected_payload(frame[1], p, n);
    if (expected == 0 || expected != n) {
        return RC_ERR_LENGTH;
    }
    read_payload(frame[1], p, msg);
    return rc_validate(msg);
}

void rc_receiver_init(rc_receiver *r)
{
    memset(r, 0, sizeof *r);
}

int rc_receiver_push(rc_receiver *r, uint8_t byte, rc_message *msg, rc_span *span)
{
    size_t decoded;
    uint32_t len = r->span_len;
    r->position++;
    if (byte != 0) {
        if (len == 0) {
            r->span_start = r->position - 1;
        }
        if (len < RC_MAX_ENCODED_BYTES) {
            r->buf[len] = byte;
        }
        if (len < UINT32_MAX) {
            r->span_len = len + 1;
        }
        return 0;
    }
    r->span_len = 0;
    if (len == 0) {
        return 0;
    }
    span->offset = r->span_start;
    span->length = len;
    if (len > RC_MAX_ENCODED_BYTES) {
        span->error = RC_ERR_TOO_LONG;
    } else {
        span->error = rc_cobs_decode(r->buf, len, r->buf, &decoded);
        if (span->error == RC_OK) {
            span->error = rc_parse_frame(r->buf, decoded, msg);
        }
    }
    return 1;
}

int rc_receiver_finish(rc_receiver *r, rc_span *span)
{
    if (r->span_len == 0) {
        return 0;
    }
    span->error = RC_ERR_TRUNCATED;
    span->offset = r->span_start;
    span->length = r->span_len;
    r->span_len = 0;
    return 1;
}

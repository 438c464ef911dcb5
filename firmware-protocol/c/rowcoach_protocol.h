/*
 * rowcoach binary protocol, version 1 (firmware-protocol/PROTOCOL.md): encoder and streaming decoder
 * for the firmware side. C99, no allocation, no dependencies beyond <stdint.h>, <stddef.h>, <string.h>.
 * All buffers belong to the caller. Not thread-safe per receiver; functions without a receiver are
 * reentrant.
 */
#ifndef ROWCOACH_PROTOCOL_H
#define ROWCOACH_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define RC_VERSION 1u
#define RC_MAX_FRAME_BYTES 240u   /* decoded: version, type, payload, CRC */
#define RC_MAX_ENCODED_BYTES 241u /* COBS-encoded frame without delimiter */
#define RC_MAX_WIRE_BYTES 242u    /* encoded frame with its trailing 0x00 */
#define RC_MAX_SAMPLES_WITH_GYRO 18u
#define RC_MAX_SAMPLES_ACCEL_ONLY 36u
#define RC_MAX_SAMPLE_VALUES 108u /* count x axes never exceeds this */
#define RC_MAX_MODEL_CHARS 32u
#define RC_MAX_ACCEL_FS 4u        /* +-2 << code g */
#define RC_MAX_GYRO_FS 5u         /* +-125 << code dps */

#define RC_FLAG_GYRO_PRESENT 0x01u /* DEVICE_INFO and SAMPLES flags */
#define RC_STATUS_STREAMING 0x01u  /* STATUS flags */
#define RC_STATUS_CHARGING 0x02u
#define RC_BATTERY_UNKNOWN 255u
#define RC_TEMPERATURE_UNKNOWN (-32768)

typedef enum {
    RC_DEVICE_INFO = 0x01,
    RC_SAMPLES = 0x02,
    RC_STATUS = 0x03,
    RC_ACK = 0x04,
    RC_START = 0x81,
    RC_STOP = 0x82,
    RC_SET_RATE = 0x83,
    RC_IDENTIFY = 0x84
} rc_type;

typedef enum { RC_RESULT_OK = 0, RC_RESULT_UNSUPPORTED = 1, RC_RESULT_INVALID_ARGUMENT = 2, RC_RESULT_BUSY = 3 } rc_result;

/* Why a span was rejected, in the order the receiver checks (PROTOCOL.md section 5). */
typedef enum {
    RC_OK = 0,
    RC_ERR_TOO_LONG,
    RC_ERR_BAD_COBS,
    RC_ERR_TOO_SHORT,
    RC_ERR_CRC,
    RC_ERR_VERSION,
    RC_ERR_TYPE,
    RC_ERR_LENGTH,
    RC_ERR_VALUE,
    RC_ERR_TRUNCATED
} rc_error;

typedef struct {
    uint8_t fw_major, fw_minor, fw_patch;
    uint8_t flags;          /* RC_FLAG_GYRO_PRESENT */
    uint64_t device_id;
    uint8_t accel_fs;       /* full-scale code 0..4 */
    uint8_t gyro_fs;        /* full-scale code 0..5, 0 without gyroscope */
    uint32_t rate_mhz;      /* output data rate, millihertz, >= 1 */
    uint8_t model_len;      /* 0..32 */
    char model[RC_MAX_MODEL_CHARS + 1]; /* printable ASCII, NUL-terminated for convenience */
} rc_device_info;

typedef struct {
    uint32_t sequence;      /* index of the first sample since boot */
    uint32_t timestamp_us;  /* device clock of the first sample, us */
    uint32_t period_us;     /* >= 1 */
    uint8_t count;          /* 1..18 with gyroscope, 1..36 without */
    uint8_t flags;          /* RC_FLAG_GYRO_PRESENT */
    uint8_t accel_fs;
    uint8_t gyro_fs;
    int16_t data[RC_MAX_SAMPLE_VALUES]; /* per sample: ax, ay, az[, gx, gy, gz]; 32768 = full scale */
} rc_samples;

typedef struct {
    uint32_t timestamp_us;
    uint8_t battery;        /* 0..100 %, or RC_BATTERY_UNKNOWN */
    uint8_t flags;          /* RC_STATUS_STREAMING | RC_STATUS_CHARGING */
    uint32_t dropped;       /* samples dropped since boot */
    int16_t temperature_centi_c; /* 0.01 degC, or RC_TEMPERATURE_UNKNOWN */
} rc_status;

typedef struct {
    uint8_t token;
    uint8_t command;        /* type code answered, 0x80..0xFF */
    uint8_t result;         /* rc_result */
} rc_ack;

typedef struct {
    uint8_t token;
    uint32_t rate_mhz;      /* SET_RATE only, >= 1 */
} rc_command;

typedef struct {
    uint8_t type;           /* rc_type */
    union {
        rc_device_info device_info;
        rc_samples samples;
        rc_status status;
        rc_ack ack;
        rc_command command; /* START, STOP, SET_RATE, IDENTIFY */
    } as;
} rc_message;

/* Where a completed span of the stream was and what it held. */
typedef struct {
    rc_error error;         /* RC_OK: the message was decoded */
    uint32_t offset;        /* stream offset of the span's first byte */
    uint32_t length;        /* encoded bytes, delimiter not included */
} rc_span;

typedef struct {
    uint8_t buf[RC_MAX_ENCODED_BYTES];
    uint32_t span_len;      /* may exceed the buffer: only the count is kept then */
    uint32_t span_start;
    uint32_t position;      /* bytes pushed so far */
} rc_receiver;

/* The malformed reason phrase for an error, identical to the host's ("CRC mismatch", ...). */
const char *rc_error_reason(rc_error error);

/* CRC-32C (Castagnoli) of data; "123456789" gives 0xE3069283. */
uint32_t rc_crc32c(const uint8_t *data, size_t len);

/* COBS-encodes len bytes into dst (room for len + len / 254 + 1); no delimiter. Returns bytes written. */
size_t rc_cobs_encode(const uint8_t *src, size_t len, uint8_t *dst);

/* COBS-decodes len bytes (no delimiter) into dst (room for len; dst == src allowed).
 * Returns RC_OK and sets *out_len, or RC_ERR_BAD_COBS. */
rc_error rc_cobs_decode(const uint8_t *src, size_t len, uint8_t *dst, size_t *out_len);

/* Checks every field of a message against the protocol's ranges. */
rc_error rc_validate(const rc_message *msg);

/* Writes the wire bytes of msg (COBS frame and trailing 0x00) into out.
 * Returns bytes written, or 0 if msg is invalid or cap is too small (RC_MAX_WIRE_BYTES always suffices). */
size_t rc_encode(const rc_message *msg, uint8_t *out, size_t cap);

/* Parses a decoded frame (version, type, payload, CRC) of len bytes into msg. */
rc_error rc_parse_frame(const uint8_t *frame, size_t len, rc_message *msg);

void rc_receiver_init(rc_receiver *r);

/* Pushes one received byte. Returns 1 when a span completed: span->error says whether msg now holds
 * a message (RC_OK) or why the span was skipped; returns 0 otherwise. Empty spans are ignored. */
int rc_receiver_push(rc_receiver *r, uint8_t byte, rc_message *msg, rc_span *span);

/* End of input: returns 1 with RC_ERR_TRUNCATED in span if bytes were left after the last delimiter. */
int rc_receiver_finish(rc_receiver *r, rc_span *span);

#endif

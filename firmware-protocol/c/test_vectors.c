/*
 * Host test of the C codec against the byte-exact vectors: test_vectors FILE.bin...
 *
 * For each file it feeds the bytes one at a time through rc_receiver, prints one JSON line
 *   {"vector":NAME,"frames":[...],"malformedCount":N,"reencode":"ok"|"skipped"|"MISMATCH"}
 * whose "frames" use the schema of vectors/README.md (so it compares equal to the vector's JSON), and,
 * for a stream without malformed spans, re-encodes every decoded message with rc_encode and checks
 * that this reproduces the file byte for byte (an optional leading 0x00 included).
 * Exit status: 0 if every check passed, 1 otherwise, 2 on usage or I/O errors.
 */
#include "rowcoach_protocol.h"

#include <stdio.h>
#include <string.h>

#define MAX_INPUT (1u << 20)

static uint8_t input[MAX_INPUT];
static uint8_t reencoded[MAX_INPUT + RC_MAX_WIRE_BYTES];

static int self_test(void)
{
    static const uint8_t check[] = "123456789";
    static const uint8_t zeros[3] = {0, 0, 0};
    static const uint8_t zeros_cobs[4] = {1, 1, 1, 1};
    uint8_t out[8];
    size_t n = rc_cobs_encode(zeros, sizeof zeros, out);
    if (rc_crc32c(check, 9) != 0xE3069283u) {
        fprintf(stderr, "CRC-32C check value wrong: %08lx\n", (unsigned long)rc_crc32c(check, 9));
        return 0;
    }
    if (n != sizeof zeros_cobs || memcmp(out, zeros_cobs, n) != 0) {
        fprintf(stderr, "COBS of three zeros wrong\n");
        return 0;
    }
    return 1;
}

static void print_string(const char *s, size_t n)
{
    size_t i;
    putchar('"');
    for (i = 0; i < n; i++) {
        if (s[i] == '"' || s[i] == '\\') {
            putchar('\\');
        }
        putchar(s[i]);
    }
    putchar('"');
}

static const char *bool_text(unsigned v)
{
    return v ? "true" : "false";
}

static const char *type_name(uint8_t type)
{
    switch (type) {
    case RC_DEVICE_INFO: return "DEVICE_INFO";
    case RC_SAMPLES: return "SAMPLES";
    case RC_STATUS: return "STATUS";
    case RC_ACK: return "ACK";
    case RC_START: return "START";
    case RC_STOP: return "STOP";
    case RC_SET_RATE: return "SET_RATE";
    case RC_IDENTIFY: return "IDENTIFY";
    default: return "?";
    }
}

static void print_samples(const rc_samples *s)
{
    unsigned axes = (s->flags & RC_FLAG_GYRO_PRESENT) ? 6u : 3u;
    unsigned i, k;
    printf(",\"sequence\":%lu,\"timestampUs\":%lu,\"periodUs\":%lu,\"gyroPresent\":%s,"
           "\"accelRangeCode\":%u,\"gyroRangeCode\":%u,\"count\":%u,\"raw\":[",
           (unsigned long)s->sequence, (unsigned long)s->timestamp_us, (unsigned long)s->period_us,
           bool_text(s->flags & RC_FLAG_GYRO_PRESENT), s->accel_fs, s->gyro_fs, s->count);
    for (i = 0; i < s->count; i++) {
        printf(i ? ",[" : "[");
        for (k = 0; k < axes; k++) {
            printf(k ? ",%d" : "%d", s->data[i * axes + k]);
        }
        putchar(']');
    }
    putchar(']');
}

static void print_message(const rc_message *m)
{
    printf("{\"type\":\"%s\"", type_name(m->type));
    switch (m->type) {
    case RC_DEVICE_INFO: {
        const rc_device_info *d = &m->as.device_info;
        printf(",\"firmwareMajor\":%u,\"firmwareMinor\":%u,\"firmwarePatch\":%u,\"gyroPresent\":%s,"
               "\"deviceId\":\"%08lx%08lx\",\"accelRangeCode\":%u,\"gyroRangeCode\":%u,\"rateMilliHz\":%lu,\"model\":",
               d->fw_major, d->fw_minor, d->fw_patch, bool_text(d->flags & RC_FLAG_GYRO_PRESENT),
               (unsigned long)(d->device_id >> 32), (unsigned long)(d->device_id & 0xFFFFFFFFu),
               d->accel_fs, d->gyro_fs, (unsigned long)d->rate_mhz);
        print_string(d->model, d->model_len);
        break;
    }
    case RC_SAMPLES:
        print_samples(&m->as.samples);
        break;
    case RC_STATUS: {
        const rc_status *s = &m->as.status;
        printf(",\"timestampUs\":%lu,\"batteryPercent\":%u,\"streaming\":%s,\"charging\":%s,"
               "\"droppedSamples\":%lu,\"temperatureCentiC\":%d",
               (unsigned long)s->timestamp_us, s->battery, bool_text(s->flags & RC_STATUS_STREAMING),
               bool_text(s->flags & RC_STATUS_CHARGING), (unsigned long)s->dropped, s->temperature_centi_c);
        break;
    }
    case RC_ACK:
        printf(",\"token\":%u,\"commandCode\":%u,\"result\":%u", m->as.ack.token, m->as.ack.command,
               m->as.ack.result);
        break;
    case RC_SET_RATE:
        printf(",\"token\":%u,\"rateMilliHz\":%lu", m->as.command.token, (unsigned long)m->as.command.rate_mhz);
        break;
    default:
        printf(",\"token\":%u", m->as.command.token);
        break;
    }
    putchar('}');
}

/* Prints the vector's name: the file name without directory and ".bin". */
static void print_name(const char *path)
{
    const char *base = strrchr(path, '/');
    size_t n;
    base = base ? base + 1 : path;
    n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".bin") == 0) {
        n -= 4;
    }
    print_string(base, n);
}

/* Decodes one vector file; returns 1 if all its checks passed, 0 if not, -1 on I/O error. */
static int run_vector(const char *path)
{
    static rc_message msg;
    rc_receiver rx;
    rc_span span;
    size_t n, i, re_len = 0;
    unsigned long malformed = 0;
    int first = 1, encode_ok = 1, more;
    const char *reencode;
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }
    n = fread(input, 1, sizeof input, f);
    more = fgetc(f) != EOF;
    fclose(f);
    if (more) {
        fprintf(stderr, "%s is larger than %u bytes\n", path, MAX_INPUT);
        return -1;
    }
    if (n > 0 && input[0] == 0) {
        reencoded[re_len++] = 0;
    }
    printf("{\"vector\":");
    print_name(path);
    printf(",\"frames\":[");
    rc_receiver_init(&rx);
    for (i = 0; i <= n; i++) {
        int done = i < n ? rc_receiver_push(&rx, input[i], &msg, &span) : rc_receiver_finish(&rx, &span);
        if (!done) {
            continue;
        }
        printf("%s{\"offset\":%lu,\"length\":%lu,", first ? "" : ",", (unsigned long)span.offset,
               (unsigned long)span.length);
        first = 0;
        if (span.error == RC_OK) {
            size_t enc = rc_encode(&msg, reencoded + re_len, sizeof reencoded - re_len);
            encode_ok = encode_ok && enc > 0;
            re_len += enc;
            printf("\"message\":");
            print_message(&msg);
        } else {
            malformed++;
            printf("\"malformed\":\"%s\"", rc_error_reason(span.error));
        }
        putchar('}');
    }
    if (malformed > 0) {
        reencode = "skipped";
    } else {
        reencode = (encode_ok && re_len == n && memcmp(reencoded, input, n) == 0) ? "ok" : "MISMATCH";
    }
    printf("],\"malformedCount\":%lu,\"reencode\":\"%s\"}\n", malformed, reencode);
    return strcmp(reencode, "MISMATCH") != 0;
}

int main(int argc, char **argv)
{
    int i, failed = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: %s VECTOR.bin...\n", argv[0]);
        return 2;
    }
    if (!self_test()) {
        return 1;
    }
    for (i = 1; i < argc; i++) {
        int r = run_vector(argv[i]);
        if (r < 0) {
            return 2;
        }
        if (r == 0) {
            fprintf(stderr, "%s: re-encoding does not reproduce the input\n", argv[i]);
            failed = 1;
        }
    }
    return failed;
}

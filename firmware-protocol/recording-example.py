#!/usr/bin/env python3
"""Builds the example recording of RECORDING.md with an encoder independent of the Java writer.

Prints the header JSON, the file length, the file as one hex string (the golden bytes in
RecordingGoldenTest) and a hex dump. Python 3 standard library only.
"""
import json, struct

def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

assert crc32c(b"123456789") == 0xE3069283

MAGIC = bytes([0x89]) + b"RCR\r\n\x1a\n"
SYNC = bytes([0xA5]) + b"REC"

def record(rtype, payload):
    head = SYNC + bytes([rtype]) + struct.pack("<I", len(payload))
    head += struct.pack("<I", crc32c(head))
    body = head + payload
    return body + struct.pack("<I", crc32c(body))

header = {"formatVersion": 1, "protocol": "witmotion", "decoder": {"rateHz": 200.0},
          "startedAt": "2025-03-01T10:15:30+01:00", "source": "serial:/dev/ttyUSB0",
          "software": "rowcoach 0.1.0"}
hj = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
packet = bytes([0x55, 0x51, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0xC4, 0x09])
packet += bytes([sum(packet) & 0xFF])
event = json.dumps({"type": "note", "text": "go"}, separators=(",", ":")).encode()
out = MAGIC + record(1, hj) + record(2, struct.pack("<Q", 1500) + packet) \
      + record(3, struct.pack("<Q", 2000) + event) + record(4, b"")
print(hj.decode())
print(len(out))
print(out.hex())
for i in range(0, len(out), 16):
    chunk = out[i:i+16]
    print("%04x  %-48s %s" % (i, " ".join("%02x" % b for b in chunk), "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)))

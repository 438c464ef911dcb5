package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.protocol.DecoderSettings;

/** The probes of the phone formats: the first line is a message of the app's shape. */
public final class PhoneProbes {

    private PhoneProbes() {
    }

    /** 95 when the first line is a phyphox {@code /config} or {@code /get} response, else 0. */
    public static int phyphox(byte[] head, int len, DecoderSettings settings) {
        JsonNode n = JsonLines.firstObject(head, len);
        return n != null && (PhyphoxBuffers.isConfig(n) || PhyphoxLiveDecoder.isData(n)) ? 95 : 0;
    }

    /** 95 when the first line is a Sensor Logger push message (a {@code payload} array), else 0. */
    public static int sensorLogger(byte[] head, int len, DecoderSettings settings) {
        JsonNode n = JsonLines.firstObject(head, len);
        return n != null && n.path("payload").isArray() ? 95 : 0;
    }
}

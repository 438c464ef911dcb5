package dev.rowcoach.cli;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.phone.HttpPushLink;
import dev.rowcoach.source.phone.PhyphoxLink;

import java.net.InetSocketAddress;

/** {@code live --phyphox} and {@code --http-listen}: the phone's link and the app format its bytes are in. */
final class PhoneLinks {

    private PhoneLinks() {
    }

    /** The link for the option given (exactly one of the two is non-null); not opened yet. */
    static ByteLink link(String phyphox, String httpListen) throws UserException {
        if (phyphox != null) {
            try {
                return new PhyphoxLink(phyphox);
            } catch (IllegalArgumentException e) {
                throw new UserException("--phyphox takes the address phyphox shows under \"Allow remote access\", e.g. "
                        + "192.168.1.23:8080, not '" + phyphox + "'", ExitCode.USAGE_OR_INPUT);
            }
        }
        InetSocketAddress a = LiveScreen.address(httpListen, "--http-listen");
        if (a.getPort() == 0) {
            throw new UserException("--http-listen needs a port the phone can be told, not 0", ExitCode.USAGE_OR_INPUT);
        }
        int colon = httpListen.lastIndexOf(':');
        return new HttpPushLink(colon < 0 ? null : httpListen.substring(0, colon).replaceAll("^\\[|]$", ""), a.getPort());
    }

    /** The format of the link's bytes. */
    static WireFormat format(String phyphox) {
        return phyphox != null ? WireFormat.PHYPHOX_LIVE : WireFormat.SENSOR_LOGGER_LIVE;
    }
}

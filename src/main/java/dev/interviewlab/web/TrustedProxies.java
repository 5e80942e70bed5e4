package dev.interviewlab.web;

import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Which connections may speak for the client through {@code X-Forwarded-For}, {@code -Proto} and
 * {@code -Host}: only the proxies listed in {@code interviewlab.trusted-proxies} (IP addresses or
 * CIDR ranges, comma-separated; default none). Everyone else's forwarded headers are ignored, so a
 * client cannot pick the address that sign-in throttling and rate limits count, nor the host that
 * redirects point to.
 *
 * <p>Tomcat's RemoteIpValve ({@code server.forward-headers-strategy=native}) trusts every private,
 * loopback and link-local address by default, which would let any client on the same network (or a
 * sidecar on the host) rotate its address at will. This replaces that default after Spring Boot has
 * configured the valve (a customizer without an order runs last).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory> {

    private final String internalProxies;

    TrustedProxies(@Value("${interviewlab.trusted-proxies:}") String trustedProxies) {
        this.internalProxies = cidrList(trustedProxies);
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(internalProxies);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /**
     * The valve reads a value containing {@code /} as a list of CIDR ranges (anything else as a regular
     * expression), so a single address becomes a one-address range; a wrong entry stops the start.
     */
    static String cidrList(String configured) {
        List<String> ranges = new ArrayList<>();
        for (String entry : configured.split(",")) {
            String range = entry.strip();
            if (range.isEmpty()) {
                continue;
            }
            if (range.indexOf('/') < 0) {
                range += range.indexOf(':') >= 0 ? "/128" : "/32";
            }
            try {
                new NetMask(range);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("interviewlab.trusted-proxies: '" + entry.strip()
                        + "' is not an IP address or CIDR range", e);
            }
            ranges.add(range);
        }
        return String.join(",", ranges);
    }
}

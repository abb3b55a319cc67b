package org.kidalkg.http;

import java.time.Duration;
import java.util.List;

import org.kidalkg.http.guard.ServerLimits;

/**
 * How the server listens and what it allows.
 *
 * @param host          the interface to bind: 127.0.0.1 by default, 0.0.0.0 for every interface
 * @param port          the TCP port; 0 picks a free one (tests)
 * @param queryTimeout  how long one query may run before it is cut (503)
 * @param allowService  whether SPARQL {@code SERVICE} may call remote endpoints (off: a public endpoint
 *                      must not fetch arbitrary URLs for anyone)
 * @param verbose       log every request
 * @param publicMetrics whether {@code /$/metrics} answers other hosts than this one (off: it tells a visitor
 *                      what the server is busy with, and is for the operator)
 * @param limits        what the guard holds requests to: concurrency, queues, write timeout, body and result sizes
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} / {@code Forwarded} name the client
 *                      (addresses, ranges, CIDR blocks); none by default, since from anyone else they are a claim
 */
public record ServerConfig(String host, int port, Duration queryTimeout, boolean allowService, boolean verbose,
                           boolean publicMetrics, ServerLimits limits, List<String> trustedProxies) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ServerConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** The defaults: loopback, port 3030, 10 s timeout, no SERVICE, quiet, the guard's default limits. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, false, false, false, ServerLimits.defaults(),
                List.of());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, queryTimeout, allowService, verbose, publicMetrics, limits, trustedProxies);
    }

    public ServerConfig withTimeout(Duration timeout) {
        return new ServerConfig(host, port, timeout, allowService, verbose, publicMetrics, limits, trustedProxies);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, queryTimeout, allowService, verbose, publicMetrics, limits, trustedProxies);
    }

    public ServerConfig withLimits(ServerLimits newLimits) {
        return new ServerConfig(host, port, queryTimeout, allowService, verbose, publicMetrics, newLimits, trustedProxies);
    }

    public ServerConfig withTrustedProxies(List<String> proxies) {
        return new ServerConfig(host, port, queryTimeout, allowService, verbose, publicMetrics, limits, proxies);
    }
}

package org.kidalkg.http;

import java.time.Duration;

/**
 * How the server listens and what it allows.
 *
 * @param host          the interface to bind: 127.0.0.1 by default, 0.0.0.0 for every interface
 * @param port          the TCP port; 0 picks a free one (tests)
 * @param queryTimeout  how long one query may run before it is cut (503)
 * @param allowService  whether SPARQL {@code SERVICE} may call remote endpoints (off: a public endpoint
 *                      must not fetch arbitrary URLs for anyone)
 * @param verbose       log every request
 */
public record ServerConfig(String host, int port, Duration queryTimeout, boolean allowService, boolean verbose) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The defaults: loopback, port 3030, 10 s timeout, no SERVICE, quiet. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, false, false);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, queryTimeout, allowService, verbose);
    }

    public ServerConfig withTimeout(Duration timeout) {
        return new ServerConfig(host, port, timeout, allowService, verbose);
    }
}

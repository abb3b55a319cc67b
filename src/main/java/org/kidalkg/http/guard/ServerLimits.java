package org.kidalkg.http.guard;

import java.time.Duration;

/**
 * The limits the guard holds requests to, in one place: {@code serve}'s flags set them, {@link #defaults()} are
 * the values measured for a public endpoint (docs/reliability.md).
 *
 * @param concurrent       requests running at once in all; more wait in a queue
 * @param queued           how many more may wait for one of those slots
 * @param queueWait        how long one may wait before its 503
 * @param perAddress       requests running at once from one client address
 * @param perAddressQueued how many more from that address may wait
 * @param perAddressWait   how long one of those may wait before its 503
 * @param writeTimeout     how long a response may make no progress (a client not reading it) before it is cut
 * @param maxBody          the largest request body in bytes (413 beyond), and so the longest query text
 * @param maxString        the longest string a REPLACE or CONCAT may make, in characters (400 beyond)
 * @param maxTriples       the most triples a CONSTRUCT or DESCRIBE may build (400 beyond)
 */
public record ServerLimits(int concurrent, int queued, Duration queueWait, int perAddress, int perAddressQueued,
                           Duration perAddressWait, Duration writeTimeout, long maxBody, int maxString, int maxTriples) {
    // The defaults, as constants so that serve's flags can show them.
    public static final int CONCURRENT = 16;
    public static final int QUEUED = 256;
    public static final int QUEUE_WAIT_SECONDS = 10;
    /** Half the server's slots: one address (a proxy, a script) cannot take them all; the load tests use 8. */
    public static final int PER_ADDRESS = 8;
    public static final int PER_ADDRESS_QUEUED = 32;
    public static final int PER_ADDRESS_WAIT_SECONDS = 5;
    public static final int WRITE_TIMEOUT_SECONDS = 10;
    /** 1 MiB: far above any real query (the named queries are under 3 KB), small enough that many at once cost little. */
    public static final long MAX_BODY = 1L << 20;
    /** 1 Mi characters: far above any label or quote. */
    public static final int MAX_STRING = 1 << 20;
    /** 100,000 triples: the built-in graph 30 times over; about 30 MB of heap for one result. */
    public static final int MAX_TRIPLES = 100_000;

    /** The limits a public endpoint is given unless told otherwise (the constants above). */
    public static ServerLimits defaults() {
        return new ServerLimits(CONCURRENT, QUEUED, Duration.ofSeconds(QUEUE_WAIT_SECONDS), PER_ADDRESS,
                PER_ADDRESS_QUEUED, Duration.ofSeconds(PER_ADDRESS_WAIT_SECONDS), Duration.ofSeconds(WRITE_TIMEOUT_SECONDS),
                MAX_BODY, MAX_STRING, MAX_TRIPLES);
    }
}

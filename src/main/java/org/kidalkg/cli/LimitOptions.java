package org.kidalkg.cli;

import java.time.Duration;

import org.kidalkg.http.guard.ServerLimits;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code serve}'s flags for the limits requests are held to ({@link ServerLimits}), its defaults theirs. */
final class LimitOptions {
    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "" + ServerLimits.CONCURRENT,
            description = "Requests answered at once in all; more wait in a queue (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "" + ServerLimits.QUEUED,
            description = "Requests that may wait for those; beyond, 503 at once (default: ${DEFAULT-VALUE}).")
    int maxQueued;

    @Option(names = "--queue-wait", paramLabel = "DURATION", defaultValue = ServerLimits.QUEUE_WAIT_SECONDS + "s",
            converter = DurationConverter.class,
            description = "Longest a request waits in that queue before its 503 (default: ${DEFAULT-VALUE}).")
    Duration queueWait;

    @Option(names = "--max-per-address", paramLabel = "N", defaultValue = "" + ServerLimits.PER_ADDRESS,
            description = "Requests answered at once from one client address (default: ${DEFAULT-VALUE}).")
    int maxPerAddress;

    @Option(names = "--max-queued-per-address", paramLabel = "N", defaultValue = "" + ServerLimits.PER_ADDRESS_QUEUED,
            description = "Requests from one address that may wait for those (default: ${DEFAULT-VALUE}).")
    int maxQueuedPerAddress;

    @Option(names = "--queue-wait-per-address", paramLabel = "DURATION",
            defaultValue = ServerLimits.PER_ADDRESS_WAIT_SECONDS + "s", converter = DurationConverter.class,
            description = "Longest one of those waits before its 503 (default: ${DEFAULT-VALUE}).")
    Duration queueWaitPerAddress;

    @Option(names = "--write-timeout", paramLabel = "DURATION", defaultValue = ServerLimits.WRITE_TIMEOUT_SECONDS + "s",
            converter = DurationConverter.class, description = "Longest a response may make no progress (a client not "
                    + "reading it) before it is cut, freeing its slot (default: ${DEFAULT-VALUE}).")
    Duration writeTimeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerLimits.MAX_BODY,
            description = "Largest request body, and so query text; 413 beyond (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-string", paramLabel = "CHARS", defaultValue = "" + ServerLimits.MAX_STRING,
            description = "Longest string a REPLACE or CONCAT may make; 400 beyond (default: ${DEFAULT-VALUE}).")
    int maxString;

    @Option(names = "--max-triples", paramLabel = "N", defaultValue = "" + ServerLimits.MAX_TRIPLES,
            description = "Most triples a CONSTRUCT or DESCRIBE may build; 400 beyond (default: ${DEFAULT-VALUE}).")
    int maxTriples;

    /** Each limit with its flag's name, refused with one line when it is out of range. */
    void check(CommandLine command, Duration timeout) {
        atLeast(command, "--max-concurrent", maxConcurrent, 1);
        atLeast(command, "--max-queued", maxQueued, 0);
        atLeast(command, "--max-per-address", maxPerAddress, 1);
        atLeast(command, "--max-queued-per-address", maxQueuedPerAddress, 0);
        atLeast(command, "--max-body", maxBody, 1);
        atLeast(command, "--max-string", maxString, 1);
        atLeast(command, "--max-triples", maxTriples, 1);
        atLeast(command, "--timeout", timeout, Duration.ofMillis(1), "1ms");
        atLeast(command, "--write-timeout", writeTimeout, Duration.ofMillis(1), "1ms");
        // The 503 tells the wait in whole seconds.
        atLeast(command, "--queue-wait", queueWait, Duration.ofSeconds(1), "1s");
        atLeast(command, "--queue-wait-per-address", queueWaitPerAddress, Duration.ofSeconds(1), "1s");
    }

    private static void atLeast(CommandLine command, String flag, long value, long least) {
        if (value < least) {
            throw new ParameterException(command, "serve: " + flag + " must be at least " + least);
        }
    }

    private static void atLeast(CommandLine command, String flag, Duration value, Duration least, String written) {
        if (value.compareTo(least) < 0) {
            throw new ParameterException(command, "serve: " + flag + " must be at least " + written);
        }
    }

    ServerLimits limits() {
        return new ServerLimits(maxConcurrent, maxQueued, queueWait, maxPerAddress, maxQueuedPerAddress,
                queueWaitPerAddress, writeTimeout, maxBody, maxString, maxTriples);
    }
}

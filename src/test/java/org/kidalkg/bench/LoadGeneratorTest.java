package org.kidalkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.RunningServer;

/** A short version of {@code kidal-kg bench-load}: 8 clients for 3 s, no errors, and the health check stays quick. */
class LoadGeneratorTest {

    @Test
    void eightClientsForThreeSecondsGetNoErrorsAndPingStaysUnderOneSecond() throws Exception {
        try (RunningServer server = RunningServer.builtIn()) {
            URI base = URI.create(server.base());
            Pinger pinger = new Pinger(base);
            Thread pinging = new Thread(pinger, "pinger");
            pinging.start();
            LoadGenerator.Report report;
            try {
                report = new LoadGenerator(base, 8, Duration.ofSeconds(3), 200_000).run();
            } finally {
                pinger.stop = true;
                pinging.join(5_000);
            }
            System.out.println("[load] " + report.describe() + "; ping max " + pinger.maxMillis() + " ms over "
                    + pinger.latencies.size() + " pings");
            assertEquals(0, report.errors(), report.describe());
            assertTrue(report.requests() > 8, report.describe());
            assertTrue(pinger.failures.isEmpty(), "ping failed: " + pinger.failures);
            assertTrue(pinger.latencies.size() >= 10, "too few pings: " + pinger.latencies.size());
            assertTrue(pinger.maxMillis() < 1_000, "a ping took " + pinger.maxMillis() + " ms");
        }
    }

    @Test
    void refusesToTargetAnythingButLoopback() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://example.org:3030"), 1, Duration.ofSeconds(1), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://10.0.0.1:3030"), 1, Duration.ofSeconds(1), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://127.0.0.1:3030"), 0, Duration.ofSeconds(1), 1));
    }

    @Test
    void stopsAtTheRequestBoundBeforeTheTimeBound() throws Exception {
        try (RunningServer server = RunningServer.builtIn()) {
            LoadGenerator.Report report = new LoadGenerator(URI.create(server.base()), 2, Duration.ofSeconds(30), 20).run();
            assertEquals(20, report.requests());
            assertTrue(report.seconds() < 10, report.describe());
        }
    }

    /** Pings every 50 ms on its own connection, recording each latency, until told to stop. */
    private static final class Pinger implements Runnable {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final HttpRequest ping;
        final List<Long> latencies = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        volatile boolean stop;

        Pinger(URI base) {
            ping = HttpRequest.newBuilder(base.resolve("/$/ping")).timeout(Duration.ofSeconds(5)).GET().build();
        }

        @Override
        public void run() {
            while (!stop) {
                long start = System.nanoTime();
                try {
                    int status = http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        failures.add("HTTP " + status);
                    }
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }

        long maxMillis() {
            return latencies.stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
        }
    }
}

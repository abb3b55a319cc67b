package org.kidalkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Puts a kidal-kg server under a mix of read load: the named queries, raw SPARQL by GET and by POST, and
 * the health check, from {@code clients} threads that each wait for an answer before asking again.
 * Bounded twice, by time and by request count, and it only targets the loopback interface: it is a tool
 * for measuring our own server, not anyone else's.
 *
 * <pre>{@code
 * LoadGenerator.Report report = new LoadGenerator(URI.create("http://127.0.0.1:3030"), 32, Duration.ofSeconds(60),
 *         LoadGenerator.DEFAULT_MAX_REQUESTS).run();
 * System.out.println(report.describe());
 * }</pre>
 */
public final class LoadGenerator {
    /** The request-count bound when none is given: far more than 60 s produces here, but finite. */
    public static final long DEFAULT_MAX_REQUESTS = 10_000_000L;
    static final int MAX_CLIENTS = 512;
    /** Host names taken literally, never resolved: no lookup can point the load elsewhere. */
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    static final Duration MAX_DURATION = Duration.ofMinutes(30);

    private static final String KIDAL_LABEL = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label WHERE { <https://w3id.org/kidal-kg/id/Kidal> rdfs:label ?label }";
    private static final String CLAIM_COUNT = "PREFIX kkg: <https://w3id.org/kidal-kg/ontology#> "
            + "SELECT ?claimant (COUNT(?claim) AS ?n) WHERE { ?claim a kkg:Claim ; kkg:claimant ?claimant } GROUP BY ?claimant";

    private final URI base;
    private final int clients;
    private final Duration duration;
    private final long maxRequests;
    private final HttpClient http;

    /** @throws IllegalArgumentException if {@code base} is not on the loopback interface or a bound is out of range */
    public LoadGenerator(URI base, int clients, Duration duration, long maxRequests) {
        this.base = loopbackOnly(base);
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients: " + clients + " is not between 1 and " + MAX_CLIENTS);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration: " + duration + " is not between 0 and " + MAX_DURATION);
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be positive");
        }
        this.clients = clients;
        this.duration = duration;
        this.maxRequests = maxRequests;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** What a run measured. Latencies are per request, in milliseconds, over every request sent. */
    public record Report(int clients, double seconds, long requests, long errors, Map<String, Long> errorKinds,
                         double perSecond, double p50Millis, double p99Millis, double maxMillis) {
        public String describe() {
            return String.format("%d clients, %.1f s: %,d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms, %d errors%s", clients, seconds, requests, perSecond, p50Millis, p99Millis,
                    maxMillis, errors, errors == 0 ? "" : " " + errorKinds);
        }
    }

    /** The request mix, in the order each client cycles through it (clients start at different points). */
    List<HttpRequest> mix() {
        Duration timeout = Duration.ofSeconds(30);
        return List.of(
                get("/queries/who-controlled?place=Kidal&at=2019-03-01", timeout),
                get("/queries/control-timeline?place=Kidal", timeout),
                get("/kidal/sparql?query=" + URLEncoder.encode(KIDAL_LABEL, StandardCharsets.UTF_8), timeout),
                HttpRequest.newBuilder(base.resolve("/kidal/sparql")).timeout(timeout)
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(CLAIM_COUNT)).build(),
                get("/$/ping", timeout));
    }

    private HttpRequest get(String pathAndQuery, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    /** Runs the load until the time or the request count is used up, and reports. */
    public Report run() throws InterruptedException {
        List<HttpRequest> mix = mix();
        AtomicLong budget = new AtomicLong(maxRequests);
        LongAdder errors = new LongAdder();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Client client = new Client();
            latencies.add(null);
            int slot = c;
            Thread thread = new Thread(() -> {
                int i = first;
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    HttpRequest request = mix.get(i++ % mix.size());
                    String error = client.send(request);
                    if (error != null) {
                        errors.increment();
                        errorKinds.merge(error, 1L, Long::sum);
                    }
                }
                synchronized (latencies) {
                    latencies.set(slot, client.latencies());
                }
            }, "load-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(duration.toMillis() + 60_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all;
        synchronized (latencies) {
            all = latencies.stream().filter(l -> l != null).flatMapToLong(Arrays::stream).sorted().toArray();
        }
        return new Report(clients, seconds, all.length, errors.sum(), new TreeMap<>(errorKinds),
                all.length / seconds, millis(percentile(all, 0.50)), millis(percentile(all, 0.99)),
                millis(all.length == 0 ? 0 : all[all.length - 1]));
    }

    /** One client's connection use and its latencies in nanoseconds. */
    private final class Client {
        private long[] nanos = new long[1024];
        private int count;

        /** Sends one request; returns null on a 200, else what went wrong. */
        String send(HttpRequest request) {
            long begin = System.nanoTime();
            String error;
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                error = response.statusCode() == 200 ? null : "HTTP " + response.statusCode() + " " + request.uri().getPath();
            } catch (IOException e) {
                error = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            record(System.nanoTime() - begin);
            return error;
        }

        private void record(long latency) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
        }

        long[] latencies() {
            return Arrays.copyOf(nanos, count);
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static URI loopbackOnly(URI base) {
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("url: " + base + " is not an http://host:port URL");
        }
        if (!LOOPBACK.contains(base.getHost())) {
            throw new IllegalArgumentException("url: " + base + " is not on the loopback interface; "
                    + "the load generator only targets 127.0.0.1 (or localhost)");
        }
        return base;
    }
}

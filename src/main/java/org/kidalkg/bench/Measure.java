package org.kidalkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.query.NamedQuery;

/** What the benchmarks share: the questions they ask, how they time them, and how they ask over HTTP. */
final class Measure {
    private Measure() {}

    /** One question, asked and answered (an exception is a failed run). */
    interface Task<T> {
        void run(T item) throws Exception;
    }

    /** {@code n} random (place IRI, date) pairs over the store's controlled places and the generated years. */
    static List<String[]> asks(DatasetGraph store, int n) {
        List<String> places = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(store)).query(
                    "SELECT DISTINCT ?p WHERE { ?c <https://w3id.org/kidal-kg/ontology#territory> ?p } LIMIT 100000").build()) {
                q.execSelect().forEachRemaining(r -> places.add(r.getResource("p").getURI()));
            }
        });
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> asks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate at = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * Benchmark.YEARS));
            asks.add(new String[] {places.get(random.nextInt(places.size())), at.toString()});
        }
        return asks;
    }

    /** p50 and p99 in milliseconds of running {@code task} on each item in turn. */
    static <T> double[] p50p99(List<T> items, Task<T> task) throws Exception {
        double[] ms = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            long t = System.nanoTime();
            task.run(items.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)]};
    }

    /** Tasks per second of {@code clients} closed-loop clients (each waits for an answer) over {@code seconds}. */
    static <T> double perSecond(List<T> items, int clients, int seconds, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            running.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    task.run(items.get(i % items.size()));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }

    /** The named query's text with its place and date written in, as a client of a plain endpoint sends it. */
    static String substitute(NamedQuery who, String place, String at) {
        return who.query().toString().replace("?place", "<" + place + ">")
                .replace("?at", "\"" + at + "\"^^<http://www.w3.org/2001/XMLSchema#date>");
    }

    /** GETs {@code url} asking for JSON results; anything but a 200 fails the run. */
    static void get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json, application/json").build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

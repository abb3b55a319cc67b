package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.kidalkg.cli.Main;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * Queries whose ORDER BY, GROUP BY, DISTINCT or GROUP_CONCAT would hold more than the heap are refused or cut, each
 * answer naming its limit, and the server goes on answering: in the test JVM, and in a server of its own started
 * with a small heap, where an OutOfMemoryError would otherwise come within seconds.
 */
class MemoryBudgetTest {
    private static final String CROSS = "{ ?a ?b ?c . ?d ?e ?f }";
    private static final String CHEAP = "SELECT ?label WHERE { <https://w3id.org/kidal-kg/id/Kidal> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    /** Hostile queries over a cross product of the data (29 million rows), each holding what it reads. */
    static final Map<String, String> HOLDING = holding();

    private static Map<String, String> holding() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("ORDER BY of a cross product", "SELECT * WHERE " + CROSS + " ORDER BY ?c ?f");
        queries.put("DISTINCT of a cross product", "SELECT DISTINCT ?c ?f WHERE " + CROSS);
        queries.put("GROUP BY of a cross product", "SELECT ?c ?f (COUNT(*) AS ?n) WHERE " + CROSS + " GROUP BY ?c ?f");
        queries.put("GROUP_CONCAT of a cross product", "SELECT (GROUP_CONCAT(STR(?f)) AS ?all) WHERE " + CROSS);
        queries.put("GROUP_CONCAT per group of a cross product", "SELECT ?a (GROUP_CONCAT(STR(?f)) AS ?all) WHERE "
                + CROSS + " GROUP BY ?a");
        queries.put("ORDER BY of BIND-made strings", "SELECT ?g WHERE { " + CROSS + " BIND(CONCAT(STR(?c), STR(?f), "
                + "STR(?a)) AS ?g) } ORDER BY ?g");
        queries.put("DISTINCT over VALUES times the data", "SELECT DISTINCT ?i ?c ?f WHERE { VALUES ?i { 1 2 3 4 5 6 7 8 } "
                + CROSS + " }");
        return queries;
    }

    @Test
    void groupConcatPastTheStringLimitIs400AndOtherwiseAnswersAsJena() {
        ServerConfig fiveSeconds = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(5));
        try (RunningServer server = RunningServer.start(fiveSeconds, BuiltInGraph.store(), BuiltInGraph.queries())) {
            for (String query : List.of("SELECT (GROUP_CONCAT(STR(?f)) AS ?all) WHERE " + CROSS,
                    "SELECT (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), STR(?f)); separator=\", \") AS ?all) WHERE " + CROSS)) {
                HttpResponse<String> response = server.post("/kidal/sparql", "application/sparql-query", query, null);
                assertEquals(400, response.statusCode(), response.body());
                assertTrue(response.body().contains("up to 1048576 characters"), response.body());
            }
            String ordinary = "SELECT (GROUP_CONCAT(?x; separator=\"|\") AS ?all) "
                    + "(GROUP_CONCAT(DISTINCT ?x) AS ?distinct) (GROUP_CONCAT(?none) AS ?empty) WHERE { VALUES ?x { "
                    + "\"b\" \"a\"@fr 1 \"b\" } OPTIONAL { ?x <urn:x:none> ?none } }";
            String answer = server.sparql(ordinary, "text/tab-separated-values").body();
            assertTrue(answer.contains("\"b|a|1|b\""), answer);
            assertEquals(jena(ordinary), answer);
            String having = "SELECT ?g (GROUP_CONCAT(?x) AS ?all) WHERE { VALUES (?g ?x) { (1 \"a\") (1 \"b\") (2 \"c\") } } "
                    + "GROUP BY ?g HAVING (STRLEN(GROUP_CONCAT(?x)) > 1) (STRLEN(GROUP_CONCAT(?x)) < 10)";
            String grouped = server.sparql(having, "text/tab-separated-values").body();
            assertTrue(grouped.contains("\"a b\"") && !grouped.contains("\"c\""), grouped);
            assertEquals(jena(having), grouped);
            assertEquals(200, server.get("/$/ping", null).statusCode());
        }
    }

    /** What stock Jena answers {@code query} with over an empty dataset, as TSV. */
    private static String jena(String query) {
        ByteArrayOutputStream tsv = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(tsv, ResultSet.adapt(QueryExec.dataset(DatasetGraphFactory.create()).query(query).select()));
        return tsv.toString(StandardCharsets.UTF_8);
    }

    /**
     * A server of its own with a 256 MiB heap and a 60 s timeout, so that the memory budget, not the timeout, is
     * what must stop each query: without it the ORDER BY filled the heap in seconds (OutOfMemoryError).
     */
    @Test
    void inASmallHeapHoldingQueriesAreCutNamingTheBudgetAndTheServerAnswersAfter() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-Xlog:gc", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--timeout", "60s").redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> base = new CompletableFuture<>();
        Thread reader = new Thread(() -> follow(child, output, base), "child output");
        reader.setDaemon(true);
        reader.start();
        try {
            String url = base.get(120, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long heapBefore = heapUsed(http, url);
            List<String> answers = new ArrayList<>();
            for (Map.Entry<String, String> hostile : HOLDING.entrySet()) {
                long start = System.nanoTime();
                String outcome;
                try {
                    HttpResponse<String> response = post(http, url, hostile.getValue());
                    String body = response.body().substring(0, Math.min(300, response.body().length())).strip();
                    outcome = response.statusCode() + ": " + body;
                    assertTrue(response.statusCode() == 503 || response.statusCode() == 400, outcome);
                    assertTrue(body.contains("memory budget") || body.contains("1048576 characters"), outcome);
                } catch (IOException broken) {
                    // DISTINCT sends its rows as it finds them: cut after they began, the response can only break.
                    assertTrue(hostile.getKey().startsWith("DISTINCT"), hostile.getKey() + " broke: " + broken);
                    outcome = "broken after its rows began (" + broken.getMessage() + ")";
                }
                answers.add(hostile.getKey() + ": " + outcome + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                assertEquals(200, get(http, url + "/$/ping").statusCode(), "ping after " + hostile.getKey());
            }
            answers.add("at once: " + atOnce(http, url));
            HttpResponse<String> cheap = post(http, url, CHEAP);
            assertEquals(200, cheap.statusCode(), cheap.body());
            assertTrue(cheap.body().contains("Kidal"), cheap.body());
            collectGarbage(java, child); // so that the figure is what the server holds, not garbage not yet collected
            long heapAfter = heapUsed(http, url);
            System.out.println("[memory] 256 MiB heap, heap in use " + (heapBefore >> 20) + " MiB before, "
                    + (heapAfter >> 20) + " MiB after; " + String.join("; ", answers).replaceAll("\\s+", " "));
        } finally {
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS) || child.destroyForcibly().waitFor(30, TimeUnit.SECONDS));
        }
        reader.join(10_000);
        String all = String.join("\n", output);
        assertFalse(all.contains("OutOfMemoryError"), all);
        System.out.println("[memory] full collections that confirmed a reading (ms): " + confirmations(output));
    }

    private static final Pattern CUT_FIGURES = Pattern.compile("budget \\((\\d+ MiB).*allocated the most \\((\\d+ MiB)");

    /** Six holding queries at once (under the 8 a client address may run): each cut naming the budget. */
    private static List<String> atOnce(HttpClient http, String url) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String hostile = (i % 2 == 0 ? HOLDING.get("ORDER BY of a cross product")
                    : HOLDING.get("GROUP BY of a cross product")) + " # " + i;
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post(http, url, hostile);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<String> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> each : running) {
            HttpResponse<String> response = each.get(180, TimeUnit.SECONDS);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("memory budget"), response.body());
            Matcher figures = CUT_FIGURES.matcher(response.body());
            statuses.add(response.statusCode() + (figures.find() ? " at " + figures.group(1) + " in use, "
                    + figures.group(2) + " allocated" : ""));
        }
        return statuses;
    }

    /** The pauses of the full collections the budget asked for, from the child's {@code -Xlog:gc} lines. */
    private static List<String> confirmations(List<String> output) {
        Pattern full = Pattern.compile("Pause Full \\(System.gc\\(\\)\\) (\\S+) ([0-9.]+)ms");
        List<String> pauses = new ArrayList<>();
        synchronized (output) {
            for (String line : output) {
                Matcher matcher = full.matcher(line);
                if (matcher.find()) {
                    pauses.add(matcher.group(2) + " (" + matcher.group(1) + ")");
                }
            }
        }
        return pauses;
    }

    /** Collects the child's output; completes {@code base} with the server's URL once it says it serves. */
    private static void follow(Process child, List<String> output, CompletableFuture<String> base) {
        Pattern serving = Pattern.compile("Serving (http://\\S+)/");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher matcher = serving.matcher(line);
                if (matcher.find()) {
                    base.complete(matcher.group(1));
                }
            }
        } catch (IOException ended) {
            // The child was stopped.
        }
        base.completeExceptionally(new AssertionError("the server never started: " + output));
    }

    /** The heap in use in the child, from its {@code /$/metrics} (Micrometer's {@code jvm_memory_used_bytes}). */
    private static long heapUsed(HttpClient http, String url) throws Exception {
        long used = 0;
        for (String line : get(http, url + "/$/metrics").body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    /** A full collection in the child, by {@code jcmd PID GC.run} (what an operator would run). */
    private static void collectGarbage(Path java, Process child) throws Exception {
        Process jcmd = new ProcessBuilder(java.resolveSibling("jcmd").toString(), String.valueOf(child.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS), "jcmd GC.run did not finish");
    }

    private static HttpResponse<String> post(HttpClient http, String url, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/kidal/sparql")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

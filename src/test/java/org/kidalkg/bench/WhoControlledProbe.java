package org.kidalkg.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.mgt.Explain;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * A by-hand probe of {@code who-controlled} latency in process (not a test: run it from the command line).
 *
 * <pre>{@code
 * java -cp target/kidal-kg.jar:target/test-classes org.kidalkg.bench.WhoControlledProbe /tmp/tdb 300 [explain]
 * java -cp target/kidal-kg.jar:target/test-classes org.kidalkg.bench.WhoControlledProbe mem 300
 * }</pre>
 * Prints p50 / p90 / p99 in ms over random (place, date) questions after 50 warm-up ones, and the same for the
 * two-pattern baseline {@code ?period kkg:territory ?place ; kkg:controller ?c}.
 */
public final class WhoControlledProbe {
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";

    public static void main(String[] args) {
        String where = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        boolean explain = args.length > 2 && args[2].equals("explain");
        boolean http = args.length > 2 && args[2].equals("http");
        DatasetGraph store;
        if (where.equals("mem")) {
            store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset());
        } else {
            store = DatabaseMgr.connectDatasetGraph(Path.of(where).toString());
            store.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        // -Dquery=FILE tries a variant of the query without rebuilding.
        String variant = System.getProperty("query");
        List<Path> files = new ArrayList<>(SourceBundle.builtIn().queryFiles());
        if (variant != null) {
            files.removeIf(f -> f.getFileName().toString().equals("who-controlled.rq"));
            files.add(Path.of(variant));
        }
        QueryCatalogue catalogue = QueryCatalogue.read(files);
        NamedQuery who = catalogue.get("who-controlled");
        int warm = Integer.getInteger("warm", 50);
        List<String[]> asks = asks(store, n + warm);
        NamedQueryRunner runner = new NamedQueryRunner(store, 0);
        if (explain) {
            explain(store, who, asks.get(0));
            return;
        }
        if (http) {
            http(store, catalogue, asks, warm);
            return;
        }
        long[] rows = new long[1];
        for (String[] a : asks.subList(0, warm)) {
            runner.run(who, Map.of("place", a[0], "at", a[1]));
        }
        double[] whoMs = time(asks.subList(warm, asks.size()), a -> rows[0] += runner.run(who, Map.of("place", a[0], "at", a[1])).size());
        String two = "SELECT * { ?period <" + KKG + "territory> ?place . ?period <" + KKG + "controller> ?c }";
        double[] twoMs = time(asks, a -> Txn.executeRead(store, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(store)).query(two)
                    .substitution("place", ModelFactory.createDefaultModel().createResource(a[0])).build()) {
                q.execSelect().forEachRemaining(r -> { });
            }
        }));
        System.out.printf("store %s, %d places, %d questions: who-controlled p50 %.2f p90 %.2f p99 %.2f ms, CPU p50 %.2f p90 %.2f ms"
                + " (%.1f rows/answer); 2-pattern p50 %.2f p90 %.2f p99 %.2f ms, CPU p50 %.2f%n", where, places(store).size(), n,
                whoMs[0], whoMs[1], whoMs[2], whoMs[3], whoMs[4], rows[0] / (double) n, twoMs[0], twoMs[1], twoMs[2], twoMs[3]);
    }

    /** The same questions over HTTP to {@code /queries/who-controlled} of a started server, one client. */
    private static void http(DatasetGraph store, QueryCatalogue catalogue, List<String[]> asks, int warm) {
        org.apache.jena.fuseki.main.FusekiServer server = org.kidalkg.http.KidalServer.start(
                org.kidalkg.http.ServerConfig.defaults().withPort(0), store, catalogue);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.getHttpPort() + "/queries/who-controlled?format=json&place=";
        Ask ask = a -> {
            try {
                var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                        + java.net.URLEncoder.encode(a[0], java.nio.charset.StandardCharsets.UTF_8) + "&at=" + a[1]))
                        .header("Accept", "application/sparql-results+json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            time(asks.subList(0, warm), ask);
            double[] ms = time(asks.subList(warm, asks.size()), ask);
            System.out.printf("store %s over HTTP, %d questions: /queries/who-controlled p50 %.2f p90 %.2f p99 %.2f ms%n",
                    store.getClass().getSimpleName(), asks.size() - warm, ms[0], ms[1], ms[2]);
        } finally {
            server.stop();
        }
    }

    private static void explain(DatasetGraph store, NamedQuery who, String[] a) {
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.arq.exec", org.apache.logging.log4j.Level.INFO);
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.arq.info", org.apache.logging.log4j.Level.INFO);
        Txn.executeRead(store, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(store)).query(who.query())
                    .substitution("place", ModelFactory.createDefaultModel().createResource(a[0]))
                    .substitution("at", ModelFactory.createDefaultModel().createTypedLiteral(a[1],
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))
                    .set(ARQ.symLogExec, Explain.InfoLevel.ALL).build()) {
                System.out.println("rows: " + org.apache.jena.query.ResultSetFactory.copyResults(q.execSelect()).size());
            }
        });
    }

    private static List<String> places(DatasetGraph store) {
        List<String> places = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(store))
                    .query("SELECT DISTINCT ?p { ?c <" + KKG + "territory> ?p } ORDER BY ?p").build()) {
                q.execSelect().forEachRemaining(r -> places.add(r.getResource("p").getURI()));
            }
        });
        return places;
    }

    private static List<String[]> asks(DatasetGraph store, int n) {
        List<String> places = places(store);
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> asks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate at = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * Benchmark.YEARS));
            asks.add(new String[] {places.get(random.nextInt(places.size())), at.toString()});
        }
        return asks;
    }

    interface Ask {
        void run(String[] a);
    }

    /**
     * Wall-clock p50, p90, p99, then this thread's CPU time p50 and p90, in ms. On a shared machine the CPU time is
     * the steadier figure: it leaves out the time the thread waited for a core.
     */
    private static double[] time(List<String[]> asks, Ask ask) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[asks.size()];
        double[] cpu = new double[asks.size()];
        for (int i = 0; i < asks.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ask.run(asks.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
                cpu[cpu.length / 2], cpu[(int) (cpu.length * 0.9)]};
    }
}

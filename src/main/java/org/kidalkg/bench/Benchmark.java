package org.kidalkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.kidalkg.importers.acled.AcledGenerator;
import org.kidalkg.importers.acled.AcledImporter;
import org.kidalkg.build.CheckedChunks;
import org.kidalkg.build.Pipeline;
import org.kidalkg.load.AcledLoad;
import org.kidalkg.source.QuadSink;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.source.SourceBundle;


/**
 * The benchmark {@code kidal-kg bench} runs: build rate, who-controlled latency and throughput against plain
 * Fuseki, heap, and start-to-first-answer, on generated ACLED corpora of the given sizes (in control periods).
 * Run by hand, never from a unit test; {@code kidal-kg bench} appends the section it returns to {@code docs/benchmarks.md}.
 */
public final class Benchmark {
    /** Years of transfers each generated place has. */
    public static final int YEARS = 10;

    /** What to run: corpus sizes, where to write, and how long to measure. */
    public record Options(long[] sizes, Path work, int queries, int seconds, int startRuns, boolean startOnly) {}

    private final long[] sizes;
    private final Path work;
    private final int queries;
    private final int seconds;
    private final int startRuns;
    private final boolean startOnly;
    private final PrintWriter log;

    public Benchmark(Options options, PrintWriter log) {
        this.sizes = options.sizes();
        this.work = options.work();
        this.queries = options.queries();
        this.seconds = options.seconds();
        this.startRuns = options.startRuns();
        this.startOnly = options.startOnly();
        this.log = log;
    }

    /** Runs every measurement and returns the results as a markdown section. */
    public String run() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("\n## Run of ").append(LocalDate.now()).append("\n\n").append(Machine.describe()).append('\n');
        md.append(startToFirstAnswer()).append('\n');
        if (!startOnly) {
            md.append(corpusTable());
        }
        return md.toString();
    }

    private String corpusTable() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("| periods | rows | quads | our import, checked (quads/s) | our import, --no-checks (quads/s) | bulk loader (quads/s)"
                + " | ratio checked / --no-checks | in-process p50 / p99 ms | ours HTTP p50 / p99 ms"
                + " | Fuseki HTTP p50 / p99 ms | ours q/s (8 clients) | Fuseki q/s (8 clients) | ratio | heap used MB |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (long size : sizes) {
            md.append(runSize(size)).append('\n');
            log.println(md);
        }
        return md.toString();
    }

    private String startToFirstAnswer() throws Exception {
        Path jar = StartupProbe.runningJar();
        if (jar == null) {
            return "Start to first answer: not measured (run the bench from the jar: java -jar target/kidal-kg.jar bench).\n";
        }
        StartupProbe probe = new StartupProbe(jar);
        StringBuilder md = new StringBuilder("Start to first answer on the built-in data: launch of `serve` in a new JVM to the first 200 of "
                + "`who-controlled` (Kidal, 2019-03-01) over HTTP, " + startRuns + " runs each, milliseconds:\n\n"
                + "| launch | median | min | max |\n|---|---:|---:|---:|\n");
        md.append(startRow("`java -jar target/kidal-kg.jar serve`", probe.measure(startRuns, List.of())));
        Path archive = probe.archive();
        if (archive == null) {
            md.append("\n(No class-data archive that fits this jar beside it: the rows with one were not measured.)\n");
        } else {
            String share = "-XX:SharedArchiveFile=" + archive;
            md.append(startRow("`java -XX:SharedArchiveFile=target/kidal-kg.jsa -jar target/kidal-kg.jar serve`",
                    probe.measure(startRuns, List.of(share))));
            md.append(startRow("`java -XX:SharedArchiveFile=target/kidal-kg.jsa -XX:TieredStopAtLevel=1 -jar target/kidal-kg.jar serve`",
                    probe.measure(startRuns, List.of(share, "-XX:TieredStopAtLevel=1"))));
        }
        log.print(md);
        log.flush();
        return md.toString();
    }

    private static String startRow(String launch, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format("| %s | %.0f | %.0f | %.0f |%n", launch, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private String runSize(long periods) throws Exception {
        int places = (int) Math.max(1, periods / YEARS); // about one transfer a place a year
        Path csv = work.resolve("acled-" + periods + ".csv");
        log.printf("[%d] generating %d places x %d years%n", periods, places, YEARS);
        try (Writer w = Files.newBufferedWriter(csv)) {
            new AcledGenerator(places, YEARS, 42).write(w);
        }
        Path ours = clean(work.resolve("tdb-ours-" + periods));
        Path nq = work.resolve("acled-" + periods + ".nq");
        Pipeline pipeline = Pipeline.of(SourceBundle.builtIn());
        // Ours: built-in graph (as serve builds it) + the CSV mapped and bulk-loaded, timed end to end: as
        // import-acled --tdb2 does it (validated and reasoned in chunks), and with --no-checks (reasoned only).
        Path unchecked = clean(work.resolve("tdb-ours-unchecked-" + periods));
        long t00 = System.nanoTime();
        new AcledLoad(pipeline, AcledLoad.builtIn(pipeline), CheckedChunks.DEFAULT_ROWS, false).intoTdb2(csv, unchecked, (types, sink) -> mapStrictly(types, sink, csv), s -> { });
        double uncheckedSec = (System.nanoTime() - t00) / 1e9;
        long uncheckedQuads = countQuads(unchecked);
        clean(unchecked);
        long t0 = System.nanoTime();
        AcledImporter.Summary summary = new AcledLoad(pipeline, AcledLoad.builtIn(pipeline), CheckedChunks.DEFAULT_ROWS, true)
                .intoTdb2(csv, ours, (types, sink) -> mapStrictly(types, sink, csv), s -> { }).summary();
        double oursSec = (System.nanoTime() - t0) / 1e9;
        long quads;
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(ours.toString());
        quads = Txn.calculateRead(store, () -> store.stream().count());
        // The same quads, dumped to N-Quads, then given to Jena's bulk loader alone.
        try (OutputStream o = Files.newOutputStream(nq)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, Lang.NQUADS);
            w.start();
            Txn.executeRead(store, () -> store.find().forEachRemaining(w::quad));
            w.finish();
        }
        Path bulk = clean(work.resolve("tdb-bulk-" + periods));
        long t1 = System.nanoTime();
        DatasetGraph bulkStore = DatabaseMgr.connectDatasetGraph(bulk.toString());
        DataLoader loader = LoaderFactory.phasedLoader(bulkStore, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double bulkSec = (System.nanoTime() - t1) / 1e9;

        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        QueryCatalogue catalogue = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
        NamedQuery who = catalogue.get("who-controlled");
        List<String[]> asks = Measure.asks(store, queries * 2);
        NamedQueryRunner runner = new NamedQueryRunner(store, 0);
        for (int i = 0; i < Math.min(50, asks.size()); i++) {
            runner.run(who, Map.of("place", asks.get(i)[0], "at", asks.get(i)[1]));
        }
        double[] inProcess = Measure.p50p99(asks, a -> runner.run(who, Map.of("place", a[0], "at", a[1])));

        FusekiServer kidal = KidalServer.start(ServerConfig.defaults().withPort(0), store, catalogue);
        FusekiServer plain = FusekiServer.create().port(0).add("/ds", store).build().start();
        HttpClient http = HttpClient.newHttpClient();
        Measure.Task<String[]> oursHttp = a -> Measure.get(http, "http://127.0.0.1:" + kidal.getHttpPort() + "/queries/who-controlled?place="
                + Measure.enc(a[0]) + "&at=" + a[1] + "&format=json");
        Measure.Task<String[]> plainHttp = a -> Measure.get(http, "http://127.0.0.1:" + plain.getHttpPort() + "/ds/sparql?query="
                + Measure.enc(Measure.substitute(who, a[0], a[1])));
        double[] oursLat;
        double[] plainLat;
        double oursQps;
        double plainQps;
        try {
            Measure.p50p99(asks.subList(0, Math.min(50, asks.size())), oursHttp);
            Measure.p50p99(asks.subList(0, Math.min(50, asks.size())), plainHttp);
            oursLat = Measure.p50p99(asks, oursHttp);
            plainLat = Measure.p50p99(asks, plainHttp);
            oursQps = Measure.perSecond(asks, 8, seconds, oursHttp);
            plainQps = Measure.perSecond(asks, 8, seconds, plainHttp);
        } finally {
            kidal.stop();
            plain.stop();
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        double bulkRate = quads / bulkSec;
        return String.format("| %,d | %,d | %,d | %,.0f | %,.0f | %,.0f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %,.0f | %,.0f | %.2f | %,d |",
                summary.periods(), summary.rows(), quads, quads / oursSec, uncheckedQuads / uncheckedSec, bulkRate,
                quads / oursSec / bulkRate, uncheckedQuads / uncheckedSec / bulkRate,
                inProcess[0], inProcess[1], oursLat[0], oursLat[1], plainLat[0], plainLat[1], oursQps, plainQps, oursQps / plainQps, heapMb);
    }

    /** Maps the CSV into {@code sink}, stopping at the first bad row (a generated corpus has none). */
    private static AcledImporter.Summary mapStrictly(Map<String, Node> types, QuadSink sink, Path csv) {
        return new AcledImporter(types, sink, bad -> { }, true).importFile(csv, (a, b, c) -> { }, Long.MAX_VALUE);
    }

    private static long countQuads(Path tdb) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(tdb.toString());
        long n = Txn.calculateRead(store, () -> store.stream().count());
        org.apache.jena.tdb2.sys.TDBInternal.expel(store);
        return n;
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return dir;
    }
}

package org.kidalkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.build.Pipeline;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.importers.acled.AcledGenerator;
import org.kidalkg.importers.acled.AcledImporter;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;

/**
 * {@code kidal-kg bench --endpoint}: our server against a plain embedded Fuseki ({@link PlainFuseki}) in one run,
 * as ratios: raw SPARQL requests per second on the same in-memory dataset at several client counts, the
 * {@code /api/control} answer against the raw who-controlled query it is built from, and launch to first answer of
 * the {@code ./kidal-kg} launcher against a plain Fuseki JVM on the same graph.
 */
public final class EndpointBenchmark {
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /** What to measure: corpus size in control periods, seconds per throughput run, client counts, cold starts, asks. */
    public record Options(long periods, int seconds, int[] clients, int startRuns, int asks) {}

    private final Options options;
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public EndpointBenchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /** Runs every measurement and returns them as a markdown section. */
    public String run(Path work) throws Exception {
        StringBuilder md = new StringBuilder("\n## Endpoint against plain Fuseki (`bench --endpoint`), " + LocalDate.now() + "\n\n");
        md.append(Machine.describe()).append('\n');
        DatasetGraph store = corpus(work);
        QueryCatalogue catalogue = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
        NamedQuery who = catalogue.get("who-controlled");
        List<String[]> asks = Measure.asks(store, options.asks());
        FusekiServer ours = KidalServer.start(ServerConfig.defaults().withPort(0), store, catalogue);
        FusekiServer plain = PlainFuseki.start(0, store);
        try {
            String oursSparql = "http://127.0.0.1:" + ours.getHttpPort() + KidalServer.DATASET + "/sparql?query=";
            String plainSparql = "http://127.0.0.1:" + plain.getHttpPort() + "/ds/sparql?query=";
            md.append(throughputTable(asks, who, oursSparql, plainSparql));
            md.append(answerLatency(asks, who, ours.getHttpPort(), oursSparql));
        } finally {
            ours.stop();
            plain.stop();
        }
        md.append(startTable(who));
        md.append("\nLoad average at the end: ").append(Machine.loadAverage()).append(".\n");
        return md.toString();
    }

    /** The built-in data and a generated ACLED corpus, through the pipeline into the in-memory store serve uses. */
    private DatasetGraph corpus(Path work) throws IOException {
        Path data = Files.createDirectories(work.resolve("endpoint-data"));
        Path csv = work.resolve("endpoint-" + options.periods() + ".csv");
        int places = (int) Math.max(1, options.periods() / Benchmark.YEARS);
        try (Writer w = Files.newBufferedWriter(csv)) {
            new AcledGenerator(places, Benchmark.YEARS, 42).write(w, true);
        }
        Pipeline pipeline = Pipeline.of(SourceBundle.builtIn());
        try (OutputStream out = Files.newOutputStream(data.resolve("acled.trig"))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            writer.start();
            new AcledImporter(AcledImporter.eventTypes(pipeline.ontology()), writer::quad, bad -> { }, true)
                    .importFile(csv, (a, b, c) -> { }, Long.MAX_VALUE);
            writer.finish();
        }
        log.println("building the corpus of " + options.periods() + " periods in memory ...");
        return KnowledgeStore.inMemory(pipeline.build(new Sources(SourceBundle.builtIn(), List.of(data)), log::println).dataset());
    }

    private String throughputTable(List<String[]> asks, NamedQuery who, String ours, String plain) throws Exception {
        StringBuilder md = new StringBuilder("Raw SPARQL over HTTP GET, who-controlled (place and date substituted) alternating with the place's "
                + "label, closed loop, " + options.seconds() + " s a run after a warm-up of both (the JIT keeps compiling for tens of "
                + "seconds: a short warm-up favours whichever runs later), ours and plain three times each in alternating order (means):\n\n"
                + "| clients | ours (requests/s) | plain Fuseki (requests/s) | ratio |\n|---:|---:|---:|---:|\n");
        List<String> oursUrls = rawUrls(asks, who, ours);
        List<String> plainUrls = rawUrls(asks, who, plain);
        for (int warm = 0; warm < 3; warm++) {
            Measure.perSecond(oursUrls, options.clients()[0], options.seconds(), this::get);
            Measure.perSecond(plainUrls, options.clients()[0], options.seconds(), this::get);
        }
        for (int clients : options.clients()) {
            double o = 0;
            double p = 0;
            for (int rep = 0; rep < 3; rep++) {
                boolean oursFirst = rep % 2 == 0;
                double first = Measure.perSecond(oursFirst ? oursUrls : plainUrls, clients, options.seconds(), this::get);
                double second = Measure.perSecond(oursFirst ? plainUrls : oursUrls, clients, options.seconds(), this::get);
                o += oursFirst ? first : second;
                p += oursFirst ? second : first;
            }
            md.append(String.format("| %d | %,.0f | %,.0f | %.2f |%n", clients, o / 3, p / 3, o / p));
            log.print(md);
            log.flush();
        }
        return md.append('\n').toString();
    }

    private String answerLatency(List<String[]> asks, NamedQuery who, int port, String oursSparql) throws Exception {
        List<String> api = asks.stream().map(a -> "http://127.0.0.1:" + port + "/api/control?place=" + Measure.enc(a[0]) + "&at=" + a[1]).toList();
        List<String> raw = rawWhoControlled(asks, who, oursSparql);
        Measure.p50p99(api.subList(0, 50), this::get);
        Measure.p50p99(raw.subList(0, 50), this::get);
        double[] apiMs = Measure.p50p99(api, this::get);
        double[] rawMs = Measure.p50p99(raw, this::get);
        return String.format("`/api/control` against the raw who-controlled query on the same server, %d questions one at a time: "
                + "p50 %.2f ms against %.2f ms, **%.2f×** (p99 %.2f against %.2f ms).%n%n", api.size(), apiMs[0], rawMs[0],
                apiMs[0] / rawMs[0], apiMs[1], rawMs[1]);
    }

    private String startTable(NamedQuery who) throws Exception {
        Path jar = StartupProbe.runningJar();
        Path launcher = jar == null ? null : jar.toAbsolutePath().getParent().resolveSibling("kidal-kg");
        if (launcher == null || !Files.isExecutable(launcher)) {
            return "Start to first answer: not measured (run from target/kidal-kg.jar, with ./kidal-kg beside target/).\n";
        }
        String raw = Measure.substitute(who, "https://w3id.org/kidal-kg/id/Kidal", "2019-03-01");
        StartupProbe probe = new StartupProbe(jar);
        List<Double> ours = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < options.startRuns(); i++) {
            ours.addAll(probe.measureLauncher(1, launcher, raw));
            plain.addAll(probe.measurePlainFuseki(1, raw));
        }
        double o = median(ours);
        double p = median(plain);
        return String.format("Launch to first answer (raw who-controlled, Kidal, 2019-03-01), %d fresh JVMs each, alternating: "
                + "`./kidal-kg serve` median %.0f ms, plain Fuseki on the same graph (`java -cp target/kidal-kg.jar "
                + "org.kidalkg.bench.PlainFuseki`) median %.0f ms: **%.2f×**.%n", options.startRuns(), o, p, o / p);
    }

    private List<String> rawUrls(List<String[]> asks, NamedQuery who, String base) {
        List<String> urls = new ArrayList<>();
        for (String[] a : asks) {
            urls.add(base + Measure.enc(Measure.substitute(who, a[0], a[1])));
            urls.add(base + Measure.enc("SELECT ?label WHERE { <" + a[0] + "> <" + RDFS + "label> ?label }"));
        }
        return urls;
    }

    private List<String> rawWhoControlled(List<String[]> asks, NamedQuery who, String base) {
        return asks.stream().map(a -> base + Measure.enc(Measure.substitute(who, a[0], a[1]))).toList();
    }

    private void get(String url) throws IOException, InterruptedException {
        Measure.get(http, url);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

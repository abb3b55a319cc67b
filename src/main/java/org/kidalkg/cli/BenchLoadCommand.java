package org.kidalkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.bench.LoadGenerator;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.http.ServerLogging;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.http.ServerLogging;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kidal-kg bench-load}: measures a server under read load (its own on the built-in data unless --url). */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = {"Load a kidal-kg server with named queries, raw SPARQL (GET and POST) and /$/ping, then",
                "report requests/s, p50/p99 latency and errors. Targets 127.0.0.1 only.",
                "Without --url it starts its own server on a free port, on the built-in data."})
final class BenchLoadCommand implements Callable<Integer> {
    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--max-requests", defaultValue = "10000000",
            description = "Stop after this many requests even if time remains (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--url", paramLabel = "URL", description = "A running server, e.g. http://127.0.0.1:3030 (loopback only).")
    URI url;

    @Override
    public Integer call() throws InterruptedException {
        ServerLogging.setUp(false);
        PrintWriter out = new PrintWriter(System.out, true);
        FusekiServer own = null;
        try {
            URI target = url;
            if (target == null) {
                DatasetGraph store = KnowledgeGraphs.open(Sources.builtIn(), null, out);
                QueryCatalogue queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
                own = KidalServer.start(ServerConfig.defaults().withPort(0), store, queries);
                target = URI.create("http://127.0.0.1:" + own.getHttpPort());
            }
            LoadGenerator load = new LoadGenerator(target, clients, Duration.ofSeconds(seconds), maxRequests);
            out.println("Loading " + target + " with " + clients + " clients for " + seconds + " s ...");
            LoadGenerator.Report report = load.run();
            out.println(report.describe());
            return report.errors() == 0 ? 0 : 1;
        } finally {
            if (own != null) {
                own.stop();
            }
        }
    }
}

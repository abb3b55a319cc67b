package org.kidalkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.store.Sources;
import org.kidalkg.server.KidalServer;
import org.kidalkg.server.ServerConfig;
import org.kidalkg.server.ServerLogging;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kidal-kg serve}: builds the knowledge graph and serves it until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph and serve it read-only over SPARQL 1.1.",
                "Endpoints: /kidal/sparql (query), /kidal/get (Graph Store, read), /queries (named queries),",
                "/$/ping (health), /$/metrics (Prometheus)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sourceOptions;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a query may run before it is cut with 503 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the graph in a persistent TDB2 store in DIR: built on first start, reopened afterwards.")
    Path tdb2;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE call remote endpoints (off by default).")
    boolean allowService;

    @Option(names = {"-v", "--verbose"}, description = "Log every request.")
    boolean verbose;

    @Override
    public Integer call() {
        ServerLogging.setUp(verbose);
        var out = new java.io.PrintWriter(System.out, true);
        Sources sources = sourceOptions.sources();
        DatasetGraph store = KnowledgeGraphs.open(sources, tdb2, out);
        QueryCatalogue queries = QueryCatalogue.read(sources.bundle().queryFiles());
        ServerConfig config = new ServerConfig(host, port, timeout, allowService, verbose);
        FusekiServer server = KidalServer.start(config, store, queries, sources::textFile);
        String base = "http://" + host + ":" + server.getHttpPort();
        out.println("Serving " + base + "/");
        out.println("  web interface    " + base + "/place/Kidal");
        out.println("  SPARQL endpoint  " + base + KidalServer.DATASET + "/sparql");
        out.println("  named queries    " + base + "/queries (" + queries.all().size() + ")");
        out.println("  health           " + base + "/$/ping");
        out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}

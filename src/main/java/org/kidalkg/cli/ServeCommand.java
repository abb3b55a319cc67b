package org.kidalkg.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.http.ServerLogging;
import org.kidalkg.http.ServerWarmUp;
import org.kidalkg.http.guard.TrustedProxies;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kidal-kg serve}: builds the knowledge graph and serves it until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph and serve it read-only over SPARQL 1.1.",
                "Endpoints: /kidal/sparql (query), /kidal/get (Graph Store, read), /queries (named queries),",
                "/$/ping (health), /$/metrics (Prometheus)."})
final class ServeCommand implements Callable<Integer> {
    private static final String SELF_TEST_QUERY = "who-controlled";

    @Spec
    CommandSpec spec;

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

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = {"Keep the graph in a persistent TDB2 store in DIR: built on first start (DIR missing or empty),",
                    "reopened and checked against its manifest afterwards; any other folder is refused, never written."})
    Path tdb2;

    @Option(names = "--read-only", description = {"With --tdb2: serve an existing store and never build or write one",
            "(a missing, empty or unfinished DIR is an error). Without --tdb2 nothing is written to disk anyway."})
    boolean readOnly;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE call remote endpoints (off by default).")
    boolean allowService;

    @Option(names = "--trust-proxy", paramLabel = "ADDRESS", split = ",",
            description = {"The reverse proxy in front (an address, a range a-b or a CIDR block; repeatable): only",
                    "requests from it are counted by the address its X-Forwarded-For / Forwarded header names",
                    "(set, not appended to, by the proxy). Off by default: from anyone else the header is a claim."})
    List<String> trustProxies = new ArrayList<>();

    @Option(names = "--public-metrics", description = "Let other hosts read /$/metrics (by default only this host may).")
    boolean publicMetrics;

    @Option(names = {"-v", "--verbose"}, description = "Log every request.")
    boolean verbose;

    @Option(names = "--self-test", description = {"Start, ask the who-controlled example over HTTP, print the answer and stop",
            "(exit 0 when it answered). Checks an installation; the build uses it to prepare faster starts."})
    boolean selfTest;

    @Override
    public Integer call() {
        ServerLogging.setUp(verbose);
        PrintWriter out = spec.commandLine().getOut();
        checkOptions();
        Sources sources = sourceOptions.sources();
        // The self-test needs a port, not 3030 in particular: one the README's own server may hold.
        int listen = selfTest && !spec.commandLine().getParseResult().hasMatchedOption("--port") ? 0 : port;
        ServerConfig config = new ServerConfig(host, listen, timeout, allowService, verbose, publicMetrics,
                limitOptions.limits(), trustProxies);
        refuseBusyPort(config); // before the build, which may take minutes with --data
        // Jena is initialised by now (JenaStartup), so a second thread may use it: the second core reads the
        // named queries and readies the server's code while this one reads the graph.
        CompletableFuture<QueryCatalogue> queriesRead = CompletableFuture.supplyAsync(() -> {
            QueryCatalogue catalogue = QueryCatalogue.read(sources.bundle().queryFiles());
            ServerWarmUp.run(config, catalogue);
            return catalogue;
        });
        DatasetGraph store = KnowledgeGraphs.open(sources, tdb2, readOnly, out);
        QueryCatalogue queries = join(queriesRead);
        FusekiServer server = start(config, store, queries, sources);
        String base = "http://" + host + ":" + server.getHttpPort();
        out.println("Serving " + base + "/");
        out.println("  web interface    " + base + "/place/Kidal");
        out.println("  SPARQL endpoint  " + base + KidalServer.DATASET + "/sparql");
        out.println("  named queries    " + base + "/queries (" + queries.all().size() + ")");
        out.println("  health           " + base + "/$/ping");
        if (selfTest) {
            boolean answered = SelfTest.ask("http://127.0.0.1:" + server.getHttpPort(), queries.get(SELF_TEST_QUERY), out);
            server.stop();
            return answered ? 0 : 1;
        }
        out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }

    private void checkOptions() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a TCP port: give 1 to 65535, or 0 for a free one");
        }
        limitOptions.check(spec.commandLine(), timeout);
        try {
            new TrustedProxies(trustProxies);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "serve: --trust-proxy " + e.getMessage());
        }
        boolean dataGiven = sourceOptions.source != null || !sourceOptions.extraData.isEmpty();
        if (tdb2 != null && dataGiven && KnowledgeStore.isLoaded(tdb2)) {
            throw new ParameterException(spec.commandLine(), "--data and --source are read only when a store is built, and "
                    + tdb2 + " is built already: drop them to serve it as it is, or remove " + tdb2 + " to rebuild it with them");
        }
    }

    private FusekiServer start(ServerConfig config, DatasetGraph store, QueryCatalogue queries, Sources sources) {
        try {
            return KidalServer.start(config, store, queries, sources::textFile);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    throw busy(config, bind);
                }
            }
            throw e;
        }
    }

    private static void refuseBusyPort(ServerConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (BindException e) {
            throw busy(config, e);
        } catch (IOException e) {
            // Not a busy port (an unknown host, say): Jetty's own start reports it.
        }
    }

    private static CommandFailure busy(ServerConfig config, BindException e) {
        return new CommandFailure("cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
                + "): another server has it? stop it, or choose another port with --port N (0 picks a free one)");
    }

    /** The future's value, or the exception it failed with (a bad query file's {@code LoadException}) as thrown. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

package org.kidalkg.http;

import java.nio.file.Path;
import java.util.function.Function;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.kidalkg.answers.ClaimAnswers;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.PlaceAnswers;
import org.kidalkg.answers.SourceAnswers;
import org.kidalkg.http.api.ApiModule;
import org.kidalkg.http.guard.GuardModule;
import org.kidalkg.http.guard.TrustedProxies;
import org.kidalkg.http.linkeddata.LinkedDataModule;
import org.kidalkg.http.queries.QueriesModule;
import org.kidalkg.http.web.NotFoundPage;
import org.kidalkg.http.web.WebModule;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.source.SourceBundle;

/**
 * The one factory for the kidal-kg HTTP server: an embedded Fuseki serving the knowledge graph
 * read-only at {@code /kidal}, with each feature beside it as a Fuseki module: the guard in front of every
 * route ({@link GuardModule}), the named queries ({@link QueriesModule}, {@code /queries}), the JSON answers
 * ({@link ApiModule}, {@code /api}), linked data ({@link LinkedDataModule}, {@code /id}, {@code /ontology}) and
 * the web interface ({@link WebModule}). Every route runs through Fuseki's action lifecycle, so it is in the
 * request log ({@code --verbose}) and in {@code /$/metrics}. {@code serve} and the tests both start the server
 * through here.
 *
 * <pre>{@code
 * DatasetGraph graph = KnowledgeStore.inMemory(new GraphBuilder(Sources.builtIn()).build());
 * QueryCatalogue queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
 * FusekiServer server = KidalServer.start(ServerConfig.defaults().withPort(0), graph, queries);
 * try {
 *     // GET http://127.0.0.1:{server.getHttpPort()}/kidal/sparql?query=...
 * } finally {
 *     server.stop();
 * }
 * }</pre>
 */
public final class KidalServer {
    /** The dataset's path: {@code /kidal/sparql} (query) and {@code /kidal/get} (Graph Store Protocol, read). */
    public static final String DATASET = "/kidal";

    private KidalServer() {}

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(ServerConfig config, DatasetGraph dataset, QueryCatalogue queries) {
        return start(config, dataset, queries, SourceBundle.builtIn()::dataFile);
    }

    /** As {@link #start(ServerConfig, DatasetGraph, QueryCatalogue)}, with the source texts found by {@code texts}. */
    public static FusekiServer start(ServerConfig config, DatasetGraph dataset, QueryCatalogue queries, Function<String, Path> texts) {
        FusekiServer server = build(config, dataset, queries, texts);
        server.start();
        return server;
    }

    /** Builds the server without starting it. */
    public static FusekiServer build(ServerConfig config, DatasetGraph store, QueryCatalogue queries) {
        return build(config, store, queries, SourceBundle.builtIn()::dataFile);
    }

    /**
     * Builds the server; {@code texts} finds a source document's text by its {@code kkg:textFile} name (the
     * article view serves it), beside the data the store was built from.
     */
    public static FusekiServer build(ServerConfig config, DatasetGraph store, QueryCatalogue queries, Function<String, Path> texts) {
        DatasetGraph dataset = restrict(store, config);
        GeoFunctionErrors.contain();
        FusekiServer server = FusekiServer.create()
                .port(config.port())
                .verbose(config.verbose())
                .enablePing(true)
                .enableMetrics(true)
                .enableStats(false)
                .enableTasks(false)
                .enableCompact(false)
                .enableCors(false)
                .add(DATASET, readOnlyService(dataset))
                .fusekiModules(modules(dataset, queries, config, texts))
                .build();
        bindHost(server, config);
        compressAssets(server);
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(new NotFoundPage());
        return server;
    }

    /**
     * Jetty's gzip handler in front of the web interface's static files and pages (the SPARQL editor's YASGUI is
     * about 1 MB of script): compressed when the browser asks for it; the API's and the endpoint's answers are
     * left as they stream.
     */
    private static void compressAssets(FusekiServer server) {
        Server jetty = server.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedPaths("/web/*", "/webjars/*", "/place/*", "/article", "/article/*", "/sources", "/disputed", "/sparql-editor");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /** One module a feature: the guard first, then named queries, the answers API, linked data and the web UI. */
    private static FusekiModules modules(DatasetGraph dataset, QueryCatalogue queries, ServerConfig config,
                                         Function<String, Path> texts) {
        long timeoutMillis = config.queryTimeout().toMillis();
        // One runner, so the store's labels are indexed once for the named queries and the API alike.
        NamedQueryRunner runner = new NamedQueryRunner(dataset, timeoutMillis);
        ControlAnswers control = new ControlAnswers(dataset, queries, runner);
        SourceAnswers sources = new SourceAnswers(dataset, queries, runner);
        return FusekiModules.create(
                new GuardModule(DATASET, config.publicMetrics(), config.limits()),
                new QueriesModule(queries, runner),
                new ApiModule(control, new ClaimAnswers(dataset, queries, runner), sources, dataset, texts),
                new LinkedDataModule(dataset, DATASET + "/sparql"),
                new WebModule(control, new PlaceAnswers(dataset), sources));
    }

    /** Query and Graph Store read only: with no update endpoint, an update sent anywhere gets a 4xx. */
    private static DataService readOnlyService(DatasetGraph dataset) {
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .build();
    }

    /**
     * The store as this server serves it: a wrapper whose own context carries the limits, where Fuseki's
     * query execution reads them (the builder has no context of its own in Jena 5.6). Wrapping keeps the
     * store itself untouched, so two servers over one store can have different limits.
     */
    private static DatasetGraph restrict(DatasetGraph store, ServerConfig config) {
        Context context = store.getContext() == null ? new Context() : store.getContext().copy();
        // "T,T": the same bound on the first row and on the whole query, so no query outlives the timeout.
        long millis = config.queryTimeout().toMillis();
        context.set(ARQ.queryTimeout, millis + "," + millis);
        if (config.allowService()) {
            context.set(ARQ.httpServiceAllowed, true);
        } else {
            ServicePolicy.refuseService(context);
        }
        return new DatasetGraphWrapper(store, context);
    }

    /**
     * Binds the interface, and reads {@code X-Forwarded-Proto}/{@code Host} (or {@code Forwarded}) into the request's
     * scheme and host (Jetty's customizer), so the absolute URLs the server writes name the proxy's public address;
     * the client's address comes from those headers only through a trusted proxy ({@link TrustedProxies}).
     */
    private static void bindHost(FusekiServer server, ServerConfig config) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(config.host());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().addCustomizer(new TrustedProxies(config.trustedProxies()));
                }
            }
        }
    }
}

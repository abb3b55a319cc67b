package org.kidalkg.http.guard;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What keeps a public endpoint read-only and out of trouble with hostile input, as a Fuseki module. In front of
 * every route, in order: CORS for reads only ({@link ReadOnlyCors}); read-only methods
 * ({@link ReadOnlyMethodsFilter}: 405); request bodies up to 1 MiB (Jetty's {@link SizeLimitHandler}: 413); error
 * messages that hold non-ASCII text ({@link ErrorLengthFilter}: a 400 stays a 400). And Fuseki's query operation
 * replaced by {@link GuardedQuery}, which refuses queries too costly to parse or too deep to evaluate (400).
 *
 * <pre>{@code
 * FusekiServer.create().add("/kidal", dataService).fusekiModules(FusekiModules.create(new GuardModule("/kidal")));
 * }</pre>
 */
public final class GuardModule implements FusekiModule {
    /**
     * The largest request body: 1 MiB is far above any real SPARQL query (the named queries are under 3 KB) and
     * small enough that 32 at once cost little.
     */
    public static final long MAX_BODY = 1L << 20;

    private final String dataset;

    /** @param dataset the served dataset's path: queries may be posted only there */
    public GuardModule(String dataset) {
        this.dataset = dataset;
    }

    @Override
    public String name() {
        return "kidal-kg guard";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new ReadOnlyCors())
                .addFilter("/*", new ReadOnlyMethodsFilter(dataset))
                .addFilter("/*", new ErrorLengthFilter())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery());
    }

    /** Jetty's own request size limit, around everything (declared and streamed bodies alike). */
    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        SizeLimitHandler limit = new SizeLimitHandler(MAX_BODY, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }
}

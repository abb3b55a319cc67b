package org.kidalkg.http.guard;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What keeps a public endpoint read-only and out of trouble with hostile input, as a Fuseki module. In front of
 * every route, in order: CORS for reads only ({@link ReadOnlyCors}); read-only methods
 * ({@link ReadOnlyMethodsFilter}: 405); request bodies up to {@link ServerLimits#maxBody()} (Jetty's
 * {@link SizeLimitHandler}: 413); error
 * messages that hold non-ASCII text ({@link ErrorLengthFilter}: a 400 stays a 400). And Fuseki's query operation
 * replaced by {@link GuardedQuery}, which refuses queries too costly to parse or too deep to evaluate (400).
 *
 * <pre>{@code
 * FusekiServer.create().add("/kidal", dataService).fusekiModules(FusekiModules.create(new GuardModule("/kidal", false, ServerLimits.defaults())));
 * }</pre>
 */
public final class GuardModule implements FusekiModule {
    private final String dataset;
    private final boolean publicMetrics;
    private final ServerLimits limits;

    /**
     * @param dataset       the served dataset's path: queries may be posted only there
     * @param publicMetrics whether {@code /$/metrics} answers other hosts (else 403 but to loopback)
     * @param limits        the limits requests are held to
     */
    public GuardModule(String dataset, boolean publicMetrics, ServerLimits limits) {
        this.dataset = dataset;
        this.publicMetrics = publicMetrics;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "kidal-kg guard";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        HeapBudget.start();
        builder.addFilter("/*", new ReadOnlyCors())
                .addFilter("/*", new ReadOnlyMethodsFilter(dataset))
                .addFilter("/*", new ErrorLengthFilter())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery(limits));
    }

    /**
     * Jetty handlers around everything: the security headers ({@link SecurityHeaders}), the health check answered
     * before anything else ({@link Ping}), Jetty's own request size limit (declared and streamed bodies alike), then the limits on slow and greedy clients ({@link ClientLimits}).
     */
    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler inner = ClientLimits.around(jetty, jetty.getHandler(), limits);
        if (!publicMetrics) {
            // Fuseki's /$/metrics names every route and its load: for the operator, on this host.
            ConditionalHandler.Reject metrics = new ConditionalHandler.Reject(inner, HttpStatus.FORBIDDEN_403);
            metrics.includePath("/$/metrics");
            metrics.excludeInetAddressPattern("127.0.0.0/8", "::1");
            inner = metrics;
        }
        SizeLimitHandler limit = new SizeLimitHandler(limits.maxBody(), -1);
        limit.setHandler(inner);
        SecurityHeaders headers = new SecurityHeaders();
        headers.setHandler(new Ping(limit));
        jetty.setHandler(headers);
    }
}

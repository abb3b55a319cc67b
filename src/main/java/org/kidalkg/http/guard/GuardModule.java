package org.kidalkg.http.guard;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * What keeps a public endpoint read-only and out of trouble with hostile input, as a Fuseki module. In front of
 * every route, in order: CORS for reads only ({@link ReadOnlyCors}); read-only methods
 * ({@link ReadOnlyMethodsFilter}: 405); request bodies up to 1 MiB ({@link BodySizeLimitFilter}: 413); queries
 * too costly to parse or too deep to evaluate ({@link QueryComplexityFilter}: 400); error messages that hold
 * non-ASCII text ({@link ErrorLengthFilter}: a 400 stays a 400).
 *
 * <pre>{@code
 * FusekiServer.create().add("/kidal", dataService).fusekiModules(FusekiModules.create(new GuardModule("/kidal")));
 * }</pre>
 */
public final class GuardModule implements FusekiModule {
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
                .addFilter("/*", new BodySizeLimitFilter(BodySizeLimitFilter.DEFAULT_LIMIT))
                .addFilter(dataset + "/*", new QueryComplexityFilter())
                .addFilter("/*", new ErrorLengthFilter());
    }
}

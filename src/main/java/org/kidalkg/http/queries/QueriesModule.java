package org.kidalkg.http.queries;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;

/**
 * The named queries as a Fuseki module: {@code GET /queries} lists them, {@code GET /queries/{name}?param=value}
 * runs one, {@code GET /queries/{name}.rq} gives its text with the parameters bound.
 *
 * <pre>{@code
 * FusekiServer.create().fusekiModules(FusekiModules.create(new QueriesModule(catalogue, runner)));
 * }</pre>
 */
public final class QueriesModule implements FusekiModule {
    private final QueryCatalogue catalogue;
    private final NamedQueryRunner runner;

    public QueriesModule(QueryCatalogue catalogue, NamedQueryRunner runner) {
        this.catalogue = catalogue;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "kidal-kg named queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addProcessor("/queries/*", new NamedQueryRoute(catalogue, runner));
    }
}

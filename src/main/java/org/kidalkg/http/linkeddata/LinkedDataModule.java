package org.kidalkg.http.linkeddata;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Linked data as a Fuseki module: {@code /id/*} answers for {@code https://w3id.org/kidal-kg/id/*},
 * {@code /ontology} for the ontology IRI, {@code /context.jsonld} and {@code /.well-known/void}, each in the
 * syntax the client negotiates; and at the SPARQL endpoint, its Service Description (a GET with no query) and the
 * output names clients send that Fuseki lacks ({@code format=rdf+xml}, {@code n3}); the dataset's dump
 * ({@code /dump/kidal-kg.nq.gz}) and a Graph Store read that gives each quad once ({@link NamedGraphsRead}).
 *
 * <pre>{@code
 * FusekiServer.create().fusekiModules(FusekiModules.create(new LinkedDataModule(store, "/kidal/sparql")));
 * }</pre>
 */
public final class LinkedDataModule implements FusekiModule {
    private final DatasetGraph store;
    private final String sparqlPath;

    /** {@code sparqlPath} is the SPARQL endpoint on this server: the VoID description names it, it describes itself. */
    public LinkedDataModule(DatasetGraph store, String sparqlPath) {
        this.store = store;
        this.sparqlPath = sparqlPath;
    }

    @Override
    public String name() {
        return "kidal-kg linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addProcessor("/id/*", new EntityRoute(store))
                .addProcessor("/ontology/*", new OntologyRoute(store))
                .addProcessor("/context.jsonld", new ContextRoute())
                .addProcessor(VoidRoute.PATH, new VoidRoute(store, sparqlPath))
                .addProcessor(DumpRoute.PATH, new DumpRoute(store))
                .registerOperation(Operation.GSP_R, new NamedGraphsRead())
                .addFilter(sparqlPath, new FormatNames())
                .addFilter(sparqlPath, new ServiceDescriptionRoute(store));
    }
}

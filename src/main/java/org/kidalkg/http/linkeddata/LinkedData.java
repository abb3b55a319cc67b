package org.kidalkg.http.linkeddata;

import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServlet;

/**
 * The linked-data servlets the server registers: {@code /id/*} for {@code https://w3id.org/kidal-kg/id/*},
 * {@code /ontology} for the ontology IRI, {@code /context.jsonld} and {@code /.well-known/void}.
 *
 * <pre>{@code
 * FusekiServer.create()
 *     .addServlet("/id/*", LinkedData.entities(store))
 *     .addServlet("/ontology", LinkedData.ontology(store))
 *     .addServlet("/context.jsonld", LinkedData.context())
 *     .addServlet("/.well-known/void", LinkedData.voidDescription(store, "/kidal/sparql"));
 * }</pre>
 */
public final class LinkedData {
    private LinkedData() {}

    /** Answers {@code /id/X} with the description of {@code https://w3id.org/kidal-kg/id/X}. */
    public static HttpServlet entities(DatasetGraph store) {
        return new EntityServlet(store);
    }

    /** Answers {@code /ontology} with the ontology graph. */
    public static HttpServlet ontology(DatasetGraph store) {
        return new OntologyServlet(store);
    }

    /** Answers {@code /context.jsonld} with the published JSON-LD context. */
    public static HttpServlet context() {
        return new ContextServlet();
    }

    /** Answers {@code /.well-known/void}, naming the SPARQL endpoint at {@code sparqlPath} on this server. */
    public static HttpServlet voidDescription(DatasetGraph store, String sparqlPath) {
        return new VoidServlet(store, sparqlPath);
    }
}

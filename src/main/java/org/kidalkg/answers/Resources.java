package org.kidalkg.answers;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.Views.Ref;
import org.kidalkg.query.ResourceResolver;

/** Turns what a user typed for a place or claimant into a {@link Ref}: 404 when the graph does not know it. */
final class Resources {
    private static final ResourceQuery LABEL = ResourceQuery.load("label.rq");

    private final DatasetGraph dataset;
    private final ResourceResolver resolver;

    Resources(DatasetGraph dataset, ResourceResolver resolver) {
        this.dataset = dataset;
        this.resolver = resolver;
    }

    /** The resource {@code value} names; {@code name} is the parameter, for the error message. */
    Ref resolve(String name, String value) {
        Node node;
        try {
            node = resolver.resolve(Params.required(name, value)).orElseThrow(() -> ApiException.notFound(name, value));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
        // An IRI is taken at its word by the resolver: it is only known if the graph labels it.
        String label = label(node);
        if (label == null) {
            throw ApiException.notFound(name, value);
        }
        return new Ref(node.getURI(), label);
    }

    /** The label of {@code node}, or null. */
    String label(Node node) {
        List<QuerySolution> rows = LABEL.rows(dataset, Map.of("resource", node));
        return rows.isEmpty() ? null : rows.get(0).getLiteral("label").getLexicalForm();
    }
}

package org.kidalkg.answers;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.Views.Ref;
import org.kidalkg.query.Labels;
import org.kidalkg.query.ResourceResolver;

/** Turns what a user typed for a place or claimant into a {@link Ref}: 404 when the graph does not know it. */
final class Resources {
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

    /** The label of {@code node} by {@link Labels}' one rule, or null. */
    String label(Node node) {
        return Labels.of(dataset, node).orElse(null);
    }

    /** The resource {@code iri} as a {@link Ref}, with its label by {@link Labels}' one rule (null: none). */
    Ref ref(String iri) {
        return iri == null ? new Ref(null, null) : new Ref(iri, label(NodeFactory.createURI(iri)));
    }
}

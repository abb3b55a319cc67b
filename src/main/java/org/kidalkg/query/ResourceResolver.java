package org.kidalkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.vocab.KKG;
import org.kidalkg.vocab.Prefixes;

/**
 * Turns what a user types for a place or an actor ("Kidal", "FAMa", "anefis", a {@code kid:} name or a
 * full IRI) into the resource it names, matching labels and aliases case-insensitively.
 */
public final class ResourceResolver {
    private static final Query BY_LABEL = QueryFactory.create(Prefixes.sparql() + """
            SELECT DISTINCT ?resource WHERE {
              VALUES ?labelProperty { rdfs:label skos:prefLabel skos:altLabel }
              ?resource ?labelProperty ?label .
              FILTER(isIRI(?resource) && lcase(str(?label)) = lcase(str(?text)))
            } ORDER BY ?resource""");

    private final DatasetGraph dataset;

    public ResourceResolver(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The resource {@code text} names, if exactly one does; an ambiguous label is an error naming the candidates. */
    public Optional<Node> resolve(String text) {
        String t = text.trim();
        if (t.startsWith("kid:")) {
            return Optional.of(NodeFactory.createURI(KKG.ID + t.substring(4)));
        }
        if (IRIs.check(t) && t.contains(":") && (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("urn:"))) {
            return Optional.of(NodeFactory.createURI(t));
        }
        List<Node> matches = Txn.calculateRead(dataset, () -> byLabel(t));
        if (matches.size() > 1) {
            throw new IllegalArgumentException("'" + t + "' is ambiguous: it labels " + matches);
        }
        return matches.stream().findFirst();
    }

    private List<Node> byLabel(String text) {
        List<Node> found = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(BY_LABEL)
                .substitution("text", ResourceFactory.createStringLiteral(text)).build()) {
            ResultSet rows = exec.execSelect();
            rows.forEachRemaining(row -> found.add(row.get("resource").asNode()));
        }
        return found;
    }
}

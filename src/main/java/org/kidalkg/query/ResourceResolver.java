package org.kidalkg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.kidalkg.vocab.KKG;
import org.kidalkg.vocab.Names;

/**
 * Turns what a user types for a place or an actor ("Kidal", "FAMa", "anefis", "Forces armées maliennes", a
 * {@code kid:} name or a full IRI) into the resource it names, matching labels and aliases in any language the way
 * {@link Names#fold} compares names: without case or accents.
 *
 * <p>The labels are indexed once, on first use: the store is read-only while served, and a lookup must
 * not scan every label of a large store on each request.
 */
public final class ResourceResolver {
    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private final DatasetGraph dataset;
    private Map<String, List<Node>> byLabel;

    public ResourceResolver(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The resource {@code text} names, if exactly one does; an ambiguous label is an error naming the candidates. */
    public Optional<Node> resolve(String text) {
        String t = text.trim();
        if (t.startsWith("kid:")) {
            String iri = KKG.ID + t.substring(4);
            if (!IRIs.check(iri)) {
                throw new IllegalArgumentException("'" + t + "' is not a valid kid: name (it makes the IRI <" + iri + ">)");
            }
            return Optional.of(NodeFactory.createURI(iri));
        }
        if (IRIs.check(t) && (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("urn:"))) {
            return Optional.of(NodeFactory.createURI(t));
        }
        List<Node> matches = index().getOrDefault(key(t), List.of());
        if (matches.size() > 1) {
            throw new IllegalArgumentException("'" + t + "' is ambiguous: it labels " + matches);
        }
        return matches.stream().findFirst();
    }

    private synchronized Map<String, List<Node>> index() {
        if (byLabel == null) {
            byLabel = Txn.calculateRead(dataset, this::readLabels);
        }
        return byLabel;
    }

    private Map<String, List<Node>> readLabels() {
        Map<String, TreeSet<String>> iris = new HashMap<>();
        for (Node property : LABEL_PROPERTIES) {
            dataset.find(Quad.unionGraph, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isLiteral()) {
                    iris.computeIfAbsent(key(q.getObject().getLiteralLexicalForm()), k -> new TreeSet<>()).add(q.getSubject().getURI());
                }
            });
        }
        Map<String, List<Node>> index = new HashMap<>();
        iris.forEach((label, set) -> {
            List<Node> nodes = new ArrayList<>();
            set.forEach(iri -> nodes.add(NodeFactory.createURI(iri)));
            index.put(label, List.copyOf(nodes));
        });
        return index;
    }

    private static String key(String label) {
        return Names.fold(label);
    }
}

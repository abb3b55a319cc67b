package org.kidalkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The named graphs of a kidal-kg dataset: one for the ontology, one per source, one per inference rule. */
public final class Graphs {
    /** Base of every graph name. */
    public static final String NS = "https://w3id.org/kidal-kg/graph/";

    /** The ontology, its alignments and concept schemes. */
    public static final Node ONTOLOGY = NodeFactory.createURI(NS + "ontology");

    private static final String SOURCE_PREFIX = NS + "source/";
    private static final String INFERRED_PREFIX = NS + "inferred/";

    private Graphs() {}

    /** The graph holding one source document's encoding, named after its TriG file. */
    public static Node source(String name) {
        return NodeFactory.createURI(SOURCE_PREFIX + name);
    }

    /** The graph holding what one rule concluded, so every inferred triple can be traced to its rule. */
    public static Node inferred(String ruleName) {
        return NodeFactory.createURI(INFERRED_PREFIX + ruleName);
    }

    /** Whether a graph holds materialised inferences rather than asserted data. */
    public static boolean isInferred(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(INFERRED_PREFIX);
    }

    /** The rule name of an inferred graph. */
    public static String ruleOf(Node graph) {
        return graph.getURI().substring(INFERRED_PREFIX.length());
    }
}

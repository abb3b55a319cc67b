package org.kidalkg.query;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a resource is called, the one rule for every answer (the {@code /api} JSON, the {@code /id} pages, the
 * article view): its {@code rdfs:label}, else its {@code skos:prefLabel}, in English or untagged, in any graph;
 * where one resource has several of one kind, the first in lexical order, so the choice never depends on
 * storage order. {@link ResourceResolver} goes the other way (a typed name to the resource).
 *
 * <pre>{@code
 * Labels.of(store, NodeFactory.createURI(KKG.ID + "Kidal"))   // Optional[Kidal]
 * }</pre>
 */
public final class Labels {
    private static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private Labels() {}

    /** The label of {@code node}, or empty when the store labels it neither way. */
    public static Optional<String> of(DatasetGraph store, Node node) {
        return Txn.calculateRead(store, () -> {
            for (Node property : PROPERTIES) {
                Optional<String> label = store.stream(Node.ANY, node, property, Node.ANY)
                        .map(quad -> quad.getObject())
                        .filter(Labels::englishOrUntagged)
                        .map(Node::getLiteralLexicalForm)
                        .min(String::compareTo);
                if (label.isPresent()) {
                    return label;
                }
            }
            return Optional.empty();
        });
    }

    /** The label of {@code node}, else its IRI (or blank node label): what a page shows for it. */
    public static String orName(DatasetGraph store, Node node) {
        return of(store, node).orElseGet(() -> node.isURI() ? node.getURI() : node.toString());
    }

    /**
     * {@code text} as a terminal or a page may show it without being fooled: control characters (ESC, NUL, newline,
     * which can drive a terminal or break a table), format characters (the bidi controls that reverse what follows,
     * such as U+202E, and the invisible ones: zero-width space and joiners, U+FEFF) and line separators are written
     * {@code <U+202E>}, so a label can neither spoof another nor reach the terminal as a command. Other text is kept.
     */
    public static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(Labels::hidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (hidden(c)) {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean englishOrUntagged(Node object) {
        if (!object.isLiteral()) {
            return false;
        }
        String lang = object.getLiteralLanguage();
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-");
    }
}

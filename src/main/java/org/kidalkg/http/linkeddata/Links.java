package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.query.Labels;
import org.kidalkg.vocab.KKG;

/** Where our IRIs are answered on this server, and what to call a node on a page. */
final class Links {
    /** The local path answering {@code https://w3id.org/kidal-kg/id/X}. */
    static final String ID_PATH = "/id/";
    /** The local path answering the ontology IRI and its {@code #terms}. */
    static final String ONTOLOGY_PATH = "/ontology";

    private Links() {}

    /** Our IRIs become local links (the w3id.org redirects are not registered yet); others stay as they are. */
    static String href(String iri) {
        if (iri.startsWith(KKG.ID)) {
            return ID_PATH + iri.substring(KKG.ID.length());
        }
        if (iri.startsWith(KKG.ONTOLOGY)) {
            return ONTOLOGY_PATH + iri.substring(KKG.ONTOLOGY.length());
        }
        return iri;
    }

    /**
     * Whether a page may make {@code href} a link: our own paths and http(s) only. Data can hold any IRI
     * ({@code "url": "javascript:..."} in an ingested document), and a {@code javascript:} or {@code data:} link
     * runs in our origin when clicked; such an IRI is shown as text.
     */
    static boolean followable(String href) {
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        return href.startsWith(ID_PATH) || href.startsWith(ONTOLOGY_PATH) || lower.startsWith("http://")
                || lower.startsWith("https://");
    }

    /** What a page calls the node: {@link Labels}' one rule, else its IRI. */
    static String label(DatasetGraph store, Node node) {
        return Labels.orName(store, node);
    }
}

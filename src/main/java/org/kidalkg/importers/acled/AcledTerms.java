package org.kidalkg.importers.acled;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.kidalkg.vocab.KKG;

/** The IRIs the ACLED mapping writes: ontology terms, other vocabularies' terms, and minted individuals. */
final class AcledTerms {
    private AcledTerms() {}

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String GEO = "http://www.opengis.net/ont/geosparql#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    static final Node type = uri(RDF + "type");
    static final Node value = uri(RDF + "value");
    static final Node label = uri(RDFS + "label");
    static final Node identifier = uri(DCT + "identifier");
    static final Node title = uri(DCT + "title");
    static final Node format = uri(DCT + "format");
    static final Node issued = uri(DCT + "issued");
    static final Node conformsTo = uri(DCT + "conformsTo");
    /** RFC 7111, URI fragment identifiers for text/csv: the selector's value is {@code row=N}. */
    static final Node RFC7111 = uri("http://tools.ietf.org/rfc/rfc7111");
    static final Node SpecificResource = uri(OA + "SpecificResource");
    static final Node FragmentSelector = uri(OA + "FragmentSelector");
    static final Node hasSource = uri(OA + "hasSource");
    static final Node hasSelector = uri(OA + "hasSelector");
    static final Node Geometry = uri(GEO + "Geometry");
    static final Node hasGeometry = uri(GEO + "hasGeometry");
    static final Node asWKT = uri(GEO + "asWKT");
    static final String WKT = GEO + "wktLiteral";

    static Node kkg(String local) {
        return uri(KKG.NS + local);
    }

    static Node id(String local) {
        return uri(KKG.ID + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A lower-case, IRI-safe spelling of a name: letters and digits kept, runs of anything else as one dash. */
    static String slug(String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder s = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && cp < 128) {
                s.append((char) Character.toLowerCase(cp));
                dash = false;
            } else if (!dash && s.length() > 0) {
                s.append('-');
                dash = true;
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(0, end);
    }
}

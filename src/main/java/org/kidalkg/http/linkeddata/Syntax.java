package org.kidalkg.http.linkeddata;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.kidalkg.http.common.Negotiation.Representation;

/** The representations a linked-data resource is served in, with the {@code ?format=} name of each. */
public enum Syntax implements Representation {
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES),
    HTML("html", "text/html", null);

    private final String parameter;
    private final String mediaType;
    private final Lang lang;

    Syntax(String parameter, String mediaType, Lang lang) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The value of {@code ?format=} that asks for this syntax. */
    @Override
    public String parameter() { return parameter; }

    /** The media type sent in {@code Content-Type}. */
    @Override
    public String mediaType() { return mediaType; }

    /** Jena's language for the RDF syntaxes; null for HTML. */
    public Lang lang() { return lang; }

    /** The RDF syntaxes only, Turtle first (it is the default). */
    public static List<Syntax> rdf() {
        return List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    }

    /** Every syntax, Turtle first. */
    public static List<Syntax> all() {
        return List.of(values());
    }
}

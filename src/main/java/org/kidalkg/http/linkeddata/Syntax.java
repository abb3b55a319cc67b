package org.kidalkg.http.linkeddata;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.kidalkg.http.common.Negotiation.Representation;

/**
 * The representations a linked-data resource is served in, with the {@code ?format=} names clients send for
 * each (ours first, then Fuseki's and SPARQLWrapper's: {@code turtle}, {@code n3}, {@code json-ld}, {@code xml},
 * {@code rdf+xml}…) and the media types an {@code Accept} header may ask for it by.
 */
public enum Syntax implements Representation {
    // N3 is a superset of Turtle: a client asking for N3 reads Turtle.
    TURTLE(List.of("ttl", "turtle", "n3"), List.of("text/turtle", "application/x-turtle", "text/n3"), Lang.TURTLE),
    // Plain JSON clients get JSON-LD, which is JSON.
    JSONLD(List.of("jsonld", "json-ld", "json"), List.of("application/ld+json", "application/json"), Lang.JSONLD),
    RDFXML(List.of("rdf", "xml", "rdf+xml", "rdfxml"), List.of("application/rdf+xml"), Lang.RDFXML),
    NTRIPLES(List.of("nt", "ntriples", "n-triples"), List.of("application/n-triples"), Lang.NTRIPLES),
    HTML(List.of("html"), List.of("text/html", "application/xhtml+xml"), null);

    private final List<String> names;
    private final List<String> acceptedAs;
    private final Lang lang;

    Syntax(List<String> names, List<String> acceptedAs, Lang lang) {
        this.names = names;
        this.acceptedAs = acceptedAs;
        this.lang = lang;
    }

    @Override
    public String parameter() { return names.get(0); }

    @Override
    public List<String> names() { return names; }

    /** The media type sent in {@code Content-Type}. */
    @Override
    public String mediaType() { return acceptedAs.get(0); }

    @Override
    public List<String> acceptedAs() { return acceptedAs; }

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

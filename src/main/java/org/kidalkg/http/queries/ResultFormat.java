package org.kidalkg.http.queries;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.kidalkg.http.common.Negotiation.Representation;

/**
 * The SPARQL results formats a named query answers in, JSON first (the default). Only the results media types
 * ask for XML: a browser's {@code application/xml;q=0.9} is not a request for SPARQL results, so it gets JSON.
 */
enum ResultFormat implements Representation {
    JSON("json", ResultSetLang.RS_JSON),
    XML("xml", ResultSetLang.RS_XML),
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV);

    private final String parameter;
    private final Lang lang;
    private final List<String> acceptedAs;

    ResultFormat(String parameter, Lang lang, String... aliases) {
        this.parameter = parameter;
        this.lang = lang;
        List<String> types = new ArrayList<>(List.of(lang.getHeaderString()));
        types.addAll(List.of(aliases));
        this.acceptedAs = List.copyOf(types);
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public String mediaType() {
        return lang.getHeaderString();
    }

    @Override
    public List<String> acceptedAs() {
        return acceptedAs;
    }

    /** Jena's results language for this format. */
    Lang lang() {
        return lang;
    }

    static List<ResultFormat> all() {
        return List.of(values());
    }
}

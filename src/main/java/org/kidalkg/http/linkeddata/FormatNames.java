package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.riot.web.HttpNames;
import org.kidalkg.http.common.Negotiation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The SPARQL endpoint's output names as clients send them: SPARQLWrapper asks for RDF/XML with
 * {@code format=rdf+xml} and for N3 with {@code n3}, names Fuseki's own list ({@link Responses#shortNamesGraph})
 * lacks, so it answers 400. A name Fuseki does not know and our {@link Syntax} does is replaced by its media type,
 * which Fuseki takes as an output name too; Fuseki's own names are left to it ({@code json} means JSON results
 * for a SELECT there, JSON-LD for a CONSTRUCT).
 */
final class FormatNames implements Filter {
    /** The parameters that name an output format. */
    static final List<String> PARAMETERS = List.of(HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Map<String, String> renamed = new HashMap<>();
        for (String parameter : PARAMETERS) {
            String value = request.getParameter(parameter);
            String type = value == null ? null : mediaType(value);
            if (type != null) {
                renamed.put(parameter, type);
            }
        }
        chain.doFilter(renamed.isEmpty() ? req : new Renamed(request, renamed), res);
    }

    /** The media type for a name only we know, else null. */
    static String mediaType(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (lower.contains("/") || Responses.shortNamesGraph.containsKey(lower) || Responses.shortNamesResultSet.containsKey(lower)) {
            return null;
        }
        return Negotiation.byName(name, Syntax.rdf()).map(Syntax::mediaType).orElse(null);
    }

    /** The request with some parameters' values replaced. */
    private static final class Renamed extends HttpServletRequestWrapper {
        private final Map<String, String> renamed;

        Renamed(HttpServletRequest request, Map<String, String> renamed) {
            super(request);
            this.renamed = renamed;
        }

        @Override
        public String getParameter(String name) {
            return renamed.containsKey(name) ? renamed.get(name) : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return renamed.containsKey(name) ? new String[] {renamed.get(name)} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            renamed.forEach((k, v) -> map.put(k, new String[] {v}));
            return map;
        }
    }
}

package org.kidalkg.http.linkeddata;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /kidal/sparql} with no parameters (but an output format): the Service Description, as SPARQL 1.1
 * Service Description asks of an endpoint dereferenced without a query string, in any RDF syntax offered. A filter
 * in front of Fuseki's query operation, which would answer 400; every other request (a query, or an update that a
 * GET may not carry) goes on to Fuseki untouched.
 */
final class ServiceDescriptionRoute extends RdfRoute implements Filter {
    private final DatasetGraph store;

    ServiceDescriptionRoute(DatasetGraph store) {
        super("/kidal/sparql (service description)", Syntax.rdf());
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && FormatNames.PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            get(request, (HttpServletResponse) res);
            return;
        }
        chain.doFilter(req, res);
    }

    @Override
    Graph describe(HttpServletRequest request) {
        String endpoint = PublicUrl.of(request) + request.getRequestURI();
        return ServiceDescription.of(store, endpoint, PublicUrl.of(request) + VoidRoute.PATH);
    }
}

package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.kidalkg.http.common.JsonResponses;
import org.kidalkg.http.common.Negotiation;
import org.kidalkg.http.common.Route;
import org.kidalkg.vocab.Prefixes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET answered with one graph in the representation the client asks for: {@code ?format=} or
 * {@code Accept}, a JSON 406 when none fits, a JSON 404 when there is nothing to describe, always
 * {@code Vary: Accept}, {@code Content-Location} (the representation's own URL) and a {@code Link} header to the
 * other representations and to the IRI the URL answers for.
 */
abstract class RdfRoute extends Route {
    private final List<Syntax> offered;

    RdfRoute(String name, List<Syntax> offered) {
        super(name);
        this.offered = offered;
    }

    /** The graph to answer with; empty means 404. */
    abstract Graph describe(HttpServletRequest request);

    /** The HTML page for {@code graph}; only called when HTML is offered. */
    String html(HttpServletRequest request, Graph graph) {
        throw new UnsupportedOperationException("no HTML page here");
    }

    /** The IRI this URL answers for (a {@code w3id.org} IRI), named by a {@code rel="canonical"} link; null if none. */
    String canonical(HttpServletRequest request) {
        return null;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Syntax syntax = Negotiation.choose(request.getParameter("format"), request.getHeader("Accept"), offered).orElse(null);
        if (syntax == null) {
            Negotiation.notAcceptable(response, offered);
            return;
        }
        Graph graph = describe(request);
        if (graph.isEmpty()) {
            JsonResponses.error(response, 404, "not found", "Nothing is known about " + request.getRequestURI());
            return;
        }
        response.setStatus(200);
        String canonical = canonical(request);
        String alternates = Negotiation.alternates(request.getRequestURI(), offered, syntax);
        response.setHeader("Link", canonical == null ? alternates : "<" + canonical + ">; rel=\"canonical\", " + alternates);
        // The representation sent, as a URL of its own: what a client caches or cites for this format.
        response.setHeader("Content-Location", request.getRequestURI() + "?format=" + syntax.parameter());
        response.setContentType(syntax.mediaType() + "; charset=utf-8");
        write(syntax, graph, request, response.getOutputStream());
    }

    private void write(Syntax syntax, Graph graph, HttpServletRequest request, OutputStream out) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        switch (syntax) {
            case HTML -> out.write(html(request, graph).getBytes(StandardCharsets.UTF_8));
            case JSONLD -> JsonLdWriter.write(graph, out);
            case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
            case RDFXML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
            case NTRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
        }
        out.flush();
    }
}

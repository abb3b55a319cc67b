package org.kidalkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parses RDF files strictly, turning the first syntax error or warning into a {@link LoadException}. */
public final class RdfFiles {
    private RdfFiles() {}

    /** Reads a Turtle (or other triple-syntax) file into a fresh graph. */
    public static Graph readGraph(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        parse(file, StreamRDFLib.graph(graph));
        return graph;
    }

    /**
     * Reads a file into {@code target}: a TriG file's named graphs keep their names; triples in a file's
     * default graph go to {@code defaultGraph} so that every triple of a source sits in a named graph.
     */
    public static void readInto(Path file, DatasetGraph target, Node defaultGraph) {
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(target)) {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                target.add(defaultGraph, triple.getSubject(), triple.getPredicate(), triple.getObject());
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.isDefaultGraph() ? defaultGraph : quad.getGraph();
                target.add(g, quad.getSubject(), quad.getPredicate(), quad.getObject());
            }
        };
        parse(file, sink);
    }

    private static void parse(Path file, StreamRDF sink) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new LoadException(file.toString(), 0, "unknown RDF syntax (expected .ttl, .trig, .nt, .nq, .rdf or .jsonld)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString())
                    .errorHandler(new FailingErrorHandler(file.toString()))
                    .parse(sink);
        } catch (LoadException e) {
            throw e;
        } catch (RiotException e) {
            throw new LoadException(file.toString(), 0, e.getMessage());
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Warnings count as errors: a dubious IRI or literal in curated data is a defect to fix, not to load. */
    private record FailingErrorHandler(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new LoadException(file, line, where(col) + message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new LoadException(file, line, where(col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new LoadException(file, line, where(col) + message);
        }

        private static String where(long col) {
            return col > 0 ? "column " + col + ": " : "";
        }
    }
}

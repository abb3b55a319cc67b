package org.kidalkg.http.linkeddata;

import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes RDF as JSON-LD 1.1 compacted against our published context, with Titanium (bundled with Jena 5).
 * Jena's own JSON-LD 1.1 writer compacts against the prefixes only, so keys would read {@code kkg:claimant}.
 * The context is embedded, not referenced: the document then reads the same offline and before w3id.org
 * redirects exist.
 */
public final class JsonLdWriter {
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    private JsonLdWriter() {}

    /** Writes one graph. */
    public static void write(Graph graph, OutputStream out) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        graph.find().forEachRemaining(t -> dataset.getDefaultGraph().add(t));
        write(dataset, out);
    }

    /** Writes a dataset: named graphs become {@code {"id": graph, "@graph": [...]}} entries. */
    public static void write(DatasetGraph dataset, OutputStream out) {
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expand(dataset)), JsonDocument.of(JsonLdContext.document())).get();
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(writer).write(compacted);
            writer.write("\n");
            writer.flush();
        } catch (JsonLdError | java.io.IOException e) {
            throw new JenaException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** The dataset as expanded JSON-LD (the RDF-to-JSON-LD algorithm, keeping typed literals as they are). */
    private static JsonArray expand(DatasetGraph dataset) throws JsonLdError {
        QuadsToJsonld toJsonLd = JsonLd.fromRdf();
        dataset.find().forEachRemaining(q -> add(toJsonLd, q));
        return toJsonLd.toJsonLd();
    }

    private static void add(QuadsToJsonld toJsonLd, Quad q) {
        String graph = Quad.isDefaultGraph(q.getGraph()) ? null : resource(q.getGraph());
        Node o = q.getObject();
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                String datatype = lang == null ? o.getLiteralDatatypeURI() : RDF_LANG_STRING;
                toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(), datatype, lang, null, graph);
            } else {
                toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, graph);
            }
        } catch (RdfConsumerException e) {
            throw new JenaException("cannot write " + q + " as JSON-LD", e);
        }
    }

    private static String resource(Node node) {
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        if (node.isURI()) {
            return node.getURI();
        }
        throw new JenaException("JSON-LD 1.1 has no place for " + node);
    }
}

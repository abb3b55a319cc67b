package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.http.common.Route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dump/kidal-kg.nq.gz}: the whole dataset as gzipped N-Quads, the {@code void:dataDump} of the VoID
 * description. Every quad of every named graph, once: the default graph is their union, so it adds nothing. Sent
 * as N-Quads with {@code Content-Encoding: gzip}, so a client that decodes HTTP compression (a browser, Jena,
 * {@code curl --compressed}) reads N-Quads and one that does not saves the {@code .nq.gz} file its name promises.
 */
final class DumpRoute extends Route {
    /** Where the dump is served. */
    static final String PATH = "/dump/kidal-kg.nq.gz";

    private final DatasetGraph store;

    DumpRoute(DatasetGraph store) {
        super(PATH);
        this.store = store;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/n-quads");
        response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"kidal-kg.nq.gz\"");
        try (GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream())) {
            StreamRDF out = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
            out.start();
            Txn.executeRead(store, () -> store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad));
            out.finish();
        }
    }
}

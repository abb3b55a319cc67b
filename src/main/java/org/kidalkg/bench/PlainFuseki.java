package org.kidalkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The baseline the benchmarks compare with: a plain embedded Fuseki, as a Jena user would write one, serving
 * the same built graph (the jar's prebuilt RDF Thrift) at {@code /ds} with Fuseki's defaults and nothing of
 * ours in front. Run in a fresh JVM by the start-up benchmark: {@code java -cp kidal-kg.jar
 * org.kidalkg.bench.PlainFuseki PORT}.
 */
public final class PlainFuseki {
    /** Where the build packs the prebuilt graph in the jar. */
    static final String GRAPH = "kidal-kg/prebuilt/graph.rt";

    private PlainFuseki() {}

    public static void main(String[] args) {
        start(Integer.parseInt(args[0]), readGraph()).join();
    }

    /** A started plain Fuseki serving {@code dataset} at {@code /ds} on {@code port} (0: any free port). */
    public static FusekiServer start(int port, DatasetGraph dataset) {
        return FusekiServer.create().port(port).add("/ds", dataset).build().start();
    }

    /** The built graph from the jar, with its union as the default graph, as our in-memory store serves it. */
    static DatasetGraph readGraph() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (InputStream in = PlainFuseki.class.getClassLoader().getResourceAsStream(GRAPH)) {
            if (in == null) {
                throw new IllegalStateException(GRAPH + " is not on the classpath: run from the built jar");
            }
            RDFParser.source(in).lang(RDFLanguages.RDFTHRIFT).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.List<org.apache.jena.graph.Triple> union = new java.util.ArrayList<>();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        union.forEach(dataset.getDefaultGraph()::add);
        return dataset;
    }
}

package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.cli.Main;
import org.kidalkg.vocab.Graphs;

/** {@code ingest --tdb2}: a new store gets the built-in graph and the new source; the same source twice is refused. */
class IngestTdb2Test {
    @TempDir
    Path temp;

    @Test
    void ingestsIntoANewStoreAndRefusesTheSameSourceTwice() throws IOException {
        Path store = temp.resolve("store");
        Path json = temp.resolve("copy.json");
        Files.writeString(json, Files.readString(KidalIngestTest.ANNOTATIONS).replace("\"id\": \"france24-kidal-2023-11-14\"", "\"id\": \"kidal-copy\""));
        String[] args = {"ingest", KidalIngestTest.ARTICLE.toString(), json.toString(), "--tdb2", store.toString()};
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            assertTrue(Txn.calculateRead(dataset, () -> dataset.containsGraph(Graphs.source("kidal-copy"))
                    && dataset.containsGraph(Graphs.ONTOLOGY)
                    && dataset.containsGraph(NodeFactory.createURI(Graphs.NS + "inferred/control-period-end"))));
        } finally {
            TDBInternal.expel(dataset);
        }
        StringWriter again = new StringWriter();
        assertEquals(1, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(again)));
        assertTrue(again.toString().contains("already holds"), again.toString());
    }
}

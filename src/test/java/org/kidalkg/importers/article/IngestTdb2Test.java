package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // Another document making its own claims about the same propositions (their IRIs are shared).
        Files.writeString(json, Files.readString(KidalIngestTest.ANNOTATIONS).replace("\"id\": \"france24-kidal-2023-11-14\"", "\"id\": \"kidal-copy\"")
                .replace("\"id\": \"claim-", "\"id\": \"copy-claim-"));
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

    @Test
    void aSecondDocumentRestatingTheSameClaimsIsRefusedAsServed() throws IOException {
        // Validated with the data it will be served with, the same claim reported in two documents is an error
        // (file by file, each document alone passed, and the store got divergent duplicates).
        Path json = temp.resolve("restated.json");
        Files.writeString(json, Files.readString(KidalIngestTest.ANNOTATIONS).replace("\"id\": \"france24-kidal-2023-11-14\"", "\"id\": \"kidal-restated\""));
        Path store = temp.resolve("restated-store");
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"ingest", KidalIngestTest.ARTICLE.toString(), json.toString(), "--tdb2", store.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().contains(json + ": [Violation] kid:claim-goita-takeover kkg:reportedIn"), err.toString());
        assertFalse(Files.exists(store), "nothing was written");
    }
}

package org.kidalkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.cli.Main;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;
import org.kidalkg.importers.acled.AcledImporter;

/** The --tdb2 import validates and reasons chunk by chunk, and concludes what a whole-file build concludes. */
class CheckedChunksTest {
    private static final Path FIXTURE = Path.of("src/test/resources/acled/fixture.csv");

    @Test
    void chunkedImportHoldsWhatTheWholeFileBuildHolds(@TempDir Path dir) {
        Path tdb = dir.resolve("tdb");
        StringWriter err = new StringWriter();
        // Two rows a chunk (8 good rows): shared places and actors recur across chunks, and Tessalit's transfers fall in
        // different chunks, so the end of each period is concluded from the period the next chunk is given as context.
        int code = Main.run(new String[] {"import-acled", FIXTURE.toString(), "--tdb2", tdb.toString(), "--chunk-rows", "2"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("Validated and reasoned in 4 chunks"), err.toString());
        DatasetGraph chunked = DatabaseMgr.connectDatasetGraph(tdb.toString());
        Set<Triple> fromChunks = Txn.calculateRead(chunked, () -> aboutAcled(chunked));

        Main.run(new String[] {"import-acled", FIXTURE.toString(), "-o", dir.resolve("data/acled.trig").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        DatasetGraph whole = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(new Sources(SourceBundle.builtIn(), List.of(dir.resolve("data"))), line -> { }).dataset());
        Set<Triple> fromWholeFile = aboutAcled(whole);

        assertEquals(fromWholeFile, fromChunks, "asserted and inferred triples about the file's nodes");
        Node mnla = NodeFactory.createURI("https://w3id.org/kidal-kg/id/acled-actor-mnla-national-movement-for-the-liberation-of-azawad");
        assertTrue(Txn.calculateRead(chunked, () -> chunked.contains(Graphs.inferred("rdfs-subclass-types"), mnla, RDF.type.asNode(), NodeFactory.createURI(KKG.NS + "ArmedActor"))),
                "a rebel group is an armed actor, by the subclass rule, in that rule's graph");
    }

    @Test
    void aViolationStopsTheImportBeforeAnythingReachesTheStore() {
        List<Quad> stored = new ArrayList<>();
        CheckedChunks checked = Pipeline.of(SourceBundle.builtIn()).inChunks(stored::add, FIXTURE, 10, true,
                PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset());
        Node graph = AcledImporter.graphFor(FIXTURE);
        Node claim = NodeFactory.createURI("https://w3id.org/kidal-kg/id/acled-claim-no-claimant");
        checked.quad(Quad.create(graph, claim, RDF.type.asNode(), KKG.Claim));
        checked.endOfRow();

        InvalidDataException e = assertThrows(InvalidDataException.class, checked::endOfFile);
        assertTrue(e.getMessage().contains("acled-claim-no-claimant") && e.getMessage().contains("claimant"), e.getMessage());
        assertTrue(stored.isEmpty(), "nothing was passed on");
    }

    /** Every triple, asserted or inferred, whose subject is one of the ACLED mapping's nodes. */
    private static Set<Triple> aboutAcled(DatasetGraph dataset) {
        Set<Triple> found = new HashSet<>();
        dataset.find().forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().contains("/id/acled-") && !q.isDefaultGraph()) {
                found.add(q.asTriple());
            }
        });
        return found;
    }
}

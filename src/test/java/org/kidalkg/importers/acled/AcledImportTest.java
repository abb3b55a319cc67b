package org.kidalkg.importers.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.system.Txn;
import org.kidalkg.cli.Main;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * The hand-written ACLED fixture (10 rows over 11 lines, 2 of them bad, 3 transfers of Tessalit) imports
 * to TriG that passes the shapes with the built-in data, and who-controlled answers from it.
 */
class AcledImportTest {
    static final Path FIXTURE = Path.of("src/test/resources/acled/fixture.csv");
    /** The town: its admin1, admin2 and admin3 are all called Tessalit too, as in ACLED. */
    /** ACLED's Tessalit is the corpus's (MINUSMA's press release names it): one IRI per real place, none minted. */
    static final String TESSALIT = "kid:Tessalit";

    @TempDir
    static Path dir;
    static String stderr;
    static int exit;
    static DatasetGraph store;
    static QueryCatalogue queries;

    @BeforeAll
    static void importAndBuild() throws Exception {
        StringWriter err = new StringWriter();
        exit = Main.run(new String[] {"import-acled", FIXTURE.toString(), "-o", dir.resolve("acled.trig").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        stderr = err.toString();
        store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(new Sources(SourceBundle.builtIn(), List.of(dir)), line -> { }).dataset());
        queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
    }

    @Test
    void summaryCountsAndBadRowsWithTheirLines() {
        assertEquals(0, exit, stderr);
        assertTrue(stderr.contains("10 rows, 8 events, 3 transfers, 3 control periods, 13 claims, 2 bad rows"), stderr);
        // Line numbers are the file's lines: the first row's notes run over two lines.
        assertTrue(stderr.contains("fixture.csv:6: MLI1004: event_date is not a date"), stderr);
        assertTrue(stderr.contains("fixture.csv:8: MLI1006: latitude is not a number: 'north'"), stderr);
    }

    @Test
    void strictStopsAtTheFirstBadRow() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"import-acled", FIXTURE.toString(), "--strict", "-o", dir.resolve("strict.trig").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("fixture.csv:6: MLI1004"), err.toString());
        assertTrue(!err.toString().contains("MLI1006"), err.toString());
    }

    @Test
    void whoControlledTessalitBetweenTransfers() {
        assertEquals(List.of("MNLA: National Movement for the Liberation of Azawad certain"), controllers("2012-05-01"));
        assertEquals(List.of("MNLA: National Movement for the Liberation of Azawad certain"), controllers("2013-02-01"));
        // The French takeover is known to the week (5-11 Feb): in that week both are possible.
        assertEquals(List.of("MNLA: National Movement for the Liberation of Azawad possible", "Military Forces of France possible"),
                controllers("2013-02-07"));
        assertEquals(List.of("Military Forces of France certain"), controllers("2013-06-01"));
        // ACLED's "Military Forces of Mali (2014-)" is kid:FAMa, so the control-by-state rule adds the Malian state.
        assertEquals(List.of("Malian Armed Forces possible", "Malian state possible", "Military Forces of France possible"), controllers("2014-05-10"));
        assertEquals(List.of("Malian Armed Forces certain", "Malian state certain"), controllers("2015-01-01"));
        assertEquals(List.of(), controllers("2012-01-01"));
    }

    @Test
    void claimsAreTheReportingSourcesOnTheirRow() {
        ResultSetRewindable rows = new NamedQueryRunner(store, 0).run(queries.get("who-controlled"),
                Map.of("place", TESSALIT, "at", "2012-05-01"));
        TreeSet<String> claimants = new TreeSet<>();
        rows.forEachRemaining(r -> claimants.add(r.getLiteral("claimantLabel").getString() + " " + r.getLiteral("stance").getString()));
        assertEquals(new TreeSet<>(List.of("AFP reports without confirming", "Reuters reports without confirming")), claimants);
    }

    @Test
    void bulkLoadsIntoTdb2WithTheBuiltInGraph() {
        Path tdb = dir.resolve("tdb");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"import-acled", FIXTURE.toString(), "--tdb2", tdb.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        DatasetGraph loaded = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(tdb.toString());
        assertTrue(KnowledgeStore.isLoaded(loaded), "the built-in graph went in first");
        long acled = org.apache.jena.system.Txn.calculateRead(loaded,
                () -> loaded.getGraph(AcledImporter.graphFor(FIXTURE)).size());
        assertEquals(356, acled, "the mapping only: what the rows say, no end or horizon coded in the importer"
                + " (Tessalit is the built-in kid:Tessalit, not a place of its own)");
        Txn.executeRead(loaded, () -> {
            Node issued = loaded.getGraph(AcledImporter.graphFor(FIXTURE)).find(null, DCTerms.issued.asNode(), null).next().getObject();
            assertEquals(3, loaded.getGraph(Graphs.inferred("period-as-of")).find(null, KKG.asOf, issued).toList().size(),
                    "the period-as-of rule: each period is known up to the file's latest event date, its issued date");
            List<Triple> ends = loaded.getGraph(Graphs.inferred("control-period-end")).find(null, KKG.inferredEnd, null)
                    .filterKeep(e -> e.getSubject().getURI().contains("/id/acled-period-")).toList();
            assertEquals(2, ends.size(), "the control-period-end rule ends the two periods a later transfer succeeds: " + ends);
        });
    }

    private static List<String> controllers(String at) {
        ResultSetRewindable rows = new NamedQueryRunner(store, 0).run(queries.get("who-controlled"), Map.of("place", TESSALIT, "at", at));
        TreeSet<String> found = new TreeSet<>();
        rows.forEachRemaining(r -> found.add(r.getLiteral("controllerLabel").getString() + " " + r.getLiteral("certainty").getString()));
        return new ArrayList<>(found);
    }
}

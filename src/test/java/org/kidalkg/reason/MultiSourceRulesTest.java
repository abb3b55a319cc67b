package org.kidalkg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.kidalkg.build.Pipeline;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.Prefixes;

/**
 * Issue 13, many sources: the rules control-period-end (reworked), actor-shortcuts, opposing-party, evidential-status
 * and disagreement, each where it fires and where it must not, on the built-in article plus the fixtures in
 * src/test/resources/multisource (a second outlet's account, its open variant, a denial, a dangling claim) built
 * through the pipeline, and on small cases (multisource/rules) materialised with the ontology.
 */
class MultiSourceRulesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/multisource");
    private static final String KID = "https://w3id.org/kidal-kg/id/";
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";
    private static final String EX = "https://example.org/";

    // --- control-period-end ----------------------------------------------------------------------

    @Test
    void theRebelsEndWithinTheirWithdrawalsWindowNotOnTheArmysEntry() {
        DatasetGraph ds = build();
        assertTrue(ds.contains(Graphs.inferred("control-period-end"), kid("control-kidal-separatists-2014"), kkg("inferredEnd"),
                kid("instant-rebel-withdrawal")), "the end is the withdrawal's own 9-14 November window");
        assertEquals(1, objects(ds, kid("control-kidal-separatists-2014"), kkg("inferredEnd")).size());
    }

    @Test
    void theOpenVariantInventsNoEnd() {
        DatasetGraph ds = build("open");
        assertEquals(List.of(), objects(ds, kid("control-kidal-cma-example-post"), kkg("inferredEnd")),
                "no source says when the CMA's control ended: not May 2014 (France 24's rebels), not 14 November (the army)");
        assertEquals(1, objects(ds, kid("control-kidal-separatists-2014"), kkg("inferredEnd")).size(),
                "another outlet's account ends nothing of France 24's");
    }

    @Test
    void noPresencePartialControlOtherAccountOrSameHolderEndsEffectiveControl() {
        DatasetGraph ds = small();
        assertEquals(List.of(), objects(ds, ex("a1"), kkg("inferredEnd")));
    }

    @Test
    void anAgreeingAccountsSuccessionEndsAPeriod() {
        DatasetGraph ds = small();
        assertEquals(List.of(ex("y2015")), objects(ds, ex("b1"), kkg("inferredEnd")));
    }

    @Test
    void aSuccessionInOneDocumentEndsTheEarlierPeriod() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, "src/test/resources/rules/control-period-end/data.trig");
        materialize(ds);
        assertEquals(List.of(ex("b2")), objects(ds, ex("first"), kkg("inferredEnd")));
        assertEquals(List.of(ex("b3")), objects(ds, ex("second"), kkg("inferredEnd")));
    }

    // --- actor-shortcuts and opposing-party ------------------------------------------------------

    @Test
    void datedMembershipsAndReferencesGiveTheirShortcuts() {
        DatasetGraph ds = build("closed");
        assertTrue(ds.contains(Graphs.inferred("actor-shortcuts"), kid("CMA"), kkg("memberOf"), kid("PSC")));
        assertTrue(ds.contains(Graphs.inferred("actor-shortcuts"), kid("TuaregSeparatists"), kkg("denotes"), kid("CMA")));
        DatasetGraph article = build();
        assertEquals(List.of(kid("PSC")), objects(article, kid("TuaregSeparatists"), kkg("denotes")),
                "the article alone: the rebellion of November 2023 is the PSC's, not the CMA");
        assertFalse(article.contains(Node.ANY, Node.ANY, kkg("memberOf"), kid("CMA")));
    }

    @Test
    void theOtherSideIsTheTargetOfTheTakeoverOrAnAdversaryNeverTheController() {
        DatasetGraph ds = build();
        assertEquals(List.of(kid("PSC"), kid("TuaregSeparatists")), objects(ds, kid("control-kidal-fama-2023"), kkg("opposingParty")),
                "the takeover targets the PSC and the rebels");
        DatasetGraph small = small();
        assertEquals(List.of(), objects(small, ex("c1"), kkg("opposingParty")), "the takeover's target is the controller itself");
        assertEquals(List.of(ex("u")), objects(small, ex("c2"), kkg("opposingParty")), "kkg:adversaryOf, read both ways");
    }

    // --- evidential-status -----------------------------------------------------------------------

    @Test
    void theArticleAloneTheArmyConfirmedByAdversaryTheRebelsSingleSource() {
        DatasetGraph ds = build();
        assertEquals(List.of(kkg("ConfirmedByAdversary")), objects(ds, kid("control-kidal-fama-2023"), kkg("evidentialStatus")),
                "the rebellion acknowledged the loss of Kidal");
        assertEquals(List.of(kkg("SingleSource")), objects(ds, kid("control-kidal-separatists-2014"), kkg("evidentialStatus")));
    }

    @Test
    void aDenialMakesTheArmysAccountDisputedAndIsContestNotSupport() {
        DatasetGraph ds = build("denial");
        assertEquals(List.of(kkg("Disputed")), objects(ds, kid("control-kidal-fama-2023"), kkg("evidentialStatus")),
                "exactly one status, and a denial outranks the adversary's acknowledgement");
        assertEquals(List.of("claim-example-radio-psc-denies-army-control"), claimsByRole(ds, "control-kidal-fama-2023", "ContestRole"));
        assertFalse(claimsByRole(ds, "control-kidal-fama-2023", "SupportRole").contains("claim-example-radio-psc-denies-army-control"));
    }

    @Test
    void franceTwentyFoursCaveatsAreCaveatsTheArmyAndGoitaSupport() {
        DatasetGraph ds = build();
        assertEquals(List.of("claim-f24-control-extent-unclear", "claim-f24-no-access-to-field", "claim-f24-no-image-released"),
                claimsByRole(ds, "control-kidal-fama-2023", "CaveatRole"));
        assertEquals(List.of("claim-fama-announces-takeover", "claim-fama-x-post", "claim-goita-takeover", "claim-rebellion-acknowledges-loss"),
                claimsByRole(ds, "control-kidal-fama-2023", "SupportRole"), "the army's post on X supports its control");
        assertEquals(List.of(), claimsByRole(ds, "control-kidal-fama-2023", "ContestRole"));
        assertTrue(ds.contains(Node.ANY, kid("doc-france24-kidal-2023-11-14"), kkg("documentCaveat"), kid("claim-f24-no-access-to-field")),
                "the inaccessible field qualifies the whole document");
    }

    @Test
    void corroboratedNeedsIndependentOutletsAndCaveatsAloneAreUnverified() {
        DatasetGraph ds = small();
        assertEquals(List.of(kkg("Corroborated")), objects(ds, ex("d1"), kkg("evidentialStatus")));
        assertEquals(List.of(kkg("SingleSource")), objects(ds, ex("d2"), kkg("evidentialStatus")), "one agency behind both outlets");
        assertEquals(List.of(kkg("Unverified")), objects(ds, ex("d3"), kkg("evidentialStatus")), "a caveat is never support");
        assertEquals(List.of(kkg("ConfirmedByAdversary")), objects(ds, ex("d4"), kkg("evidentialStatus")),
                "the adversary's spokesman acknowledges it");
    }

    // --- disagreement ----------------------------------------------------------------------------

    @Test
    void aSecondOutletDisagreesOnTheBeginAndTheEndAndBothAccountsKeepTheirSources() {
        DatasetGraph ds = build("closed");
        List<String> rows = disagreements(ds);
        assertTrue(rows.contains("begin situation-kidal-rebel-rule | since May 2014 (2014-05-01 to 2014-05-31) <- doc-france24-kidal-2023-11-14"), rows.toString());
        assertTrue(rows.contains("begin situation-kidal-rebel-rule | since 2013 (2013-01-01 to 2013-12-31) <- doc-example-wire-kidal"), rows.toString());
        assertTrue(rows.contains("end situation-kidal-rebel-rule | had left the town when the soldiers entered (2023-11-09 to 2023-11-14) <- doc-france24-kidal-2023-11-14"), rows.toString());
        assertTrue(rows.contains("end situation-kidal-rebel-rule | on 15 November (2023-11-15) <- doc-example-wire-kidal"), rows.toString());
        assertTrue(rows.contains("begin situation-kidal-army-2023 | on 15 November (2023-11-15) <- doc-example-wire-kidal"), rows.toString());
        assertTrue(rows.contains("holder Kidal | Coordination of Azawad Movements <- doc-example-wire-kidal"), rows.toString());
        assertTrue(rows.contains("holder Kidal | Malian Armed Forces <- doc-france24-kidal-2023-11-14"),
                "the CMA until 15 November and the army from the 14th overlap: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("holder situation-kidal-rebel-rule")),
                "the rebels and the CMA are one side (the rebels stand for the CMA): " + rows);
        assertEquals(List.of(kkg("SingleSource")), objects(ds, kid("control-kidal-cma-example-wire"), kkg("evidentialStatus")));
    }

    @Test
    void theOpenVariantDisagreesOnTheBeginOnly() {
        List<String> rows = disagreements(build("open"));
        assertTrue(rows.contains("begin situation-kidal-rebel-rule | since 2013 (2013-01-01 to 2013-12-31) <- doc-example-post-kidal"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("end ") || r.startsWith("holder ")),
                "an open account has no end to disagree on, and is known only up to 10 November: " + rows);
    }

    @Test
    void theArticleAloneDisagreesWhereSomeoneDeniesAndWithItselfOnWhenTheRebelsRuleBegan() {
        List<String> rows = disagreements(build());
        assertEquals(List.of("begin situation-kidal-rebel-rule | for a decade (2013-09-01 to 2013-12-31) <- doc-france24-kidal-2023-11-14",
                "begin situation-kidal-rebel-rule | since May 2014 (2014-05-01 to 2014-05-31) <- doc-france24-kidal-2023-11-14",
                "proposition event-airstrikes-civilian-deaths | contest <- doc-france24-kidal-2023-11-14",
                "proposition event-airstrikes-civilian-deaths | support <- doc-france24-kidal-2023-11-14"), rows,
                "the junta denies Wagner's presence in Mali, which no one asserts: no disagreement on Wagner");
    }

    @Test
    void aDenialIsADisagreementOnTheProposition() {
        List<String> rows = disagreements(build("denial"));
        assertTrue(rows.contains("proposition control-kidal-fama-2023 | contest <- doc-example-radio-kidal"), rows.toString());
        assertTrue(rows.contains("proposition control-kidal-fama-2023 | support <- doc-france24-kidal-2023-11-14"), rows.toString());
    }

    @Test
    void mediaDisagreeOnlyWhenNeitherIsNarrower() {
        List<String> rows = disagreements(small());
        assertTrue(rows.contains("medium sE | state television flash <- docM1"), rows.toString());
        assertTrue(rows.contains("medium sE | post on X <- docM2"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("medium sF")), "a post on X is a social media post: " + rows);
    }

    @Test
    void extentsAndHoldersOfOneSituationDisagreeOnlyWhenTheyDiffer() {
        List<String> rows = disagreements(small());
        assertTrue(rows.contains("extent sG | full <- docG1") && rows.contains("extent sG | unclear <- docG2"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("extent sG2")), "the same extent twice: " + rows);
        assertTrue(rows.contains("holder sH | group P <- docH1") && rows.contains("holder sH | group Q <- docH2"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("holder sH2")), "two members of one coalition are one side: " + rows);
    }

    // --- the named queries on two sources ----------------------------------------------------------

    @Test
    void bothOutletsAccountsAnswerWithTheirSourcesStatusesAndDisagreements() {
        DatasetGraph store = KnowledgeStore.inMemory(build("closed"));
        NamedQueryRunner runner = new NamedQueryRunner(store, 0);
        QueryCatalogue queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
        Map<String, String> args = Map.of("place", "Kidal", "at", "2023-11-14");
        assertEquals(List.of("CMA certain", "FAMa certain", "MalianState certain"),
                rows(runner.run(queries.get("who-controlled"), args), r -> local(r.getResource("controller").getURI())
                        + " " + r.getLiteral("certainty").getString()),
                "the two exclusive controls the issue found on 14 November: still both there, now flagged");
        assertEquals(List.of("control-kidal-cma-example-wire single source doc-example-wire-kidal",
                        "control-kidal-fama-2023 confirmed by adversary doc-france24-kidal-2023-11-14",
                        "control-kidal-fama-example-wire single source doc-example-wire-kidal",
                        "control-kidal-fama-presence-until-2014 single source doc-france24-kidal-2023-11-14",
                        "control-kidal-minusma-presence-2023 single source doc-france24-kidal-2023-11-14",
                        "control-kidal-separatists-2014 single source doc-france24-kidal-2023-11-14",
                        "control-kidal-separatists-decade single source doc-france24-kidal-2023-11-14"),
                rows(runner.run(queries.get("account-evidence"), Map.of("place", "Kidal")), r -> "claim".equals(r.getLiteral("scope").getString())
                        ? local(r.getResource("period").getURI()) + " " + r.getLiteral("status").getString() + " "
                        + local(r.getResource("source").getURI()) : null));
        assertEquals(List.of("doc-example-wire-kidal Example Wire 4 claims, 1 caveats", "doc-france24-kidal-2023-11-14 France 24 67 claims, 4 caveats"),
                rows(runner.run(queries.get("sources"), Map.of()), r -> local(r.getResource("source").getURI()) + " "
                        + r.getLiteral("outletLabel").getString() + " " + r.getLiteral("claims").getInt() + " claims, "
                        + r.getLiteral("caveats").getInt() + " caveats"));
        List<String> bearing = rows(runner.run(queries.get("disagreements-on"), args),
                r -> r.getLiteral("component").getString() + " " + local(r.getResource("concerns").getURI()));
        assertEquals(List.of("begin situation-kidal-army-2023", "begin situation-kidal-rebel-rule", "end situation-kidal-rebel-rule",
                "holder Kidal"), bearing, "what bears on 14 November: the CMA's account covers it, and the army's");
        assertEquals(List.of("begin situation-kidal-rebel-rule", "end situation-kidal-rebel-rule"),
                rows(runner.run(queries.get("disagreements-on"), Map.of("place", "Kidal", "at", "2019-03-01")),
                        r -> r.getLiteral("component").getString() + " " + local(r.getResource("concerns").getURI())));
    }

    @Test
    void theDenialIsListedAsContestUnderADisputedAccount() {
        DatasetGraph store = KnowledgeStore.inMemory(build("denial"));
        QueryCatalogue queries = QueryCatalogue.read(SourceBundle.builtIn().queryFiles());
        List<String> rows = rows(new NamedQueryRunner(store, 0).run(queries.get("account-evidence"), Map.of("place", "Kidal")),
                r -> local(r.getResource("period").getURI()).equals("control-kidal-fama-2023") && "claim".equals(r.getLiteral("scope").getString())
                        ? r.getLiteral("status").getString() + " " + r.getLiteral("role").getString() + " " + local(r.getResource("claim").getURI()) : null);
        assertTrue(rows.contains("disputed contest claim-example-radio-psc-denies-army-control"), rows.toString());
        assertEquals(4, rows.stream().filter(r -> r.startsWith("disputed support ")).count(), rows.toString());
        assertEquals(3, rows.stream().filter(r -> r.startsWith("disputed caveat ")).count(), rows.toString());
    }

    // --- labels given by a claimant --------------------------------------------------------------

    @Test
    void aClaimantsNameForAnActorIsRecordedWithWhoUsedItAndIsNotItsLabel() {
        DatasetGraph ds = build("closed");
        assertEquals(List.of("Armed Terrorist Groups (GAT) | FAMa | In a statement, the army called the CMA \"Armed Terrorist Groups (GAT)\"."),
                select(ds, """
                        SELECT ?name ?by ?quote WHERE {
                          ?n a kkg:Naming ; kkg:namedActor kid:CMA ; kkg:name ?name ; kkg:namedBy ?by ; kkg:usedIn ?claim .
                          ?claim kkg:claimant ?by ; kkg:evidence/oa:hasSelector/oa:exact ?quote .
                        }""", row -> row.getLiteral("name").getString() + " | " + local(row.getResource("by").getURI())
                        + " | " + row.getLiteral("quote").getString()));
        assertEquals(List.of("Coordination of Azawad Movements"),
                select(ds, "SELECT ?l WHERE { kid:CMA rdfs:label ?l }", row -> row.getLiteral("l").getString()));
    }

    // --- validation over the whole dataset -------------------------------------------------------

    @Test
    void aClaimAttachedToAnotherSourcesPropositionValidatesADanglingOneIsRefusedByName() {
        build("denial");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> build("dangling"));
        assertTrue(e.getMessage().contains("claim-example-dangling") && e.getMessage().contains("control-kidal-airport-nowhere"),
                e.getMessage());
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * The rules on the France 24 article alone (the repository without the corpus of {@code data/sources/}) plus the
     * given fixtures: what these cases assert is what the article and the fixture say; the corpus's answers are
     * {@code competency/CorpusCompetencyTest}'s.
     */
    private static DatasetGraph build(String... fixtures) {
        List<Path> dirs = new ArrayList<>();
        for (String f : fixtures) {
            dirs.add(FIXTURES.resolve(f));
        }
        SourceBundle article = articleOnly();
        return Pipeline.of(article).build(new Sources(article, dirs), line -> { }).dataset();
    }

    private static SourceBundle articleOnly;

    private static synchronized SourceBundle articleOnly() {
        if (articleOnly == null) {
            try {
                Path root = java.nio.file.Files.createTempDirectory("kidal-article-only");
                org.kidalkg.testing.Fixtures.copyOfRepository(root);
                try (var files = java.nio.file.Files.walk(root.resolve("data/sources"))) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.delete(p);
                    }
                }
                articleOnly = SourceBundle.at(root);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return articleOnly;
    }

    /** The small cases with the ontology (stance roles, media hierarchy), materialised by every rule of the project. */
    private static DatasetGraph small() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, FIXTURES.resolve("rules/data.trig").toString());
        materialize(ds);
        return ds;
    }

    private static void materialize(DatasetGraph ds) {
        RDFDataMgr.read(ds.getGraph(Graphs.ONTOLOGY), "ontology/kidal.ttl");
        Materializer.fromFiles(SourceBundle.at(Path.of(".")).ruleFiles()).materialize(ds);
    }

    private static List<Node> objects(DatasetGraph ds, Node s, Node p) {
        return ds.stream(Node.ANY, s, p, Node.ANY).map(q -> q.getObject()).distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static List<String> rows(org.apache.jena.query.ResultSet results, java.util.function.Function<QuerySolution, String> row) {
        TreeSet<String> out = new TreeSet<>();
        results.forEachRemaining(r -> {
            String line = row.apply(r);
            if (line != null) {
                out.add(line);
            }
        });
        return new ArrayList<>(out);
    }

    private static List<String> claimsByRole(DatasetGraph ds, String proposition, String role) {
        return select(ds, """
                SELECT DISTINCT ?claim WHERE { ?claim kkg:about kid:%s ; kkg:stance/kkg:stanceRole kkg:%s }
                """.formatted(proposition, role), row -> local(row.getResource("claim").getURI()));
    }

    /** "component concerns | value <- source", one line per position and source. */
    private static List<String> disagreements(DatasetGraph ds) {
        return select(ds, """
                SELECT DISTINCT ?component ?concerns ?value ?source WHERE {
                  ?d a kkg:Disagreement ; kkg:component/skos:prefLabel ?component ; kkg:concerns ?concerns ; kkg:position ?p .
                  ?p kkg:value ?value ; kkg:source ?source .
                }""", row -> row.getLiteral("component").getString() + " " + local(row.getResource("concerns").getURI()) + " | "
                + row.getLiteral("value").getString() + " <- " + local(row.getResource("source").getURI()));
    }

    private static List<String> select(DatasetGraph ds, String query, java.util.function.Function<QuerySolution, String> row) {
        TreeSet<String> out = new TreeSet<>();
        try (QueryExecution exec = QueryExecution.model(DatasetFactory.wrap(ds).getUnionModel())
                .query(Prefixes.sparql() + "PREFIX ex: <" + EX + ">\n" + query).build()) {
            exec.execSelect().forEachRemaining(r -> out.add(row.apply(r)));
        }
        return new ArrayList<>(out);
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static Node kid(String local) {
        return NodeFactory.createURI(KID + local);
    }

    private static Node kkg(String local) {
        return NodeFactory.createURI(KKG + local);
    }

    private static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }
}

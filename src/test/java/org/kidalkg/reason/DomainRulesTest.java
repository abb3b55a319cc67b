package org.kidalkg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Graphs;

/**
 * Each domain rule (ontology/rules/30-… to 35-…, and 40-display-labels) on its small fixture in src/test/resources/rules/RULE: the
 * conclusion is drawn, sits in the rule's own graph kgr:inferred/RULE, and what the rule must not conclude is absent.
 */
class DomainRulesTest {
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";
    private static final String EX = "https://example.org/";
    private static final Node CLAIMED_ON_BEHALF_OF = NodeFactory.createURI(KKG + "claimedOnBehalfOf");

    @Test
    void claimByOrganisationFollowsChainsOfSpokesmen() {
        DatasetGraph ds = materialize("claim-by-organisation");
        assertIn(ds, "claim-by-organisation", ex("claim1"), CLAIMED_ON_BEHALF_OF, ex("ministry"));
        assertIn(ds, "claim-by-organisation", ex("claim1"), CLAIMED_ON_BEHALF_OF, ex("government"));
        assertFalse(ds.contains(Node.ANY, ex("claim2"), CLAIMED_ON_BEHALF_OF, Node.ANY), "no one speaks for the bystander");
    }

    @Test
    void disputedPropositionNeedsTwoParties() {
        DatasetGraph ds = materialize("disputed-proposition");
        assertIn(ds, "disputed-proposition", ex("p1"), RDF.type.asNode(), kkg("DisputedProposition"));
        assertFalse(ds.contains(Node.ANY, ex("p2"), RDF.type.asNode(), kkg("DisputedProposition")),
                "a party contradicting itself is not a dispute");
    }

    @Test
    void controlByStateCreditsTheStateOfTheArmedForces() {
        DatasetGraph ds = materialize("control-by-state");
        assertIn(ds, "control-by-state", ex("period1"), kkg("controller"), ex("state"));
        assertEquals(1, count(ds, ex("period2"), kkg("controller")), "the militia belongs to no state");
    }

    @Test
    void controlPeriodEndIsTheNextPeriodsBegin() {
        DatasetGraph ds = materialize("control-period-end");
        assertIn(ds, "control-period-end", ex("first"), kkg("inferredEnd"), ex("b2"));
        assertIn(ds, "control-period-end", ex("second"), kkg("inferredEnd"), ex("b3"));
        assertEquals(1, count(ds, ex("first"), kkg("inferredEnd")), "only the next period ends the first, not the third");
        assertEquals(0, count(ds, ex("third"), kkg("inferredEnd")), "the last period stays open");
    }

    @Test
    void placeCountryFromPartOf() {
        DatasetGraph ds = materialize("place-country");
        assertIn(ds, "place-country", ex("town"), kkg("country"), ex("country"));
        assertIn(ds, "place-country", ex("region"), kkg("country"), ex("country"));
        assertEquals(0, count(ds, ex("country"), kkg("country")), "a country is not its own country");
    }

    @Test
    void periodAsOfIsTheLatestHorizonOfItsClaimsDocuments() {
        DatasetGraph ds = materialize("period-as-of");
        assertIn(ds, "period-as-of", ex("period"), kkg("asOf"), NodeFactory.createLiteralDT("2021-02-01",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        assertEquals(1, count(ds, ex("period"), kkg("asOf")), "one horizon per period: the maximum, not each document's");
        assertEquals(0, count(ds, ex("bare"), kkg("asOf")), "a period no claim is about has no horizon");
        assertEquals(0, count(ds, ex("event"), kkg("asOf")), "only control periods get one");
    }

    @Test
    void displayLabelsNameClaimsAndInstantsThatHaveNone() {
        DatasetGraph ds = materialize("display-labels");
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        assertIn(ds, "display-labels", ex("claim"), label, NodeFactory.createLiteralLang("the spokesman asserts: “The town fell.”", "en"));
        assertIn(ds, "display-labels", ex("instant"), label,
                NodeFactory.createLiteralLang("last week (2023-11-09 to 2023-11-14), The Outlet", "en"));
        assertEquals(1, count(ds, ex("named"), label), "a label stated in the data is the only one");
    }

    /** The fixture plus every rule file of the project, materialised. */
    private static DatasetGraph materialize(String rule) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, Path.of("src/test/resources/rules", rule, "data.trig").toString());
        List<Path> rules = SourceBundle.at(Path.of(".")).ruleFiles();
        assertTrue(rules.stream().anyMatch(p -> Rule.nameOf(p).equals(rule)), "no rule file for " + rule);
        Materializer.fromFiles(rules).materialize(ds);
        return ds;
    }

    private static void assertIn(DatasetGraph ds, String rule, Node s, Node p, Node o) {
        Node graph = Graphs.inferred(rule);
        assertTrue(ds.contains(graph, s, p, o), "expected " + s + " " + p + " " + o + " in " + graph);
    }

    private static long count(DatasetGraph ds, Node s, Node p) {
        return ds.stream(Node.ANY, s, p, Node.ANY).map(q -> q.getObject()).distinct().count();
    }

    private static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node kkg(String local) {
        return NodeFactory.createURI(KKG + local);
    }
}

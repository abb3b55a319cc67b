package org.kidalkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.obolibrary.robot.IOHelper;
import org.obolibrary.robot.ReportOperation;
import org.obolibrary.robot.checks.Report;
import org.semanticweb.owlapi.model.EntityType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;

/**
 * The ontology with the built-in data, as the OWL tools of the field read it: ROBOT's report (the OBO community's
 * quality checks, at their own ERROR/WARN levels) finds no error over the served graph, and the OWL API's OWL 2 DL
 * profile finds no violation in what is asserted but the one we keep on purpose (literals of xsd:date and
 * geo:wktLiteral, datatypes outside the OWL 2 datatype map), so no kkg property is punned.
 */
class OwlQualityTest {
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";
    /** The ROBOT WARNs we leave, each with why (docs/model.md, "OWL tools"). */
    private static final Map<String, String> ACCEPTED_WARNINGS = Map.of(
            "missing_definition", "ROBOT looks for IAO:0000115; every kkg term has skos:definition instead");

    private static OWLOntology asserted;
    private static OWLOntology served;

    @BeforeAll
    static void read() throws Exception {
        asserted = OwlOntologies.of(OwlOntologies.asserted(BuiltInGraph.store()));
        served = OwlOntologies.of(englishLabelsOnly(OwlOntologies.served(BuiltInGraph.store())));
    }

    @Test
    void robotReportHasNoErrorAndOnlyTheWarningsWeAccept() throws Exception {
        Report report = ReportOperation.getReport(served, new IOHelper(), ReportOperation.getDefaultOptions());
        assertEquals(0, report.getTotalViolations("ERROR"), report.toYAML());
        Map<String, Integer> warnings = new TreeMap<>(report.warnCountByRule);
        warnings.values().removeIf(count -> count == 0);
        assertTrue(ACCEPTED_WARNINGS.keySet().containsAll(warnings.keySet()), "new ROBOT warnings: " + warnings);
    }

    /**
     * ROBOT's multiple_labels (an OBO rule: one rdfs:label, whatever its language) would refuse the French labels issue
     * 14 asks for; ROBOT reads the English labels (a resource with none, such as a French article, keeps its own), and
     * {@link #atMostOneLabelPerLanguage} checks the rest.
     */
    private static org.apache.jena.graph.Graph englishLabelsOnly(org.apache.jena.graph.Graph graph) {
        org.apache.jena.graph.Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        java.util.Set<org.apache.jena.graph.Node> named = new java.util.HashSet<>();
        graph.find(org.apache.jena.graph.Node.ANY, label, org.apache.jena.graph.Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && List.of("", "en").contains(t.getObject().getLiteralLanguage())) {
                named.add(t.getSubject());
            }
        });
        // a French document's title is its only label: kept
        org.apache.jena.graph.Graph english = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        graph.find().forEachRemaining(t -> {
            boolean other = t.getPredicate().equals(label) && t.getObject().isLiteral()
                    && !List.of("", "en").contains(t.getObject().getLiteralLanguage()) && named.contains(t.getSubject());
            if (!other) {
                english.add(t);
            }
        });
        return english;
    }

    @Test
    void atMostOneLabelPerLanguage() {
        Map<String, Integer> labels = new TreeMap<>();
        OwlOntologies.served(BuiltInGraph.store()).find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(),
                org.apache.jena.graph.Node.ANY).forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        labels.merge(t.getSubject().getURI() + " @" + t.getObject().getLiteralLanguage(), 1, Integer::sum);
                    }
                });
        labels.values().removeIf(n -> n == 1);
        assertEquals(Map.of(), labels, "more than one rdfs:label in one language");
    }

    @Test
    void theAssertedGraphIsOwl2DlButForDatatypesOutsideTheMap() {
        List<String> violations = new OWL2DLProfile().checkOntology(asserted).getViolations().stream()
                .filter(v -> !outsideDatatypeMap(v))
                .map(v -> v.getClass().getSimpleName() + ": " + v).distinct().sorted().toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void noKkgTermIsPunned() {
        Map<IRI, TreeSet<EntityType<?>>> kinds = new TreeMap<>();
        asserted.getSignature().stream().filter(e -> e.getIRI().toString().startsWith(KKG))
                .forEach(e -> kinds.computeIfAbsent(e.getIRI(), iri -> new TreeSet<>(
                        (a, b) -> a.getName().compareTo(b.getName()))).add(e.getEntityType()));
        kinds.values().removeIf(types -> types.size() == 1 || !punsProperties(types));
        assertEquals(Map.of(), kinds);
        assertTrue(asserted.containsObjectPropertyInSignature(IRI.create(KKG + "claimant")), "kkg:claimant is an object property");
    }

    private static boolean punsProperties(TreeSet<EntityType<?>> types) {
        return types.stream().filter(t -> Stream.of(EntityType.OBJECT_PROPERTY, EntityType.DATA_PROPERTY,
                EntityType.ANNOTATION_PROPERTY).anyMatch(t::equals)).count() > 1;
    }

    private static boolean outsideDatatypeMap(OWLProfileViolation violation) {
        if (!(violation instanceof UseOfDefinedDatatypeInLiteral)) {
            return false;
        }
        String datatype = violation.getExpression().toString();
        return datatype.contains("XMLSchema#date") || datatype.contains("xsd:date") || datatype.contains("wktLiteral");
    }
}

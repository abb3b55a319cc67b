package org.kidalkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * HermiT, a complete OWL 2 DL reasoner, over the ontology with the built-in data as asserted: the whole is
 * consistent, no class is unsatisfiable, and every class and object-property assertion it entails about our own
 * individuals ({@code kid:}) with our own terms ({@code kkg:}) is in the graph the rules materialised, except those
 * whose value is a Wikidata item only through {@code owl:sameAs}: by our policy (docs/linked-data.md, "owl:sameAs")
 * nothing is inferred across a link out, and the test checks that these are all such.
 */
class OwlReasonerTest {
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";
    private static final String KID = "https://w3id.org/kidal-kg/id/";

    @Test
    void theRulesMaterialiseWhatOwlEntailsForOurTerms() throws Exception {
        OWLOntology ontology = OwlOntologies.of(OwlOntologies.asserted(BuiltInGraph.store()));
        Configuration configuration = new Configuration();
        // xsd:date and geo:wktLiteral are outside the OWL 2 datatype map; nothing here reasons over their values.
        configuration.ignoreUnsupportedDatatypes = true;
        configuration.throwInconsistentOntologyException = false;
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology, configuration);
        try {
            assertTrue(hermit.isConsistent(), "the ontology with the data is inconsistent");
            hermit.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS,
                    InferenceType.OBJECT_PROPERTY_ASSERTIONS);
            assertEquals(Set.of(), hermit.getUnsatisfiableClasses().getEntitiesMinusBottom(), "unsatisfiable classes");
            List<String> missing = missingFromClosure(hermit, ontology, OwlOntologies.served(BuiltInGraph.store()));
            assertEquals("", String.join("\n", missing), "entailed by OWL, not materialised");
        } finally {
            hermit.dispose();
        }
    }

    /** Every entailed (our individual, our class or property, value) that the served graph lacks. */
    private static List<String> missingFromClosure(OWLReasoner hermit, OWLOntology ontology, Graph served) {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (OWLNamedIndividual individual : ontology.getIndividualsInSignature()) {
            String subject = individual.getIRI().toString();
            if (!subject.startsWith(KID)) {
                continue;
            }
            Node s = NodeFactory.createURI(subject);
            for (OWLClass type : hermit.getTypes(individual, false).getFlattened()) {
                if (type.getIRI().toString().startsWith(KKG)) {
                    checked++;
                    check(served, s, RDF.type.asNode(), type.getIRI().toString(), missing);
                }
            }
            for (OWLObjectProperty property : ontology.getObjectPropertiesInSignature()) {
                if (!property.getIRI().toString().startsWith(KKG)) {
                    continue;
                }
                Node p = NodeFactory.createURI(property.getIRI().toString());
                for (OWLNamedIndividual value : hermit.getObjectPropertyValues(individual, property).getFlattened()) {
                    String object = value.getIRI().toString();
                    checked++;
                    if (object.startsWith(KID) || object.startsWith(KKG)) {
                        check(served, s, p, object, missing);
                    } else if (!served.contains(Node.ANY, OWL.sameAs.asNode(), NodeFactory.createURI(object))) {
                        missing.add("<" + subject + "> <" + p.getURI() + "> <" + object + "> (not a link out)");
                    }
                }
            }
        }
        assertTrue(checked > 1000, "expected the reasoner to entail assertions about our data, checked " + checked);
        return new ArrayList<>(new TreeSet<>(missing));
    }

    private static void check(Graph served, Node s, Node p, String o, List<String> missing) {
        if (!served.contains(s, p, NodeFactory.createURI(o))) {
            missing.add("<" + s.getURI() + "> <" + p.getURI() + "> <" + o + ">");
        }
    }
}

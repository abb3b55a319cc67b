package org.kidalkg.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.kidalkg.source.RdfFiles;

/** Every term constant in {@link KKG} is declared in the ontology, so code and ontology cannot drift apart. */
class VocabularyTest {
    @Test
    void everyConstantIsDefinedByTheOntology() throws IllegalAccessException {
        Graph ontology = RdfFiles.readGraph(Path.of("ontology/kidal.ttl"));
        Node isDefinedBy = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#isDefinedBy");
        Node ontologyIri = NodeFactory.createURI(KKG.ONTOLOGY);
        int checked = 0;
        for (Field field : KKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                Node term = (Node) field.get(null);
                assertTrue(ontology.contains(term, isDefinedBy, ontologyIri), term + " is not declared in ontology/kidal.ttl");
                checked++;
            }
        }
        assertTrue(checked >= 10, "expected the KKG constants, checked " + checked);
    }
}

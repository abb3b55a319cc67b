package org.kidalkg.http.linkeddata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.vocab.KKG;

/** The alignment makes the reasoner give actors, places and the article their schema.org types. */
class SchemaOrgTypesTest {
    @ParameterizedTest
    @CsvSource({"Kidal, Place", "Mali, Place", "AssimiGoita, Person", "AFP, Organization", "France24, Organization",
            "FAMa, Organization", "TuaregSeparatists, Organization", "MINUSMA, Organization", "Wagner, Organization",
            "doc-france24-kidal-2023-11-14, NewsArticle"})
    void hasSchemaOrgType(String entity, String type) {
        Node s = NodeFactory.createURI(KKG.ID + entity);
        Node o = NodeFactory.createURI("https://schema.org/" + type);
        var store = BuiltInGraph.store();
        assertTrue(Txn.calculateRead(store, () -> store.contains(Node.ANY, s, RDF.type.asNode(), o)), entity + " is not a schema:" + type);
    }
}

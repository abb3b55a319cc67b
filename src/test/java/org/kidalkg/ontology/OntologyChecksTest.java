package org.kidalkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.SourceBundle;

/** The ontology quality checks ({@code ontology/checks/*-violation.rq}) find nothing, and can find something. */
class OntologyChecksTest {
    private static final SourceBundle REPO = SourceBundle.at(Path.of("."));

    @TestFactory
    Stream<DynamicTest> everyCheckReturnsNoRowsOnOntologyAndData() {
        Graph all = GraphFactory.createDefaultGraph();
        REPO.ontologyFiles().forEach(f -> RdfFiles.readGraph(f).find().forEachRemaining(all::add));
        for (Path data : REPO.dataFiles()) {
            var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            RdfFiles.readInto(data, ds, org.apache.jena.graph.NodeFactory.createURI("urn:x:default"));
            ds.find().forEachRemaining(q -> all.add(q.asTriple()));
        }
        List<Path> checks = REPO.checkFiles();
        assertTrue(checks.size() >= 5, "expected the quality checks, found " + checks);
        return checks.stream().map(check -> DynamicTest.dynamicTest(check.getFileName().toString(),
                () -> assertEquals("", rows(all, check), check + " found violations")));
    }

    @Test
    void checksCatchAnUnlabelledUndeclaredTerm() throws IOException {
        Graph bad = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix kkg: <https://w3id.org/kidal-kg/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                kkg:Orphan a owl:Class ; rdfs:isDefinedBy <https://w3id.org/kidal-kg/ontology> .
                <https://w3id.org/kidal-kg/id/x> kkg:madeUp 1 .
                """, Lang.TURTLE).parse(bad);
        assertTrue(rows(bad, Path.of("ontology/checks/missing-label-violation.rq")).contains("Orphan"));
        assertTrue(rows(bad, Path.of("ontology/checks/undeclared-term-violation.rq")).contains("madeUp"));
    }

    private static String rows(Graph graph, Path check) throws IOException {
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph))
                .query(Files.readString(check)).build()) {
            var results = exec.execSelect();
            return results.hasNext() ? ResultSetFormatter.asText(results) : "";
        }
    }
}

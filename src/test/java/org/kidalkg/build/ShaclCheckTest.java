package org.kidalkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kidalkg.source.Problem;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Prefixes;

/**
 * ShaclCheck runs the SHACL-SPARQL constraints once per graph instead of once per focus node: it must report
 * exactly what Jena's SHACL engine reports with the shapes as written, on every shape fixture.
 */
class ShaclCheckTest {
    private static final List<Path> SHAPES = SourceBundle.at(Path.of(".")).shapeFiles();

    @Test
    void itTakesOverTheSparqlConstraintsOfTheShapes() {
        Graph shapes = GraphFactory.createGraphMem();
        SHAPES.forEach(f -> RdfFiles.readGraph(f).find().forEachRemaining(shapes::add));
        assertEquals(3, SparqlConstraints.takeFrom(shapes).constraints().size(), "BeginEnd, Claim_DateRange, Claim_AboutResolves");
    }

    @TestFactory
    Stream<DynamicTest> sameViolationsAsTheShaclEngineOnEveryFixture() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of("ontology/shapes/tests"))) {
            fixtures = files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty());
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    /** The chunked import's check runs only the violation shapes: the same violations, nothing else, on every fixture. */
    @TestFactory
    Stream<DynamicTest> violationsOnlyReportsTheViolationsOfTheFullCheck() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of("ontology/shapes/tests"))) {
            fixtures = files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        ShaclCheck full = ShaclCheck.of(SHAPES);
        ShaclCheck strict = full.violationsOnly();
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Graph data = RdfFiles.readGraph(f);
            Located located = Located.inFile(f);
            List<Problem> expected = full.validate(data, GraphFactory.createGraphMem(), located).stream()
                    .filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
            assertEquals(new TreeSet<>(expected.stream().map(Problem::toString).toList()),
                    new TreeSet<>(strict.validate(data, GraphFactory.createGraphMem(), located).stream().map(Problem::toString).toList()), f.toString());
        }));
    }

    private static void compare(Path fixture) {
        Graph data = RdfFiles.readGraph(fixture);
        Graph allShapes = GraphFactory.createGraphMem();
        SHAPES.forEach(f -> RdfFiles.readGraph(f).find().forEachRemaining(allShapes::add));
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(allShapes), data);
        Set<String> engine = new TreeSet<>();
        var prefixes = Prefixes.standard();
        report.getEntries().forEach(e -> engine.add(FmtUtils.stringForNode(e.source(), prefixes) + " "
                + FmtUtils.stringForNode(e.focusNode(), prefixes) + " " + e.severity().level().getLocalName()));
        Set<String> ours = new TreeSet<>();
        ShaclCheck.of(SHAPES).validate(data, GraphFactory.createGraphMem(), Located.inFile(fixture)).forEach(p ->
                ours.add(p.rule() + " " + p.focus() + " " + p.severity().name().charAt(0) + p.severity().name().substring(1).toLowerCase()));
        assertEquals(engine, ours, fixture.toString());
    }
}

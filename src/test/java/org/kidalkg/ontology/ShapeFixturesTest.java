package org.kidalkg.ontology;

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
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.vocab.Prefixes;

/**
 * Each SHACL fixture under {@code ontology/shapes/tests/} gives exactly the (shape, focus node) pairs its
 * {@code # expect:} lines list, and each valid fixture conforms (RDF4J's AbstractShaclTest, in small).
 */
class ShapeFixturesTest {
    private static final Path FIXTURES = Path.of("ontology/shapes/tests");
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedReport() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "no fixtures found");
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path fixture) throws IOException {
        String name = fixture.getFileName().toString();
        String concern = name.replaceFirst("^(valid|invalid)-", "").replaceFirst("[-.].*$", "");
        Shapes shapes = Shapes.parse(RdfFiles.readGraph(Path.of("ontology/shapes", concern + ".ttl")));
        Graph data = RdfFiles.readGraph(fixture);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Set<String> actual = new TreeSet<>();
        report.getEntries().forEach(e -> actual.add(PREFIXES.shortForm(e.source().getURI()) + " " + PREFIXES.shortForm(e.focusNode().getURI())));
        assertEquals(expected(fixture), actual, name);
        if (name.startsWith("invalid-")) {
            assertFalse(actual.isEmpty(), name + " must expect at least one result");
        }
    }

    private static Set<String> expected(Path fixture) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(fixture)) {
            if (line.startsWith("# expect:")) {
                expected.add(String.join(" ", line.substring("# expect:".length()).trim().split("\\s+")));
            }
        }
        return expected;
    }
}

package org.kidalkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Turtle and TriG file parses with an independent parser, Raptor's {@code rapper} (Debian's
 * raptor2-utils, which {@code .ci/run} installs), so our files are standard RDF and not just Jena-readable.
 * In CI a missing rapper is a failure, not a skip.
 */
class IndependentParserTest {
    private static final Path RAPPER = Path.of("/usr/bin/rapper");

    @TestFactory
    Stream<DynamicTest> rapperParsesEveryFile() throws IOException {
        if (System.getenv("CI") != null) {
            assertTrue(Files.isExecutable(RAPPER), "rapper missing: .ci/run must apt-get install raptor2-utils");
        }
        assumeTrue(Files.isExecutable(RAPPER), "rapper not installed (apt-get install raptor2-utils)");
        List<Path> files;
        try (Stream<Path> all = Stream.concat(Files.walk(Path.of("ontology")), Files.walk(Path.of("data")))) {
            files = all.filter(p -> p.toString().endsWith(".ttl") || p.toString().endsWith(".trig")).sorted().toList();
        }
        assertTrue(files.size() > 5, "expected the ontology and data files, found " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> parses(f)));
    }

    private static void parses(Path file) throws IOException, InterruptedException {
        String syntax = file.toString().endsWith(".trig") ? "trig" : "turtle";
        Process rapper = new ProcessBuilder(RAPPER.toString(), "-q", "-i", syntax, "-c", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rapper.waitFor(60, TimeUnit.SECONDS), "rapper hung on " + file);
        assertEquals(0, rapper.exitValue(), file + ": " + output);
    }
}

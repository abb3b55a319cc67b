package org.kidalkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.testing.Fixtures;
import org.kidalkg.source.Problem;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/** The saved graph a start reads instead of rebuilding: the same graph, and only for the inputs it came from. */
class PrebuiltGraphTest {

    @Test
    void theBuildSavedTheBuiltInGraphAndItEqualsAFreshBuild() {
        Sources builtIn = Sources.builtIn();
        Optional<BuiltGraph> saved = PrebuiltGraph.lookup(builtIn);
        assertTrue(saved.isPresent(), "mvn process-classes should have saved target/classes/kidal-kg/prebuilt");
        BuiltGraph fresh = Pipeline.of(builtIn.bundle()).build(builtIn, line -> { });
        assertIsomorphic(fresh.dataset(), saved.get().dataset());
        assertEquals(fresh.inferred(), saved.get().inferred());
    }

    @Test
    void aSavedGraphIsReadBackWhole(@TempDir Path dir) {
        Sources sources = new Sources(SourceBundle.at(Fixtures.copyOfRepository(dir)), List.of());
        BuiltGraph built = Pipeline.of(sources.bundle()).build(sources, line -> { });
        assertTrue(PrebuiltGraph.write(built, sources.bundle()));

        BuiltGraph read = PrebuiltGraph.lookup(sources).orElseThrow();
        assertIsomorphic(built.dataset(), read.dataset());
        assertEquals(List.copyOf(built.inferred().keySet()), List.copyOf(read.inferred().keySet()), "rules in run order");
    }

    @Test
    void anEditedInputIsBuiltFromItsFilesNotReadFromTheSavedGraph(@TempDir Path dir) throws IOException {
        Sources sources = new Sources(SourceBundle.at(Fixtures.copyOfRepository(dir)), List.of());
        PrebuiltGraph.write(Pipeline.of(sources.bundle()).build(sources, line -> { }), sources.bundle());
        Path data = dir.resolve("data/france24-kidal-2023-11-14.trig");
        Files.writeString(data, Files.readString(data) + "\n# edited after the build\n");

        assertFalse(PrebuiltGraph.lookup(sources).isPresent());
        List<String> progress = new java.util.ArrayList<>();
        PrebuiltGraph.orBuild(sources, progress::add);
        assertTrue(progress.get(0).contains("parsed"), "rebuilt from the files: " + progress);
    }

    @Test
    void extraDataIsNeverServedFromTheSavedGraph(@TempDir Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        Sources plain = new Sources(SourceBundle.at(Fixtures.copyOfRepository(source)), List.of());
        PrebuiltGraph.write(Pipeline.of(plain.bundle()).build(plain, line -> { }), plain.bundle());
        Path extra = Files.createDirectories(dir.resolve("extra"));

        assertFalse(PrebuiltGraph.lookup(new Sources(plain.bundle(), List.of(extra))).isPresent());
    }

    @Test
    void aGraphWithWarningsIsNotSaved(@TempDir Path dir) {
        SourceBundle bundle = SourceBundle.at(Fixtures.copyOfRepository(dir));
        BuiltGraph built = Pipeline.of(bundle).build(new Sources(bundle, List.of()), line -> { });
        Problem warning = new Problem(Problem.Severity.WARNING, "data/x.trig", 1, "ex:focus", "ex:path", "a warning", "ex:rule");
        BuiltGraph warned = new BuiltGraph(built.dataset(), List.of(warning), built.inferred());

        assertFalse(PrebuiltGraph.write(warned, bundle));
        assertFalse(Files.exists(dir.resolve("prebuilt")));
    }

    private static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        assertTrue(IsoMatcher.isomorphic(expected, actual), "the saved graph differs from the built one");
    }
}

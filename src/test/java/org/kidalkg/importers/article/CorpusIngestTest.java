package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kidalkg.load.ArticleIngest;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.testing.Fixtures;
import org.kidalkg.vocab.Graphs;

/**
 * The corpus is built by the tool users run: for every {@code data/sources/*.json}, {@code ingest} of its text and
 * annotations, alongside every other source, gives exactly (isomorphically) the committed {@code .trig}.
 */
class CorpusIngestTest {
    static final Path CORPUS = Path.of("data/sources");

    @TempDir
    Path temp;

    static List<Path> annotationFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("annotationFiles")
    void theCommittedEncodingIsWhatIngestWritesToday(Path annotations) throws IOException {
        String id = annotations.getFileName().toString().replaceFirst("\\.json$", "");
        Path text = CORPUS.resolve(id + ".txt");
        Path committed = CORPUS.resolve(id + ".trig");
        assertTrue(Files.isRegularFile(text) && Files.isRegularFile(committed), id + ": text and encoding beside the annotations");

        Path others = Fixtures.copyOfRepository(temp);      // every other source, not this one
        Files.delete(others.resolve("data/sources").resolve(id + ".trig"));
        ArticleIngest.Result result = ArticleIngest.run(text, annotations, SourceBundle.at(others));

        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(committed.toString());
        Graph want = expected.getGraph(Graphs.source(id));
        Graph got = result.dataset().getGraph(result.graph());
        assertFalse(want.isEmpty(), committed + " has no graph " + Graphs.source(id));
        assertTrue(got.isIsomorphicWith(want), committed + " is not what `kidal-kg ingest " + text + " " + annotations
                + "` writes today: re-run it (" + got.size() + " triples against " + want.size() + ")");
    }
}

package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.cli.Main;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Prefixes;
import org.kidalkg.load.ArticleIngest;

/** The annotation format proven on the real article: same evidence as the hand-made encoding, same answers. */
class KidalIngestTest {
    static final Path ARTICLE = Path.of("data/kidal-article.txt");
    static final Path ANNOTATIONS = Path.of("src/test/resources/ingest/kidal-annotations.json");
    static final Path ENCODING = Path.of("data/france24-kidal-2023-11-14.trig");

    private static final String SELECTORS = Prefixes.sparql() + """
            SELECT ?claim ?exact ?prefix ?suffix ?start ?end WHERE {
              ?claim a kkg:Claim ; kkg:evidence [ oa:hasSelector ?q, ?p ] .
              ?q a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
              ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
            }""";

    @TempDir
    Path temp;

    @Test
    void everyIngestedClaimHasTheSelectorsOfTheHandMadeEncoding() {
        ArticleIngest.Result result = ArticleIngest.run(ARTICLE, ANNOTATIONS, SourceBundle.builtIn());
        Map<String, List<String>> ingested = selectors(DatasetFactory.wrap(result.dataset()).getUnionModel());
        Map<String, List<String>> encoded = selectors(RDFDataMgr.loadDataset(ENCODING.toString()).getUnionModel());
        assertTrue(ingested.size() >= 12, "at least 12 claims, got " + ingested.size());
        for (Map.Entry<String, List<String>> claim : ingested.entrySet()) {
            assertTrue(encoded.containsKey(claim.getKey()), claim.getKey() + " is not in " + ENCODING);
            assertEquals(encoded.get(claim.getKey()), claim.getValue(), "selectors of " + claim.getKey());
        }
        System.out.println("[ingest] " + ingested.size() + " claims, selectors identical to " + ENCODING);
    }

    @Test
    void whoControlledOnTheIngestedGraphAloneGivesTheRebelsIn2019AndTheArmyOnTheDayOfTheArticle() throws IOException {
        Path root = temp.resolve("bundle");
        copyTree(Path.of("ontology"), root.resolve("ontology"));
        copyTree(Path.of("queries"), root.resolve("queries"));
        Path out = root.resolve("data/france24-kidal-2023-11-14.trig");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"ingest", ARTICLE.toString(), ANNOTATIONS.toString(), "-o", out.toString(),
                "--source", root.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(root.resolve("data/kidal-article.txt")), "the article is copied beside the TriG");
        for (Path written : List.of(out, root.resolve("data/kidal-article.txt"))) {
            // Readable by the Docker image's user, who is not the one that ran ingest.
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)), written.toString());
        }

        SourceBundle bundle = SourceBundle.at(root);
        DatasetGraph store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(new Sources(bundle, List.of()), line -> { }).dataset());
        NamedQuery whoControlled = QueryCatalogue.read(bundle.queryFiles()).get("who-controlled");
        NamedQueryRunner runner = new NamedQueryRunner(store, 0);
        assertEquals(List.of("https://w3id.org/kidal-kg/id/TuaregSeparatists certain"),
                controllers(runner.run(whoControlled, Map.of("place", "Kidal", "at", "2019-03-01"))));
        assertEquals(List.of("https://w3id.org/kidal-kg/id/FAMa certain", "https://w3id.org/kidal-kg/id/MalianState certain"),
                controllers(runner.run(whoControlled, Map.of("place", "Kidal", "at", "2023-11-14"))));
    }

    private static List<String> controllers(ResultSetRewindable rows) {
        List<String> out = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String c = row.getResource("controller").getURI() + " " + row.getLiteral("certainty").getString();
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private static Map<String, List<String>> selectors(Model model) {
        Map<String, List<String>> out = new HashMap<>();
        try (QueryExecution exec = QueryExecution.model(model).query(SELECTORS).build()) {
            exec.execSelect().forEachRemaining(row -> out.put(row.getResource("claim").getURI(), List.of(
                    row.getLiteral("exact").getString(), row.getLiteral("prefix").getString(), row.getLiteral("suffix").getString(),
                    String.valueOf(row.getLiteral("start").getInt()), String.valueOf(row.getLiteral("end").getInt()))));
        }
        return out;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kidalkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.LoadException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.store.KnowledgeStore;

/** A bad file stops the load with a message naming the file, the line and the problem, and loads nothing. */
class BadDataTest {
    private static final String PREFIXES = """
            @prefix kkg: <https://w3id.org/kidal-kg/ontology#> .
            @prefix kid: <https://w3id.org/kidal-kg/id/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    @TempDir
    Path temp;

    @Test
    void aTurtleSyntaxErrorNamesTheFileAndTheLine() {
        Path source = SourceFolder.create(temp.resolve("source"));
        SourceFolder.write(source.resolve("data/broken.ttl"), PREFIXES + "kid:x a kkg:Claim ;\n    kkg:stance kkg:Asserts\nkid:y a kkg:Claim .\n");
        LoadException e = assertThrows(LoadException.class, () -> build(source));
        System.out.println("[bad data] syntax: " + e.getMessage());
        assertTrue(e.file().endsWith("broken.ttl"), e.getMessage());
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("broken.ttl:6:"), e.getMessage());
    }

    @Test
    void aClaimWithoutClaimantNamesFileLineFocusNodeAndShape() {
        Path source = SourceFolder.create(temp.resolve("source"));
        SourceFolder.write(source.resolve("data/broken.ttl"), PREFIXES + """
                kid:claim-without-claimant
                    a kkg:Claim ;
                    kkg:stance kkg:Asserts ;
                    kkg:about kid:stmt-cdm-liberating-colonels ;
                    kkg:reportedIn kid:doc-france24-kidal-2023-11-14 .
                """);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> build(source));
        Problem claimant = e.problems().stream().filter(p -> p.focus().contains("claim-without-claimant"))
                .filter(p -> String.valueOf(p.rule()).contains("claimant") || String.valueOf(p.path()).contains("claimant"))
                .findFirst().orElseThrow(() -> new AssertionError("no claimant violation in " + e.getMessage()));
        System.out.println("[bad data] shacl: " + claimant.describe());
        assertTrue(claimant.file().endsWith("broken.ttl"), claimant.describe());
        assertEquals(4, claimant.line(), claimant.describe());
        assertTrue(claimant.rule().contains("Claim"), claimant.describe());
        assertTrue(e.getMessage().contains("broken.ttl:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("claim-without-claimant"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was loaded"), e.getMessage());
    }

    @Test
    void aQuoteThatDoesNotMatchItsSpanIsRefused() {
        Path source = SourceFolder.create(temp.resolve("source"));
        Path encoding = source.resolve("data").resolve(SourceFolder.ENCODING);
        String original = SourceFolder.read(encoding);
        assertTrue(original.contains("oa:start 4690 ;"));
        SourceFolder.write(encoding, original.replace("oa:start 4690 ;", "oa:start 4691 ;"));
        LoadException e = assertThrows(LoadException.class, () -> build(source));
        System.out.println("[bad data] evidence: " + e.getMessage());
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertTrue(e.getMessage().contains(SourceFolder.ENCODING), e.getMessage());
    }

    @Test
    void aRefusedLoadLeavesNoTdb2Store() {
        Path source = SourceFolder.create(temp.resolve("source"));
        SourceFolder.write(source.resolve("data/broken.ttl"), PREFIXES + "kid:x a kkg:Claim ;;; .\n");
        Path dir = temp.resolve("tdb2");
        assertThrows(LoadException.class, () -> KnowledgeStore.tdb2(dir, () -> build(source).dataset(), message -> { }));
        assertFalse(Files.exists(dir), "no store, not even an empty one");
        assertFalse(KnowledgeStore.isLoaded(dir));
        try (var left = Files.list(temp)) {
            assertEquals(List.of("source"), left.map(p -> p.getFileName().toString()).toList(), "no partial store left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuiltGraph build(Path source) {
        return PrebuiltGraph.orBuild(new Sources(SourceBundle.at(source), List.of()), line -> { });
    }
}

package org.kidalkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kidalkg.reason.Rule;

/** The one {@code #+} header parser: fields, continuation lines, absent keys; the rules read through it. */
class QueryHeaderTest {
    @Test
    void readsFieldsContinuationsAndAbsentKeys() {
        QueryHeader header = QueryHeader.parse("""
                #+ summary: Who controlled
                #  a place, and when
                #+ params: place (label or IRI)
                # a plain comment ends a field
                #  so this is not part of params
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertEquals("Who controlled a place, and when", header.get("summary"));
        assertEquals("place (label or IRI)", header.get("params"));
        assertNull(header.get("columns"));
        assertEquals("", header.get("columns", ""));
        assertEquals(header, QueryHeader.parse(QueryHeader.line("summary", "Who controlled a place, and when")
                + QueryHeader.line("params", "place (label or IRI)")));
    }

    @Test
    void everyRuleSaysWhatItConcludesAndWhy() throws IOException {
        List<Path> rules;
        try (Stream<Path> files = Files.list(Path.of("ontology/rules"))) {
            rules = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path file : rules) {
            Rule rule = Rule.read(file);
            String firstLine = Files.readString(file).lines().filter(l -> l.startsWith("#+ concludes:")).findFirst().orElse("");
            assertTrue(!rule.concludes().isEmpty() && rule.concludes().startsWith(firstLine.substring("#+ concludes:".length()).trim()),
                    file + ": " + rule.concludes());
            assertTrue(!rule.because().isEmpty(), file + " says no '#+ because:'");
        }
    }
}

package org.kidalkg.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kidalkg.source.SourceBundle;

/**
 * Malformed and mutated SPARQL, generated deterministically (fixed seed) from the named queries: every
 * truncation at a fixed stride, random byte flips, deep nesting, huge literals and invalid UTF-8. Each
 * case is the raw bytes of a query plus how to send it.
 */
final class HostileCorpus {
    static final long SEED = 20231114L;
    static final int TRUNCATION_STRIDE = 7;
    static final int BYTE_FLIP_CASES = 300;
    static final int NESTING = 5_000;

    /** How a case is sent: GET ?query=, POST form query=, or POST application/sparql-query. */
    enum Method { GET, FORM, BODY }

    record Case(String name, Method method, byte[] query) {}

    private HostileCorpus() {}

    static List<Case> generate() {
        Random random = new Random(SEED);
        List<String> sources = SourceBundle.builtIn().queryFiles().stream().map(HostileCorpus::read).toList();
        List<Case> cases = new ArrayList<>();
        for (int q = 0; q < sources.size(); q++) {
            String source = sources.get(q);
            for (int n = 0; n < source.length(); n += TRUNCATION_STRIDE) {
                Method method = Method.values()[(n / TRUNCATION_STRIDE) % 3];
                cases.add(new Case("query " + q + " truncated at " + n, method, utf8(source.substring(0, n))));
            }
        }
        for (int i = 0; i < BYTE_FLIP_CASES; i++) {
            byte[] bytes = utf8(sources.get(i % sources.size()));
            int flips = 1 + random.nextInt(5);
            for (int f = 0; f < flips; f++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            cases.add(new Case("byte flips #" + i, Method.BODY, bytes));
        }
        cases.addAll(deepNesting());
        cases.addAll(hugeLiterals());
        cases.addAll(invalidUtf8(sources.get(0)));
        return cases;
    }

    private static List<Case> deepNesting() {
        String braces = "{".repeat(NESTING) + "}".repeat(NESTING);
        String parens = "(".repeat(NESTING) + "1" + ")".repeat(NESTING);
        String notExists = "FILTER NOT EXISTS { ".repeat(NESTING / 10) + "?s ?p ?o" + " }".repeat(NESTING / 10);
        String unions = "{ ?s ?p ?o } UNION ".repeat(NESTING) + "{ ?s ?p ?o }";
        return List.of(
                new Case("5000 nested groups", Method.BODY, utf8("SELECT * WHERE " + braces)),
                new Case("5000 nested groups, unclosed", Method.BODY, utf8("SELECT * WHERE " + "{".repeat(NESTING))),
                new Case("5000 nested parentheses", Method.BODY, utf8("SELECT * WHERE { FILTER" + parens + " }")),
                new Case("5000 nested parentheses in SELECT", Method.FORM, utf8("SELECT (" + parens + " AS ?x) {}")),
                new Case("5000 nested blank nodes", Method.BODY,
                        utf8("SELECT * WHERE { ?s ?p " + "[ ?p ".repeat(NESTING) + "?o" + " ]".repeat(NESTING) + " }")),
                new Case("5000 nested parentheses, unclosed", Method.BODY, utf8("ASK { FILTER" + "(".repeat(NESTING) + " }")),
                new Case("500 nested NOT EXISTS", Method.BODY, utf8("SELECT * WHERE { ?s ?p ?o " + notExists + " }")),
                new Case("5000 UNIONs", Method.BODY, utf8("SELECT * WHERE { " + unions + " } LIMIT 1")),
                new Case("5000 nested sub-selects", Method.BODY, utf8("SELECT * WHERE " + "{ SELECT * WHERE ".repeat(NESTING)
                        + "{ ?s ?p ?o }" + " }".repeat(NESTING))));
    }

    private static List<Case> hugeLiterals() {
        String megabyte = "x".repeat(1_000_000);
        return List.of(
                new Case("1 MB string literal", Method.BODY, utf8("SELECT * WHERE { BIND(\"" + megabyte + "\" AS ?x) }")),
                new Case("1 MB long string literal in a FILTER", Method.BODY,
                        utf8("ASK { ?s ?p ?o FILTER(?o = \"\"\"" + megabyte + "\"\"\") }")),
                new Case("1 MB IRI", Method.BODY, utf8("SELECT * WHERE { <http://x/" + megabyte + "> ?p ?o }")),
                new Case("1 MB unterminated literal", Method.BODY, utf8("SELECT * WHERE { ?s ?p \"" + megabyte)),
                new Case("1 MB number", Method.BODY, utf8("SELECT * WHERE { BIND(" + "9".repeat(1_000_000) + " AS ?x) }")),
                new Case("100 KB literal by form", Method.FORM, utf8("ASK { ?s ?p \"" + "y".repeat(100_000) + "\" }")));
    }

    /** Invalid UTF-8 as raw bytes: stray continuation bytes, overlong forms, surrogates, truncated sequences. */
    private static List<Case> invalidUtf8(String query) {
        byte[][] sequences = {
            {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC3, 0x28},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF}, {0x00}};
        byte[] valid = utf8(query);
        List<Case> cases = new ArrayList<>();
        int[] positions = {0, 10, valid.length / 3, valid.length / 2, valid.length - 1};
        for (int s = 0; s < sequences.length; s++) {
            for (int position : positions) {
                byte[] mutated = new byte[valid.length + sequences[s].length];
                System.arraycopy(valid, 0, mutated, 0, position);
                System.arraycopy(sequences[s], 0, mutated, position, sequences[s].length);
                System.arraycopy(valid, position, mutated, position + sequences[s].length, valid.length - position);
                cases.add(new Case("invalid UTF-8 #" + s + " at " + position, Method.BODY, mutated));
            }
            byte[] inLiteral = concat(utf8("SELECT * WHERE { ?s ?p \""), sequences[s], utf8("\" }"));
            cases.add(new Case("invalid UTF-8 #" + s + " in a literal", Method.BODY, inLiteral));
        }
        return cases;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kidalkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.kidalkg.source.LoadException;
import org.kidalkg.source.QueryHeader;

/**
 * One question, one {@code queries/*.rq} file. Its header, in the CLARIAH/grlc decorator style, is
 * what the catalogue shows:
 * <pre>
 * #+ summary: Who controlled a place on a given date, and on whose word
 * #+ params: place (label or IRI), at (xsd:date)      (a name ending in ? is optional: place? (label or IRI))
 * #+ columns: actor actorLabel kind certainty ...
 * #+ example: place=Kidal at=2019-03-01
 * </pre>
 * The example's answer is kept in {@code queries/expected/NAME.tsv} and checked by a test.
 */
public record NamedQuery(String name, String summary, List<Parameter> params, List<String> columns,
                         Map<String, String> example, Query query) {

    /** Reads and parses a named query file; a bad header or query is a {@link LoadException}. */
    public static NamedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        QueryHeader header = QueryHeader.parse(text);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String summary = header.get("summary");
        if (summary == null || summary.isBlank()) {
            throw new LoadException(file.toString(), 1, "missing '#+ summary:' header");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new LoadException(file.toString(), e.getLine(), e.getMessage());
        }
        return new NamedQuery(name, summary, params(file, header.get("params", "")),
                words(header.get("columns", "")), example(header.get("example", "")), query);
    }

    /** The parameter called {@code name}, or null. */
    public Parameter param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Parameter> params(Path file, String spec) {
        List<Parameter> params = new ArrayList<>();
        if (spec.isBlank() || spec.equals("none")) {
            return params;
        }
        for (String one : spec.split(",")) {
            String s = one.trim();
            int open = s.indexOf('(');
            if (open < 0 || !s.endsWith(")")) {
                throw new LoadException(file.toString(), 0, "parameter '" + s + "' must be written 'name (type)'");
            }
            String typeText = s.substring(open + 1, s.length() - 1);
            ParameterType type = ParameterType.parse(typeText);
            if (type == null) {
                throw new LoadException(file.toString(), 0, "parameter '" + s + "': unknown type '" + typeText
                        + "' (expected one of " + Arrays.stream(ParameterType.values()).map(ParameterType::written).toList() + ")");
            }
            String name = s.substring(0, open).trim();
            boolean optional = name.endsWith("?");
            params.add(new Parameter(optional ? name.substring(0, name.length() - 1).trim() : name, type, optional));
        }
        return params;
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }

    private static Map<String, String> example(String s) {
        Map<String, String> example = new LinkedHashMap<>();
        for (String pair : words(s)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                example.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return example;
    }
}

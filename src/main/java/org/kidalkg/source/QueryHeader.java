package org.kidalkg.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The header of a SPARQL file, in the CLARIAH/grlc decorator style: {@code #+ key: value} lines, a value going
 * on over the lines below it that start {@code #  } (hash and two spaces). The one parser of these headers for
 * the named queries ({@code queries/*.rq}) and the rules ({@code ontology/rules/*.rq}), and the one writer.
 *
 * <pre>{@code
 * QueryHeader header = QueryHeader.parse("#+ summary: Who controlled a place\n#+ params: place (label or IRI)\n");
 * header.get("summary");              // "Who controlled a place"
 * header.get("columns", "");          // "" (absent)
 * QueryHeader.line("summary", "Who")  // "#+ summary: Who\n"
 * }</pre>
 *
 * @param fields the values by key, in the file's order; a key given twice has both values, space-separated
 */
public record QueryHeader(Map<String, String> fields) {
    private static final String FIELD = "#+ ";
    private static final String CONTINUATION = "#  ";

    public QueryHeader {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Reads every header field of {@code text}; lines that are not header lines end a field and are skipped. */
    public static QueryHeader parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (line.startsWith(FIELD) && colon > FIELD.length()) {
                key = line.substring(FIELD.length(), colon).trim();
                fields.merge(key, line.substring(colon + 1).trim(), QueryHeader::join);
            } else if (key != null && line.startsWith(CONTINUATION)) {
                fields.merge(key, line.substring(CONTINUATION.length()).trim(), QueryHeader::join);
            } else {
                key = null;
            }
        }
        return new QueryHeader(fields);
    }

    /** The value of {@code key}, or null when the header has none. */
    public String get(String key) {
        return fields.get(key);
    }

    /** The value of {@code key}, or {@code absent} when the header has none. */
    public String get(String key, String absent) {
        return fields.getOrDefault(key, absent);
    }

    /** One header line, newline included: {@code #+ key: value}. */
    public static String line(String key, String value) {
        return FIELD + key + ": " + value + "\n";
    }

    private static String join(String before, String more) {
        return before.isEmpty() ? more : more.isEmpty() ? before : before + " " + more;
    }
}

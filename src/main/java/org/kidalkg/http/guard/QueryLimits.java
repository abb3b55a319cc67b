package org.kidalkg.http.guard;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The queries that are valid SPARQL but would cost the server far more than the query timeout lets any query
 * cost, refused with 400 by {@link GuardedQuery}, each refusal naming its limit. Set from measurements on this
 * JVM (docs/reliability.md, "Query guard limits"), so that everything a stock Fuseki answers within the timeout,
 * this endpoint answers too:
 * <ul>
 *   <li>query text longer than the request body limit ({@link ServerLimits#maxBody()}): ARQ parses about 1 MB in
 *       1.6-3.9 s, outside the timeout (it starts after parsing), which stays under the default 10 s;</li>
 *   <li>a number written with more than {@value #MAX_DIGITS} digits: ARQ parses integer literals as
 *       {@code BigInteger}, in time quadratic in their length (10,000 digits: 16 ms; 20,000: 147 ms; 100,000:
 *       1.6 s; 1,000,000: 3 min). Digits in strings, IRIs, comments and names are no number and cost nothing;</li>
 *   <li>a query nested deeper than the thread's stack: parsing, compiling, optimising and running it recurse
 *       once per level, and overflowed the stack, which Fuseki answered with 500. The depth that overflows
 *       depends on the shape (on a 1 MiB stack: 2,031 MINUS, 2,500 OPTIONAL, 4,900 UNION branches, 4,906 group
 *       patterns), so the overflow itself is caught and refused ({@link #TOO_DEEP}), rather than a fixed depth
 *       that would refuse what Jena answers;</li>
 *   <li>{@code EXISTS} or {@code NOT EXISTS} nested more than {@value #MAX_EXISTS_DEPTH} deep: Jena's optimiser
 *       (constant folding) walks each level's pattern again for the level around it, so its time doubles per level
 *       (16: 0.1 s, 20: 0.3-1.4 s, 24: 2 s, 26: 15 s on this machine), reading no row, so no timeout can cut it
 *       before it ends (500 nested levels ran for minutes; {@link QueryTimeout} keeps it from delaying the other
 *       queries' timeouts, as Jena's did).</li>
 * </ul>
 */
final class QueryLimits {
    static final int MAX_DIGITS = 10_000;
    static final int MAX_EXISTS_DEPTH = 16;

    /** What the refusal of a query nested past the stack says. */
    static final String TOO_DEEP = "the query is nested deeper than this server's stack allows (with the default "
            + "1 MiB thread stack, Jena overflows at about 2,000 MINUS, 2,500 OPTIONAL or 4,900 UNION levels); split "
            + "it into several queries";

    private QueryLimits() {}

    /** What makes {@code text} too costly to parse, or null; {@code maxChars} is the longest text accepted. */
    static String beforeParsing(String text, long maxChars) {
        if (text.length() > maxChars) {
            return "a query of " + text.length() + " characters; this endpoint accepts queries of up to " + maxChars
                    + " characters";
        }
        int digits = longestNumber(text);
        if (digits > MAX_DIGITS) {
            return "a number of " + digits + " digits; this endpoint accepts numbers of up to " + MAX_DIGITS + " digits";
        }
        int exists = existsDepth(text);
        if (exists > MAX_EXISTS_DEPTH) {
            return exists + " nested EXISTS / NOT EXISTS; this endpoint accepts up to " + MAX_EXISTS_DEPTH
                    + " (Jena's optimiser takes twice as long for each level)";
        }
        return null;
    }

    /**
     * The most digits in one number of the query: digits inside a string, an IRI, a comment or a name
     * ({@code ?v123}, {@code kid:claim12345}) are no number and cost nothing to parse. A light scan, not a
     * lexer: a {@code <} opens an IRI only if an IRI's characters lead to a {@code >}.
     */
    static int longestNumber(String text) {
        int longest = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int after = afterNonCode(text, i);
            if (after > i) {
                i = after;
            } else if (isNameChar(c)) {
                int start = i;
                while (i < text.length() && (isNameChar(text.charAt(i)) || text.charAt(i) == '.' && i + 1 < text.length()
                        && isNameChar(text.charAt(i + 1)))) {
                    i++;
                }
                if (Character.isDigit(c) && (start == 0 || !isNamePrefix(text.charAt(start - 1)))) {
                    longest = Math.max(longest, digits(text, start, i));
                }
            } else {
                i++;
            }
        }
        return longest;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':';
    }

    /** A character that makes what follows part of a name or variable, not a number. */
    private static boolean isNamePrefix(char c) {
        return c == '?' || c == '$' || c == '_' || c == ':' || c == '@' || Character.isLetter(c);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * The deepest nesting of {@code EXISTS} / {@code NOT EXISTS} patterns in the query, counted by the braces that
     * follow the keyword (the same light scan: strings, IRIs and comments skipped).
     */
    static int existsDepth(String text) {
        Deque<Boolean> braces = new ArrayDeque<>();
        boolean afterExists = false;
        int depth = 0;
        int deepest = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int after = afterNonCode(text, i);
            if (after > i) {
                i = after;
                continue;
            }
            if (c == '{') {
                braces.push(afterExists);
                depth += afterExists ? 1 : 0;
                deepest = Math.max(deepest, depth);
            } else if (c == '}' && !braces.isEmpty()) {
                depth -= braces.pop() ? 1 : 0;
            } else if (isNameChar(c)) {
                int start = i;
                while (i < text.length() && isNameChar(text.charAt(i))) {
                    i++;
                }
                afterExists = text.regionMatches(true, start, "EXISTS", 0, i - start) && i - start == 6
                        && (start == 0 || !isNamePrefix(text.charAt(start - 1)));
                continue;
            }
            if (c > ' ') {
                afterExists = false;
            }
            i++;
        }
        return deepest;
    }

    /** The index after the string, comment or IRI that opens at {@code i}; {@code i} if none does. */
    private static int afterNonCode(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            return afterString(text, i);
        }
        if (c == '#') {
            int eol = text.indexOf('\n', i);
            return eol < 0 ? text.length() : eol + 1;
        }
        return c == '<' ? afterIri(text, i) : i;
    }

    /** The index after the string literal opening at {@code i} (short or long form, escapes skipped). */
    private static int afterString(String text, int i) {
        char quote = text.charAt(i);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, i)) {
            int end = text.indexOf(triple, i + 3);
            while (end > 0 && text.charAt(end - 1) == '\\') {
                end = text.indexOf(triple, end + 1);
            }
            return end < 0 ? text.length() : end + 3;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote || c == '\n') {
                return j + 1;
            }
        }
        return text.length();
    }

    /** The index after the IRI opening at {@code i}, or just after the {@code <} if it is an operator. */
    private static int afterIri(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c <= ' ' || "<\"{}|^`".indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return i + 1;
    }
}

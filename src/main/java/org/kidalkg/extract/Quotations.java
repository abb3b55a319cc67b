package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a clause quotes someone: which characters are inside a quotation, the clause with its quotations blanked,
 * whether it opens or closes one, and the quotations inside a reported sentence that are a claim of their own.
 * News text uses straight quotes, curly ones and guillemets alike, so every rule here treats all of them as marks.
 */
final class Quotations {
    /** A quotation inside a clause: its words without marks or closing punctuation, and the whole of it as marked. */
    record Quote(Sentences.Span words, String marked) {}

    private static final String MARKS = "\"“”«»";

    /** A quotation right after "reassures that" is the reported words themselves, the sentence's claim. */
    private static final Pattern REPORTED_THAT = Pattern.compile("\\bthat\\s*$");

    private Quotations() {}

    /** Whether {@code c} opens or closes a quotation. */
    static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /** {@code s} without its quotation marks: a verb of control is read through them. */
    static String withoutMarks(String s) {
        return s.replaceAll("[" + MARKS + "]", "");
    }

    /** {@code s} with quoted passages blanked out (same length), so a name inside a quote is not the speaker. */
    static String unquoted(String s) {
        StringBuilder out = new StringBuilder(s);
        boolean[] quoted = quoted(s);
        for (int i = 0; i < s.length(); i++) {
            if (quoted[i]) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Which characters of {@code s} are quotation marks or inside a quotation. */
    static boolean[] quoted(String s) {
        boolean[] quoted = new boolean[s.length()];
        // a clause that closes a quotation opened in an earlier one starts inside it
        boolean inside = !s.startsWith("\"") && count(s, '"') % 2 == 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = isMark(c);
            if (mark) {
                inside = c == '“' || c == '«' || (c == '"' && !inside);
            }
            quoted[i] = inside || mark;
        }
        return quoted;
    }

    /** Whether {@code s} begins with a quotation it leaves open: its speaker may be named in a later clause. */
    static boolean opensQuote(String s) {
        return (s.startsWith("\"") || s.startsWith("“") || s.startsWith("«")) && (count(s, '"') % 2 == 1 || count(s, '“') > count(s, '”')
                || count(s, '«') > count(s, '»'));
    }

    /** Whether {@code s} closes a quotation an earlier clause opened. */
    static boolean closesQuote(String s) {
        return count(s, '"') % 2 == 1 || count(s, '”') > count(s, '“') || count(s, '»') > count(s, '«');
    }

    /**
     * The quotations of a reported sentence {@code s} that are a claim of their own ("admitted … that it had withdrawn
     * "for strategic reasons""): of two words or more, closed by a mark; not one that opens the sentence, follows
     * "that" or is most of the sentence, for that is the sentence's claim already.
     */
    static List<Quote> partial(String s) {
        List<Quote> found = new ArrayList<>();
        boolean[] quoted = quoted(s);
        for (int open = 0; open < s.length(); open++) {
            if (!quoted[open] || (open > 0 && quoted[open - 1]) || !isMark(s.charAt(open))) {
                continue;
            }
            int close = open + 1;
            while (close < s.length() && quoted[close]) {
                close++;
            }
            Sentences.Span words = fragment(s, open, close);
            if (words != null && isMark(s.charAt(close - 1)) && !s.substring(0, open).isBlank() && !REPORTED_THAT.matcher(s.substring(0, open)).find()
                    && (words.end() - words.start()) * 2 <= s.length()) {
                found.add(new Quote(words, s.substring(open, close)));
            }
            open = close;
        }
        return found;
    }

    /** The words between a quotation's marks, without the punctuation that closes them; null if fewer than two words. */
    private static Sentences.Span fragment(String s, int open, int close) {
        int from = open + 1;
        int to = close - 1;
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || ",.;:!?".indexOf(s.charAt(to - 1)) >= 0)) {
            to--;
        }
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from < to && s.substring(from, to).strip().contains(" ") ? new Sentences.Span(from, to) : null;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}

package org.kidalkg.extract;

/**
 * The phrase around a verb, by punctuation alone: the words after it up to the clause's end, the last words before
 * it. Rules read subjects and agents this way because a news sentence's clause boundaries are its commas and stops.
 */
final class Phrases {
    private Phrases() {}

    /** The words of {@code s} from {@code from} to the end of the clause. */
    static String clauseAfter(String s, int from) {
        int end = from;
        while (end < s.length() && ",.;:".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(from, end);
    }

    /** The last words before a clause boundary: the subject phrase of a verb that follows. */
    static String lastPhrase(String before) {
        String phrase = afterLastBoundary(before);
        return phrase.split("\\s+").length > 12 ? "" : phrase;
    }

    /** The words of {@code s} after its last comma, semicolon, colon or full stop. */
    static String afterLastBoundary(String s) {
        String trimmed = s.strip();
        int cut = Math.max(Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';')), Math.max(trimmed.lastIndexOf(':'), trimmed.lastIndexOf('.')));
        return trimmed.substring(cut + 1).strip();
    }
}

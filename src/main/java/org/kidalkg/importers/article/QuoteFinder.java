package org.kidalkg.importers.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote in a source text and computes its Web Annotation selectors, counting Unicode code points
 * (start inclusive, end exclusive) with up to 32 code points of prefix and suffix, as the existing encoding does.
 */
public final class QuoteFinder {
    /** Code points of context kept on either side of a quote. */
    public static final int CONTEXT = 32;

    /** Both selectors of one span. */
    public record Span(String exact, String prefix, String suffix, int start, int end) {}

    private final String text;

    public QuoteFinder(String text) {
        this.text = text;
    }

    /**
     * The span of {@code quote}: its only occurrence, or occurrence {@code occurrence} (1-based) when given.
     *
     * @throws IllegalArgumentException saying whether the quote was not found or found how many times
     */
    public Span find(String quote, Integer occurrence) {
        if (quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("has no quote");
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            throw new IllegalArgumentException("quote not found in the text: \"" + quote + "\"");
        }
        int index;
        if (occurrence != null) {
            if (occurrence < 1 || occurrence > at.size()) {
                throw new IllegalArgumentException("occurrence " + occurrence + " asked, but the quote occurs " + at.size()
                        + " time(s) in the text: \"" + quote + "\"");
            }
            index = at.get(occurrence - 1);
        } else if (at.size() > 1) {
            throw new IllegalArgumentException("quote is ambiguous: it occurs " + at.size()
                    + " times in the text (add \"occurrence\": 1.." + at.size() + "): \"" + quote + "\"");
        } else {
            index = at.get(0);
        }
        int start = text.codePointCount(0, index);
        int end = start + quote.codePointCount(0, quote.length());
        int length = text.codePointCount(0, text.length());
        String prefix = slice(Math.max(0, start - CONTEXT), start);
        String suffix = slice(end, Math.min(length, end + CONTEXT));
        return new Span(quote, prefix, suffix, start, end);
    }

    private String slice(int fromCodePoint, int toCodePoint) {
        return text.substring(text.offsetByCodePoints(0, fromCodePoint), text.offsetByCodePoints(0, toCodePoint));
    }
}

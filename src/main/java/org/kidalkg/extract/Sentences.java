package org.kidalkg.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's sentences as character ranges, by the JDK's sentence rules for the language, mended where news text
 * trips them: no sentence ends after an abbreviation ("Gen.", "Col.", "U.N."), and a line break always ends one
 * (a headline or a dateline has no full stop). Ranges are trimmed of surrounding white space.
 */
public final class Sentences {
    /** A sentence: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:Gen|Col|Lt|Maj|Capt|Mr|Mrs|Dr|St|Mgr|No|M)|\\b(?:[A-Z]\\.){2,})\\.?$");

    /** A stop, then a quotation opening on a capital (after a no-break space, as French prints it): the JDK does not break before « or “. */
    private static final Pattern QUOTE_OPENS = Pattern.compile("[.?!](?=\\s+[«“]\\h*\\p{Lu})");

    private static final Pattern LINE_BREAK = Pattern.compile("\\R\\s*");

    private Sentences() {}

    public static List<Span> of(String text, String language) {
        List<Span> spans = new ArrayList<>();
        Locale locale = Locale.forLanguageTag(language);
        int start = 0;
        Matcher line = LINE_BREAK.matcher(text);
        while (line.find()) {
            splitParagraph(text, start, line.start(), locale, spans);
            start = line.end();
        }
        splitParagraph(text, start, text.length(), locale, spans);
        return spans;
    }

    private static void splitParagraph(String text, int from, int to, Locale locale, List<Span> spans) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        String paragraph = text.substring(from, to);
        breaks.setText(paragraph);
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            String before = paragraph.substring(start, end).stripTrailing();
            if (end < paragraph.length() && ABBREVIATION.matcher(before).find()) {
                continue;
            }
            add(text, from + start, from + end, spans);
            start = end;
        }
        add(text, from + start, to, spans);
    }

    /** Adds {@code [start, end)}, cut after a stop followed by a quotation that opens a sentence ("… du pays. « Aujourd’hui …"). */
    private static void add(String text, int start, int end, List<Span> spans) {
        Matcher opening = QUOTE_OPENS.matcher(text).region(start, end);
        while (opening.find()) {
            if (ABBREVIATION.matcher(text.substring(start, opening.start() + 1)).find()) {
                continue;
            }
            trimmed(text, start, opening.start() + 1, spans);
            start = opening.start() + 1;
        }
        trimmed(text, start, end, spans);
    }

    private static void trimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}

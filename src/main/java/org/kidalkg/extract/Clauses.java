package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kidalkg.extract.Lexicon.Cue;

/**
 * The parts of a text that can each be one claim: its sentences, without what is not the article's words (a
 * heading, a byline, a "Subscribe now" line: a line with no closing punctuation, or one closing on a quotation with no
 * stop anywhere; a dateline "BAMAKO, Mali (AP) —";
 * a trailing link), and split where a second voice begins inside a sentence (", while the junta denies …",
 * ", which the army denied"): at a clause break of the lexicon followed by a reporting verb or an attribution.
 */
final class Clauses {
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+,[^—–]{0,40}[—–]\\s*");
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+)$");
    private static final Pattern CLOSED = Pattern.compile("[.?!\"”»)]$");
    private static final Pattern QUOTE_CLOSED = Pattern.compile("[\"”»]$");
    private static final Pattern STOP = Pattern.compile("[.?!…]");
    /** A fact box's field ("Result: Russo-Malian victory"): a short label, a colon, a value. */
    private static final Pattern FIELD = Pattern.compile("^\\p{Lu}[\\p{Ll}]+(?: [\\p{Ll}]+){0,2}: \\S.*");

    private Clauses() {}

    static List<Sentences.Span> of(String text, Lexicon lexicon) {
        List<Sentences.Span> out = new ArrayList<>();
        for (Sentences.Span sentence : Sentences.of(text, lexicon.language())) {
            Sentences.Span trimmed = trim(text, sentence);
            if (trimmed != null && (!isJunk(text, trimmed) || isCaption(text, trimmed, lexicon))) {
                split(text, trimmed, lexicon, out);
            }
        }
        return out;
    }

    private static Sentences.Span trim(String text, Sentences.Span span) {
        String s = span.of(text);
        int start = span.start();
        Matcher dateline = DATELINE.matcher(s);
        if (dateline.find()) {
            start += dateline.end();
        }
        Matcher link = TRAILING_LINK.matcher(s);
        int end = link.find() ? span.start() + link.start() : span.end();
        return end - start < 12 ? null : new Sentences.Span(start, end);
    }

    /**
     * Not the article's words: a line that does not end as a sentence does (a heading, a byline, "Subscribe now",
     * "… go! Download the France 24 app"), a line of fewer than four words, or a signature ("— Malian Armed Forces …").
     */
    private static boolean isJunk(String text, Sentences.Span span) {
        String s = span.of(text);
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String line = TRAILING_LINK.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip()).replaceFirst("");
        boolean fewWords = line.split("\\s+").length < 4;
        if (isField(text, lineStart, lineEnd)) {
            return false;
        }
        return s.startsWith("—") || !s.chars().anyMatch(Character::isLetter) || fewWords || !CLOSED.matcher(line).find()
                || isQuotingHeadline(line);
    }

    /** A headline that ends on the words it quotes ("Mali : le CSP-PSD annonce son retrait « pour des raisons stratégiques »"): no stop anywhere. */
    private static boolean isQuotingHeadline(String line) {
        return QUOTE_CLOSED.matcher(line).find() && !STOP.matcher(line).find();
    }

    /**
     * A photo caption ("Prime Minister Moussa Mara (centre) said that Mali was \"at war\""): where the lexicon keeps
     * them, a line of six words or more with a reporting verb but no full stop, below the headline (the first line).
     */
    private static boolean isCaption(String text, Sentences.Span span, Lexicon lexicon) {
        String s = span.of(text);
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        boolean wholeLine = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip().equals(s);
        return lexicon.keepsCaptions() && lineStart > 0 && wholeLine && s.split("\\s+").length >= 6
                && lexicon.reportingVerbs().stream().anyMatch(c -> c.find(s, 0) != null);
    }

    /** A field of a fact box: a "Label: value" line beside another one (a headline "Mali: …" stands alone). */
    private static boolean isField(String text, int lineStart, int lineEnd) {
        String[] lines = text.split("\\R", -1);
        int index = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        if (index >= lines.length || !FIELD.matcher(lines[index].strip()).matches()) {
            return false;
        }
        return index > 0 && FIELD.matcher(lines[index - 1].strip()).matches()
                || index + 1 < lines.length && FIELD.matcher(lines[index + 1].strip()).matches();
    }

    private static void split(String text, Sentences.Span span, Lexicon lexicon, List<Sentences.Span> out) {
        String s = span.of(text);
        // a second voice begins outside a quotation: "… killed, while 28 …," the ministry said is one voice
        String scanned = lexicon.clauseBreaksOutsideQuotes() ? Quotations.unquoted(s) : s;
        for (Cue clauseBreak : lexicon.clauseBreaks()) {
            Matcher m = clauseBreak.find(scanned, 0);
            if (m != null && m.start() > 12 && hasVoice(s.substring(m.end()), lexicon)) {
                out.add(new Sentences.Span(span.start(), span.start() + m.start()));
                split(text, new Sentences.Span(span.start() + m.end(), span.end()), lexicon, out);
                return;
            }
        }
        out.add(span);
    }

    private static boolean hasVoice(String clause, Lexicon lexicon) {
        return lexicon.reportingVerbs().stream().anyMatch(c -> c.find(clause, 0) != null)
                || lexicon.accordingTo().stream().anyMatch(c -> c.find(clause, 0) != null);
    }
}

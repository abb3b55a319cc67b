package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim-sized pieces of one clause: reviewers annotate a relative clause, an apposition or a participle phrase
 * ("Kidal, the historic centre of the independence uprisings", "which in 2020 forcibly seized the leadership") as a
 * claim of its own, so a clause is cut at the commas of the lexicon's segment breaks ({@code segmentBreaks}: ", which",
 * ", who", ", after" …) outside quotations; a piece of fewer than four words stays with its neighbour.
 */
final class Segments {
    private static final int MIN_WORDS = 4;

    private Segments() {}

    static List<Sentences.Span> of(String text, Sentences.Span clause, Lexicon lexicon) {
        String s = clause.of(text);
        String outside = masked(s);
        List<Integer> cuts = new ArrayList<>();
        int subjectEnd = subjectEnd(outside, lexicon);
        Matcher m = (subjectEnd > 0 ? lexicon.speechSegmentBreaks() : lexicon.segmentBreaks()).matcher(outside);
        while (m.find()) {
            if (m.start() >= subjectEnd) {
                cuts.add(m.start());
            }
        }
        if (subjectEnd == 0 && !cuts.isEmpty()) {
            Matcher end = lexicon.parentheticalEnds().matcher(outside);
            while (end.find()) {
                if (end.start() > cuts.get(0) && !cuts.contains(end.start())) {
                    cuts.add(end.start());
                }
            }
            cuts.sort(null);
        }
        // "The convoys, which left A, also arrived": the relative clause is the subject's, not a claim of its own
        if (!cuts.isEmpty() && lexicon.subjectRelative().matcher(outside.substring(cuts.get(0) + 1, cuts.size() > 1 ? cuts.get(1) : outside.length())).lookingAt()) {
            cuts.remove(0);
        }
        List<Sentences.Span> pieces = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (words(s.substring(start, cut)) >= MIN_WORDS && words(s.substring(cut)) >= MIN_WORDS) {
                pieces.add(piece(clause, s, start, cut));
                start = cut + 1;
            }
        }
        pieces.add(piece(clause, s, start, s.length()));
        return pieces;
    }

    /**
     * Where the speaker's words may begin: after the clause's first reporting verb, so an apposition of the speaker
     * ("The PSC, an alliance of armed rebel groups, admitted …") is never cut off as a claim of its own; the clause's
     * start when "according to" comes first ("…, according to messages posted on social networks": no verb of speech).
     */
    private static int subjectEnd(String clause, Lexicon lexicon) {
        int end = 0;
        int first = Integer.MAX_VALUE;
        for (Lexicon.Cue marker : lexicon.accordingTo()) {
            Matcher m = marker.find(clause, 0);
            if (m != null && m.start() < first) {
                first = m.start();
            }
        }
        for (Lexicon.Cue verb : lexicon.reportingVerbs()) {
            Matcher m = verb.find(clause, 0);
            if (m != null && m.start() < first) {
                first = m.start();
                end = m.end();
            }
        }
        return end;
    }

    /**
     * {@code s} with the words inside its quotations masked by a character that is neither a letter nor a space, the
     * marks kept: a break's {@code \s+} then cannot run through a quotation blanked to spaces and cut it anywhere
     * ("« … de Kidal » précisant" is cut before "précisant" only).
     */
    private static String masked(String s) {
        boolean[] quoted = Quotations.quoted(s);
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < s.length(); i++) {
            if (quoted[i] && !Quotations.isMark(s.charAt(i))) {
                out.setCharAt(i, '#');
            }
        }
        return out.toString();
    }

    private static Sentences.Span piece(Sentences.Span clause, String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return new Sentences.Span(clause.start() + from, clause.start() + to);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

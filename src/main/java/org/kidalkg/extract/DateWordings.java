package org.kidalkg.extract;

import java.util.List;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.node.TextNode;
import org.kidalkg.extract.Lexicon.Cue;
import org.kidalkg.importers.article.VagueDates;

/**
 * The date phrases of a sentence as the text words them ("on Tuesday", "since 2012"): only those that ingest's date
 * rules read for the article's day of publication, so that a draft never carries a date its ingest would refuse.
 */
final class DateWordings {
    private final Lexicon lexicon;

    DateWordings(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A date phrase naming one day, as a claim's date must ("on Tuesday", not "in 2020"); null if none. */
    String dayWording(String s, State state) {
        String wording = dateWording(s, state);
        if (wording == null) {
            return null;
        }
        VagueDates.Vague day = state.dates.resolve("date", TextNode.valueOf(wording));
        return day.earliest().equals(day.latest()) ? wording : null;
    }

    /** When a control period that {@code s} tells of began: its date phrase, else the day of publication. */
    String beginOf(String s, State state) {
        String wording = dateWording(s, state);
        return wording == null ? state.published : wording;
    }

    /** The lexicon's "since …" phrase of a control held ({@code holdSince}), if ingest reads it; else null. */
    String since(String s, State state) {
        return first(lexicon.holdSince(), s, state);
    }

    /** The first date phrase in {@code s} that ingest's date rules read, as the text words it; null if none. */
    private String dateWording(String s, State state) {
        return first(lexicon.dates(), s, state);
    }

    private static String first(List<Cue> cues, String s, State state) {
        for (Cue cue : cues) {
            Matcher m = cue.find(s, 0);
            if (m != null && resolves(m.group(), state)) {
                return m.group();
            }
        }
        return null;
    }

    private static boolean resolves(String wording, State state) {
        try {
            state.dates.resolve("date", TextNode.valueOf(wording));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

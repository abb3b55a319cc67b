package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.Views.Named;
import org.kidalkg.answers.Views.PlacesAnswer;

/**
 * The places the graph knows, the closest names to what was typed first, and what that name is when it is an
 * actor rather than a place: what the web interface offers for an unknown place, and how it tells an actor given
 * as a place. Closeness is the edit distance between lower-cased names (label or IRI local name, the nearer).
 */
public final class PlaceAnswers {
    private static final ResourceQuery PLACES = ResourceQuery.load("places.rq");

    private final DatasetGraph dataset;

    public PlaceAnswers(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Every known place, closest to {@code near} first (null: by name); {@code asked} is the actor or place named exactly. */
    public PlacesAnswer near(String near) {
        Map<String, Named> places = new LinkedHashMap<>();
        Named asked = null;
        for (var row : PLACES.rows(dataset, Map.of())) {
            String iri = Rows.text(row, "resource");
            Named named = new Named(iri, localName(iri), Rows.text(row, "label"), Rows.text(row, "kind"));
            if (near != null && (named.name().equalsIgnoreCase(near.trim()) || named.label().equalsIgnoreCase(near.trim()))) {
                asked = named;
            }
            if (named.kind().equals("place")) {
                places.putIfAbsent(iri, named);
            }
        }
        List<Named> sorted = new ArrayList<>(places.values());
        String typed = near == null ? "" : near.trim().toLowerCase(Locale.ROOT);
        sorted.sort(Comparator.comparingInt((Named p) -> typed.isEmpty() ? 0 : distance(typed, p))
                .thenComparing(Named::label));
        return new PlacesAnswer(near, asked, sorted);
    }

    private static int distance(String typed, Named place) {
        return Math.min(levenshtein(typed, place.name().toLowerCase(Locale.ROOT)),
                levenshtein(typed, place.label().toLowerCase(Locale.ROOT)));
    }

    /** The edit distance (insertions, deletions, substitutions) between two strings, in two rows of memory. */
    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}

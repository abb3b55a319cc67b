package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.kidalkg.importers.KnownEntities;

/**
 * Speakers named by their office only ("the junta leader", "Mali's leader", "the Chief of General Staff of the Armed
 * Forces"): the one holder of a known position whose role the words name, compared on content words (no articles
 * or prepositions, without case or accents). The words name a role when they hold all of its words, or end with its
 * head noun ("leader") and say nothing else but the name of a known place ("Mali's").
 */
final class Roles {
    private final Map<List<String>, Set<Node>> holders = new LinkedHashMap<>();
    private final Mentions places;
    private final Set<String> functionWords;

    Roles(KnownEntities known, Mentions places, Set<String> functionWords) {
        this.places = places;
        this.functionWords = functionWords;
        known.roleHolders().forEach((label, who) -> {
            List<String> words = words(label);
            if (!words.isEmpty()) {
                holders.computeIfAbsent(words, k -> new LinkedHashSet<>()).addAll(who);
            }
        });
    }

    /** The one holder of a role that {@code phrase} names, or null if none or several. */
    Node holder(String phrase) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return null;
        }
        Set<Node> found = new LinkedHashSet<>();
        holders.forEach((role, who) -> {
            if (words.containsAll(role) || headOnly(words, role)) {
                found.addAll(who);
            }
        });
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** "Mali's leader": the role's head noun last, and before it only names of known places. */
    private boolean headOnly(List<String> words, List<String> role) {
        int last = words.size() - 1;
        return words.get(last).equals(role.get(role.size() - 1))
                && words.subList(0, last).stream().allMatch(w -> places.prefixOf(w) != null);
    }

    /** The words of {@code text} that name a role: folded, without function words. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Mentions.foldKeepingLength(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !functionWords.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}

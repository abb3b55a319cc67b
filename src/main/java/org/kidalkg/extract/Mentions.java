package org.kidalkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kidalkg.importers.KnownEntities;

/**
 * Where a text names a known actor or place: every unambiguous label or alias of the served data, found on word
 * boundaries without case or accents, the longest name first and never two overlapping ("Malian army" before
 * "Mali"). One-letter names are never matched, and names of up to five letters only where the text capitalises
 * them, so the word "ap" or "x" is never an agency or a platform.
 */
public final class Mentions {
    /** A known entity named at {@code [start, end)} of the text scanned. */
    public record Mention(int start, int end, Node entity) {}

    private record Name(String folded, Node entity) {}

    private final List<Name> names = new ArrayList<>();

    private Mentions(Map<String, Node> byFoldedName) {
        byFoldedName.forEach((folded, entity) -> names.add(new Name(folded, entity)));
        names.sort(Comparator.comparingInt((Name n) -> n.folded().length()).reversed());
    }

    /** The actors of {@code known}. */
    public static Mentions actors(KnownEntities known) {
        return new Mentions(known.unambiguousNames("Actor"));
    }

    /** The places of {@code known}. */
    public static Mentions places(KnownEntities known) {
        return new Mentions(known.unambiguousNames("Place"));
    }

    /** The one entity with a name that ends with {@code words} ("army" → "Malian army"), or null if none or several. */
    public Node endingWith(String words) {
        String tail = " " + foldKeepingLength(words.strip());
        Node found = null;
        for (Name name : names) {
            if (name.folded().endsWith(tail) || name.folded().equals(tail.strip())) {
                if (found != null && !found.equals(name.entity())) {
                    return null;
                }
                found = name.entity();
            }
        }
        return found;
    }

    /** The longest known name (of four letters or more) that {@code word} begins with, as written in the data's fold. */
    public String prefixOf(String word) {
        String folded = foldKeepingLength(word);
        for (Name name : names) {
            if (name.folded().length() >= 4 && !name.folded().contains(" ") && folded.startsWith(name.folded())) {
                return name.folded();
            }
        }
        return null;
    }

    /** The mentions in {@code text}, in text order. */
    public List<Mention> in(String text) {
        String folded = foldKeepingLength(text);
        boolean[] taken = new boolean[text.length()];
        List<Mention> found = new ArrayList<>();
        for (Name name : names) {
            if (name.folded().length() < 2) {
                continue;
            }
            for (int at = folded.indexOf(name.folded()); at >= 0; at = folded.indexOf(name.folded(), at + 1)) {
                int end = at + name.folded().length();
                if (bounded(text, at, end) && free(taken, at, end) && asWritten(text, at, end)) {
                    java.util.Arrays.fill(taken, at, end, true);
                    found.add(new Mention(at, end, name.entity()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** A short name ("AP", "Mali") is a proper noun only where the text capitalises it: "ap" or "mali" is not one. */
    private static boolean asWritten(String text, int start, int end) {
        return end - start > 5 || Character.isUpperCase(text.charAt(start));
    }

    private static boolean bounded(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** As {@link org.kidalkg.vocab.Names#fold}, one character for one, so offsets in the folded text are offsets in the text. */
    static String foldKeepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            char folded = base.length() == 1 ? base.charAt(0) : c;
            out.append(Character.isWhitespace(folded) ? ' ' : Character.toLowerCase(folded));
        }
        return out.toString();
    }
}

package org.kidalkg.extract;

import java.util.Locale;
import java.util.Set;

/** A text's language, guessed from its commonest words, for the languages the extraction rules cover (en, fr). */
public final class Languages {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "that", "said", "was", "from", "with");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "et", "du", "une", "que", "dans", "pour", "est");

    private Languages() {}

    public static String guess(String text) {
        int english = 0;
        int french = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            english += ENGLISH.contains(word) ? 1 : 0;
            french += FRENCH.contains(word) ? 1 : 0;
        }
        return french > english ? "fr" : "en";
    }
}

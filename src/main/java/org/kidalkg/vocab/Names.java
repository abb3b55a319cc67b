package org.kidalkg.vocab;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a name someone types or a source uses is compared with the graph's labels and aliases, the one rule for the
 * API's lookups ({@code place=Anefis}, {@code claimant=Forces armees maliennes}) and for the importers' reconciliation:
 * without case, accents or repeated spaces, so a French source's "Cadre stratégique permanent" and a user's
 * "cadre strategique permanent" name the same thing.
 *
 * <pre>{@code
 * Names.fold("  Forces  armées maliennes ")   // "forces armees maliennes"
 * }</pre>
 */
public final class Names {
    private Names() {}

    /** {@code name} without accents or case, trimmed, its runs of white space one space. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}

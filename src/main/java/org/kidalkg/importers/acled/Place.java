package org.kidalkg.importers.acled;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated place: a location in an admin3 in an admin2 in an admin1, with coordinates inside a box
 * around northern Mali. Names are unique by index (a syllable spelling of it), so any number of places
 * can be generated without a table.
 */
record Place(int index, String admin1, String admin2, String admin3, String location, double latitude, double longitude) {
    static final List<String> REGIONS = List.of("Kidal", "Gao", "Timbuktu", "Mopti", "Menaka", "Segou", "Taoudeni",
            "Koulikoro", "Sikasso", "Kayes");
    private static final String[] SYLLABLES = {"ka", "di", "ga", "to", "ma", "ne", "ba", "ko", "ti", "sa", "bu", "lo",
            "ze", "fa", "ri", "mo", "an", "ke", "su", "ya"};

    static Place of(int index, SplittableRandom random) {
        String region = REGIONS.get(index % REGIONS.size());
        int cercle = (index / REGIONS.size()) % 8;
        int commune = (index / (REGIONS.size() * 8)) % 25;
        String location = capitalised(spell(index));
        return new Place(index, region, region + " Cercle " + (cercle + 1), capitalised(spell(cercle * 31 + commune + 7)) + " Commune " + (commune + 1),
                location, 14.0 + random.nextDouble() * 7.0, -4.0 + random.nextDouble() * 5.5);
    }

    /** ACLED's event id: the country code and a serial; unique per place and serial. */
    String eventId(int serial) {
        return "MLI" + index + "-" + serial;
    }

    private static String spell(int n) {
        StringBuilder s = new StringBuilder();
        int v = n;
        do {
            s.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        } while (v > 0);
        if (s.length() < 4) {
            s.append("ra");
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

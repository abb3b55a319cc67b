package org.kidalkg.importers.acled;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's cast: a few dozen actors in ACLED's style, and the sources that report on them. */
final class Actors {
    private Actors() {}

    static final List<Actor> STATE = List.of(
            new Actor("Military Forces of Mali (2021-)", 1),
            new Actor("Police Forces of Mali (2021-)", 1),
            new Actor("Military Forces of Niger (2023-)", 1),
            new Actor("Military Forces of Burkina Faso (2022-)", 1));

    static final List<Actor> ALL = all();

    static final List<String> SOURCES = List.of("AFP", "Reuters", "RFI", "Studio Tamani", "Mali Web", "Jeune Afrique",
            "France 24", "Le Journal du Mali", "Xinhua", "Menastream", "Aljazeera", "Local Source");

    private static List<Actor> all() {
        List<Actor> actors = new ArrayList<>(STATE);
        for (String rebel : List.of("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
                "MNLA: National Movement for the Liberation of Azawad", "HCUA: High Council for the Unity of Azawad",
                "MAA: Arab Movement of Azawad", "JNIM: Group for Support of Islam and Muslims",
                "Islamic State (Sahel)", "Katiba Macina", "Ansar Dine")) {
            actors.add(new Actor(rebel, 2));
        }
        for (String militia : List.of("GATIA: Imghad Tuareg and Allies Self-Defense Group", "MSA: Movement for the Salvation of Azawad",
                "Ganda Izo", "Ganda Koy", "Dan Na Ambassagou")) {
            actors.add(new Actor(militia, 3));
        }
        for (String region : List.of("Kidal", "Gao", "Timbuktu", "Mopti", "Menaka", "Segou", "Taoudeni", "Koulikoro")) {
            actors.add(new Actor("Dozo Communal Militia (" + region + ")", 4));
            actors.add(new Actor("Fulani Ethnic Militia (" + region + ")", 4));
        }
        actors.add(new Actor("Wagner Group", 8));
        actors.add(new Actor("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)", 8));
        return List.copyOf(actors);
    }

    /** Any actor but {@code current}; state forces about a third of the time, so territory is retaken. */
    static Actor pickOtherThan(Actor current, SplittableRandom random) {
        while (true) {
            Actor a = random.nextInt(3) == 0 ? pickState(random) : ALL.get(random.nextInt(ALL.size()));
            if (!a.equals(current)) {
                return a;
            }
        }
    }

    static Actor pickState(SplittableRandom random) {
        return STATE.get(random.nextInt(STATE.size()));
    }
}

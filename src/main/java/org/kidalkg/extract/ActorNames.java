package org.kidalkg.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.kidalkg.extract.Mentions.Mention;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.vocab.KKG;
import org.kidalkg.vocab.Names;

/**
 * The actor a phrase names, as the local name of a known actor or of a new one: by name (the first or last named),
 * as a country's armed forces, by a unique ending ("the army"), a surname or a role, or a person the text introduced;
 * a new actor is proposed once and named again with fewer words, so that one speaker is one actor in a draft.
 */
final class ActorNames {
    private final Lexicon lexicon;
    private final KnownEntities known;
    private final Mentions actors;
    private final Mentions places;
    private final Roles roles;

    ActorNames(Lexicon lexicon, KnownEntities known, Mentions actors, Mentions places) {
        this.lexicon = lexicon;
        this.known = known;
        this.actors = actors;
        this.places = places;
        this.roles = new Roles(known, places, lexicon.functionWords());
    }

    /** The last known actor {@code text} names, or null: the subject is the name nearest the verb. */
    String lastActor(String text) {
        List<Mention> found = actors.in(text);
        return found.isEmpty() ? null : localName(found.get(found.size() - 1).entity());
    }

    /** The first known actor {@code text} names, or null: the speaker after a passive or inverted verb. */
    String firstActor(String text) {
        List<Mention> found = actors.in(text);
        return found.isEmpty() ? null : localName(found.get(0).entity());
    }

    /** The one known actor all of {@code text}'s words name, or null: "elected officials" is not the known "officials". */
    Node namedWholly(String text) {
        List<Mention> found = actors.in(text);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.length() ? found.get(0).entity() : null;
    }

    /** The first known person {@code text} names, else its first known actor; null if none: a speaker's appositions name a person first. */
    String personFirst(String text) {
        List<Mention> named = actors.in(text);
        Node speaker = named.stream().map(Mention::entity).filter(a -> known.is(a, "Person")).findFirst()
                .orElse(named.isEmpty() ? null : named.get(0).entity());
        return speaker == null ? null : localName(speaker);
    }

    /**
     * "Mali's army", "the Malian military", "l'armée malienne": the armed forces of the state sovereign over the known
     * country whose name the word names or begins ("Malian", "malienne" → Mali).
     */
    String armedForces(String phrase) {
        for (Pattern form : lexicon.armedForcesOf()) {
            Matcher m = form.matcher(phrase);
            if (m.find()) {
                String country = places.prefixOf(m.group(1));
                try {
                    return country == null ? null
                            : known.actor("claimant", "Military Forces of " + country).map(ActorNames::localName).orElse(null);
                } catch (IllegalArgumentException ambiguous) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * "the junta", "the army", or a surname alone ("Goïta"): the one known actor with a name ending in those words,
     * if there is exactly one.
     */
    String described(String phrase) {
        Matcher m = DEFINITE.matcher(phrase);
        String untitled = lexicon.titles() == null ? phrase : lexicon.titles().matcher(phrase).replaceFirst("");
        Matcher surname = SURNAME.matcher(untitled);
        String words = m.matches() ? m.group(1) : surname.matches() ? untitled : null;
        Node only = words == null ? null : actors.endingWith(words);
        if (only == null && !lexicon.functionWords().isEmpty()) {
            only = roles.holder(phrase);
        }
        return only == null ? null : localName(only);
    }

    /** One capitalised word ("Goïta said"): a person's surname, if one known name ends with it. */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{L}{2,}");

    private static final Pattern DEFINITE = Pattern.compile(
            "(?i)(?:the|l'|l’|la|le|les)\\s*(\\p{L}[\\p{L} -]{2,40})");

    /** The person the text introduced with the role {@code phrase} names ("the junta leader"), if exactly one. */
    String introducedAs(String phrase, State state) {
        List<String> words = roles.words(phrase);
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        List<String> found = state.introduced.entrySet().stream()
                .filter(e -> e.getKey().containsAll(words) && e.getKey().indexOf(head) > 0).map(Map.Entry::getValue).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * A speaker the data does not know, proposed as a new actor; "junta leader Colonel Assimi Goïta" is the person
     * Assimi Goïta, introduced by the role words before the last title, so that "the junta leader" later is the same.
     */
    String newSpeaker(String phrase, Draft.Reason why, Draft draft, State state) {
        Matcher titled = lexicon.titledName() == null ? null : lexicon.titledName().matcher(phrase);
        if (titled != null && titled.matches()) {
            String id = newActor(titled.group(2), "Person", why, draft, state);
            state.introduced.put(roles.words(titled.group(1)), id);
            return id;
        }
        return newActor(phrase, "Actor", why, draft, state);
    }

    /**
     * A new actor named {@code phrase} without its article or a trailing "also"; an earlier new actor when the phrase
     * names it again with fewer words and the same last one ("the Malian army", then "the army").
     */
    String newActor(String phrase, String type, Draft.Reason why, Draft draft, State state) {
        String name = lexicon.newActorNoise().matcher(phrase.strip()).replaceAll("").strip();
        if (name.isEmpty()) {
            name = phrase.strip();
        }
        List<String> words = Arrays.asList(Names.fold(name).split("[^\\p{L}\\p{N}]+"));
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        for (Map.Entry<String, List<String>> earlier : state.proposed.entrySet()) {
            List<String> named = earlier.getValue();
            if (!named.isEmpty() && named.get(named.size() - 1).equals(head) && named.containsAll(words)) {
                return earlier.getKey();
            }
        }
        String id = draft.newActor(idOf(name), name, type, why);
        state.proposed.putIfAbsent(id, words);
        return id;
    }

    /** Adds the local name of {@code entity} to {@code out} once, if it is one of the data's ids. */
    static void addLocal(Collection<String> out, Node entity) {
        String local = localName(entity);
        if (local != null && !out.contains(local)) {
            out.add(local);
        }
    }

    /** The id of {@code entity} in the data's namespace (what a draft names it by), or null if it has none. */
    static String localName(Node entity) {
        return entity.isURI() && entity.getURI().startsWith(KKG.ID) ? entity.getURI().substring(KKG.ID.length()) : null;
    }

    /** An id for a new actor from its name: "Mali's defence ministry" → "MalisDefenceMinistry". */
    static String idOf(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder id = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.length() == 0 ? "UnnamedActor" : id.toString();
    }
}

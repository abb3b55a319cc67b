package org.kidalkg.extract;

import java.util.List;
import java.util.regex.Matcher;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.kidalkg.extract.Lexicon.Cue;
import org.kidalkg.extract.Mentions.Mention;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.vocab.KKG;

/**
 * The change of control a sentence tells of, drafted: a control period gained ("the army took control of Kidal") or
 * held since a date, or a withdrawal, of a known place, by the actor its verb of control names; where the place or
 * the actor cannot be read the sentence is left to be a statement, for the reviewer.
 */
final class ControlReader {
    private final Lexicon lexicon;
    private final KnownEntities known;
    private final Mentions places;
    private final ActorNames names;
    private final DateWordings dates;

    ControlReader(Lexicon lexicon, KnownEntities known, Mentions places, ActorNames names, DateWordings dates) {
        this.lexicon = lexicon;
        this.known = known;
        this.places = places;
        this.names = names;
        this.dates = dates;
    }

    /** The id of the control period or withdrawal drafted for {@code s}, said by {@code claimant}; null if none. */
    String read(String s, String claimant, Draft draft, State state) {
        // a verb of control is read through quotation marks: « se sont emparées » de
        String words = Quotations.withoutMarks(s).replaceAll("[\\s\u00A0\u202F]+", " ");
        for (Cue change : lexicon.control()) {
            Matcher m = change.find(words, 0);
            if (m == null) {
                continue;
            }
            // "Kidal was retaken by the army", "reprise par l'armée": the place before the verb, the controller after it
            boolean passive = change.meaning().endsWith(" by");
            Node place = passive ? placeBefore(words, m.start()) : placeAfter(words, m.end(), state);
            String controller = place == null ? null : passive ? agent(Phrases.clauseAfter(words, m.end()), place) : controller(words, m.start(), place, claimant, state);
            if (controller == null) {
                continue;
            }
            String territory = ActorNames.localName(place);
            String meaning = passive ? "gain" : change.meaning();
            Draft.Reason why = Draft.Reason.of(lexicon.language() + ".control-" + meaning, m.group());
            switch (meaning) {
                case "gain" -> {
                    return remembered(draft.controlPeriod(controller, territory, dates.beginOf(s, state), s, why), place, state);
                }
                case "hold" -> {
                    String since = dates.since(s, state);
                    if (since != null) {
                        return remembered(draft.controlPeriod(controller, territory, since, s, why), place, state);
                    }
                }
                default -> { return draft.event("Withdrawal", controller, territory, s, why); }
            }
        }
        return null;
    }

    /** {@code period}, as the last account of control, of {@code place}: what caveats and responses that follow are about. */
    private static String remembered(String period, Node place, State state) {
        state.lastControl = period;
        state.lastControlPlace = place;
        return period;
    }

    /**
     * The actor taking or losing control: the subject just before the verb, found as a speaker is ("the army took",
     * "Malian forces were driven out"), and "our forces", "the troops" the armed forces of the state sovereign over
     * the place; the claimant when "it" or "they" is the subject; else null, for the reviewer ("our forces have taken
     * over Kidal", said by a leader whose state the data does not know).
     */
    private String controller(String s, int verbStart, Node place, String claimant, State state) {
        String phrase = controlSubject(s.substring(0, verbStart));
        String named = lexicon.relativePronoun().matcher(phrase).matches() && state.previousPiece != null
                ? names.lastActor(Quotations.unquoted(state.previousPiece)) // "Tuareg separatists who had held the city": the separatists
                : agent(phrase, place);
        if (named != null && !named.equals(state.outlet)) {
            return named;
        }
        boolean pronoun = phrase.isEmpty() || lexicon.isPronoun(phrase);
        boolean person = known.is(NodeFactory.createURI(KKG.ID + claimant), "Person");
        return !pronoun || claimant.equals(state.outlet) || person ? null : claimant;
    }

    /**
     * The actor {@code phrase} names as taking or holding {@code place}: a country's forces first ("The Malian and Wagner
     * forces": Mali's), then the last known actor, one named by a unique ending ("the army"), or "our forces" as the
     * armed forces of the state sovereign over the place; null if none.
     */
    private String agent(String phrase, Node place) {
        String named = names.armedForces(phrase);
        if (named == null) {
            named = names.lastActor(phrase);
        }
        if (named == null) {
            named = names.described(phrase);
        }
        if (named == null && lexicon.ownForces().matcher(phrase).find()) {
            named = known.armedForcesOver(place).map(ActorNames::localName).orElse(null);
        }
        return named;
    }

    /** The last known place named before {@code end} in {@code s}: what a passive verb of control is about. */
    private Node placeBefore(String s, int end) {
        List<Mention> found = places.in(s.substring(0, end));
        return found.isEmpty() ? null : found.get(found.size() - 1).entity();
    }

    /** The subject phrase of a verb of control: the last phrase before it, without "that" or auxiliaries ({@code read} took out the quotation marks). */
    private String controlSubject(String before) {
        String clause = Phrases.afterLastBoundary(before);
        return Phrases.lastPhrase(lexicon.controlSubjectNoise().matcher(clause).replaceAll(""));
    }

    /** The known place named just after a verb of control, or the town the text last named for "the town", "la ville". */
    private Node placeAfter(String s, int from, State state) {
        String after = s.substring(from, Math.min(s.length(), from + 60));
        List<Mention> found = places.in(after);
        if (!found.isEmpty()) {
            return found.get(0).entity();
        }
        Matcher anaphor = lexicon.placeAnaphora().matcher(after);
        return anaphor.lookingAt() ? state.lastTown : null;
    }
}

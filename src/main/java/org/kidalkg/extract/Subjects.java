package org.kidalkg.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks through a reporting verb, and by which rule: the actor named as its subject before it (past insertions
 * and appositions), after it when it is passive or inverted, a pronoun's last claimant, or a new actor; the rule and
 * its confidence go with the claim so a reviewer sees why a speaker was chosen.
 */
final class Subjects {
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Lexicon lexicon;
    private final ActorNames names;

    Subjects(Lexicon lexicon, ActorNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Who speaks through {@code verb}: the last actor named before it, else the one named after it, else "he". */
    String subject(String s, Matcher verb, Draft draft, State state) {
        if (isPassive(verb)) {
            String after = names.firstActor(Phrases.clauseAfter(s, verb.end()));
            if (after != null) {
                return after;
            }
        }
        if (isInverted(verb) && state.lastClaimant != null) {
            return state.lastClaimant; // "a-t-il juré": the pronoun is in the verb
        }
        String before = Quotations.unquoted(s.substring(0, verb.start()));
        String named = namedBefore(withoutInsertions(before), state);
        if (named == null && speakerMayFollow(before)) {
            named = names.firstActor(Phrases.clauseAfter(s, verb.end()));
        }
        if (named != null) {
            return named;
        }
        String phrase = subjectPhrase(before);
        String forces = names.armedForces(phrase);
        if (forces != null) {
            return forces;
        }
        String described = names.described(phrase);
        if (described != null) {
            return described;
        }
        if (lexicon.isPronoun(phrase) && state.lastClaimant != null) {
            return state.lastClaimant;
        }
        if (!LETTER.matcher(phrase).find() || lexicon.isPronoun(phrase)) { // "'…,' – said the army": no words, no new actor
            return state.outlet;
        }
        Draft.Reason why = Draft.Reason.of(lexicon.language() + ".new-claimant", phrase + " " + verb.group());
        return names.newSpeaker(phrase, why, draft, state);
    }

    /**
     * The subject phrase before a verb: the last phrase; where the language says so, also "AFP quoted him as" → "him",
     * and, for "NAME, an alliance of rebel groups, admitted" or "Mali's foreign minister, NAME, said", the name.
     */
    private String subjectPhrase(String before) {
        String phrase = Phrases.lastPhrase(before);
        if (!lexicon.subjectIsLastPhrase()) {
            return phrase;
        }
        Matcher quoted = lexicon.objectSpeaker().matcher(phrase);
        if (quoted.find()) {
            return quoted.group(1);
        }
        return phrase.isEmpty() ? apposed(before) : phrase;
    }

    /** In "NP, APPOSITION, verb": the apposition if it is a proper name, else the noun phrase before it. */
    private static String apposed(String before) {
        String t = before.strip();
        int cut = t.endsWith(",") ? t.lastIndexOf(',', t.length() - 2) : -1;
        if (cut < 0) {
            return "";
        }
        String apposition = t.substring(cut + 1, t.length() - 1).strip();
        return PROPER_NAME.matcher(apposition).matches() ? apposition : Phrases.lastPhrase(t.substring(0, cut));
    }

    private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");

    /**
     * The known actor named as the subject before a reporting verb: in the phrase just before it where the language
     * says so ("Calling on residents to stay calm, the chief of staff said"), by name, as a country's army, by a
     * unique ending ("the junta"), a title and surname ("Mr Mara") or a role ("the junta leader"); else anywhere before.
     */
    private String namedBefore(String before, State state) {
        String phrase = subjectPhrase(before);
        if (!lexicon.subjectIsLastPhrase() || phrase.isEmpty()) {
            return names.lastActor(before);
        }
        String named = names.lastActor(phrase);
        if (named == null) {
            named = names.armedForces(phrase);
        }
        if (named == null) {
            named = names.described(phrase);
        }
        return named == null ? names.introducedAs(phrase, state) : named;
    }

    /** Whether the speaker may be named after the verb: no words of a subject before it ('…," said the army'). */
    private boolean speakerMayFollow(String before) {
        return !lexicon.subjectIsLastPhrase() || subjectPhrase(before).isEmpty();
    }

    /**
     * {@code before} with its comma-delimited insertions blanked (same length): "Le CSP, regroupant des groupes
     * rebelles armés, a révélé": the actor named in a participle or relative clause set off by commas is not the
     * subject (the lexicon's {@code insertions}).
     */
    private String withoutInsertions(String before) {
        StringBuilder out = new StringBuilder(before);
        for (int comma = before.indexOf(','); comma >= 0; comma = before.indexOf(',', comma + 1)) {
            int next = before.indexOf(',', comma + 1);
            int end = next < 0 ? before.length() : next;
            if (lexicon.insertions().matcher(before.substring(comma + 1, end)).lookingAt()) {
                for (int i = comma + 1; i < end; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** "confirmed by the rebels", "confirmée par la rébellion": the speaker follows the verb. */
    private static boolean isPassive(Matcher verb) {
        String words = verb.group().toLowerCase(Locale.ROOT);
        return words.endsWith(" by") || words.endsWith(" par");
    }

    private static boolean isInverted(Matcher verb) {
        return verb.group().contains("-t-");
    }

    Draft.Reason reason(String s, Matcher verb, State state) {
        String before = Quotations.unquoted(s.substring(0, verb.start()));
        String lang = lexicon.language();
        if (isPassive(verb) && names.firstActor(Phrases.clauseAfter(s, verb.end())) != null) {
            return Draft.Reason.of(lang + ".reporting-verb-passive", verb.group());
        }
        if (isInverted(verb) && state.lastClaimant != null) {
            return Draft.Reason.of(lang + ".pronoun", verb.group());
        }
        if (namedBefore(withoutInsertions(before), state) != null) {
            return Draft.Reason.of(lang + ".reporting-verb", verb.group());
        }
        if (speakerMayFollow(before) && names.firstActor(Phrases.clauseAfter(s, verb.end())) != null) {
            return Draft.Reason.of(lang + ".reporting-verb-inverted", verb.group());
        }
        boolean pronoun = lexicon.isPronoun(subjectPhrase(before)) && state.lastClaimant != null;
        return Draft.Reason.of(lang + (pronoun ? ".pronoun" : ".reporting-verb-unknown-subject"), verb.group());
    }
}

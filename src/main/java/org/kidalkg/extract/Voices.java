package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.kidalkg.extract.Lexicon.Cue;

/**
 * Who speaks in a clause, with what stance: a caveat or hedge of the outlet, the sources after "according to", the
 * subject of a reporting verb, a speaker apposed to a quotation, the voice of the clause a quotation or a
 * continuation goes on from, else the outlet as narrator; each voice with the rule that found it.
 */
final class Voices {
    /** A claim's source of words: who, with what stance, by which rule. */
    record Attribution(String claimant, String stance, Draft.Reason why, String caveatKind) {}

    private final Lexicon lexicon;
    private final ActorNames names;
    private final Subjects subjects;

    Voices(Lexicon lexicon, ActorNames names, Subjects subjects) {
        this.lexicon = lexicon;
        this.names = names;
        this.subjects = subjects;
    }

    /**
     * The voices of one clause: usually one; one per actor named after "according to" ("according to residents
     * and rebels"); and a quotation left open at the clause's end speaks with the voice of the clause that closes it.
     */
    List<Attribution> attributions(String text, List<Sentences.Span> clauses, int index, Draft draft, State state) {
        String s = clauses.get(index).of(text);
        List<Attribution> according = accordingTo(s, draft, state);
        if (!according.isEmpty()) {
            return according;
        }
        Attribution who = attribution(s, draft, state);
        if (who.why().rule().endsWith(".narrator") && Quotations.opensQuote(s)) {
            for (int next = index + 1; next < clauses.size() && next <= index + 3; next++) {
                String later = clauses.get(next).of(text);
                if (Quotations.closesQuote(later)) {
                    Attribution speaker = attribution(later, draft, state);
                    if (!speaker.claimant().equals(state.outlet)) {
                        return List.of(new Attribution(speaker.claimant(), speaker.stance(),
                                Draft.Reason.of(lexicon.language() + ".quote-continued", speaker.why().words()), null));
                    }
                    break;
                }
            }
        }
        return List.of(who);
    }

    private List<Attribution> accordingTo(String s, Draft draft, State state) {
        for (Cue marker : lexicon.accordingTo()) {
            Matcher m = marker.find(s, 0);
            if (m != null) {
                Draft.Reason unknown = Draft.Reason.of(lexicon.language() + ".according-to-new", m.group());
                List<String> named = accordingToSources(s.substring(m.end()), unknown, draft, state);
                List<Attribution> voices = new ArrayList<>();
                named.forEach(actor -> voices.add(new Attribution(actor, "Asserts", state.proposed.containsKey(actor) ? unknown
                        : Draft.Reason.of(lexicon.language() + ".according-to", m.group()), null)));
                if (!voices.isEmpty()) {
                    return voices;
                }
            }
        }
        return List.of();
    }

    /**
     * The sources named after "according to": "residents and rebels", "rebels and other sources, such as elected
     * officials", "messages posted on social networks"; each a known actor where its words name one, else a new actor
     * with its words; vague ones ("other sources") and long ones (a clause, not a name) are left out.
     */
    private List<String> accordingToSources(String after, Draft.Reason why, Draft draft, State state) {
        List<String> sources = new ArrayList<>();
        for (String item : lexicon.sourceSeparators().split(Quotations.unquoted(after).replaceFirst("[\\s.;:!?]+$", ""))) {
            String name = item.strip();
            if (name.isEmpty() || lexicon.vagueSource().matcher(name).matches()) {
                continue;
            }
            String bare = lexicon.newActorNoise().matcher(name).replaceAll("").strip();
            Node source = names.namedWholly(bare);
            if (source != null) {
                ActorNames.addLocal(sources, source);
            } else if (name.split("\\s+").length <= 6) {
                String id = names.newActor(name, "Actor", why, draft, state);
                if (!sources.contains(id)) {
                    sources.add(id);
                }
            }
        }
        return sources;
    }

    private Attribution attribution(String s, Draft draft, State state) {
        String lang = lexicon.language();
        for (Cue caveat : lexicon.caveats()) {
            Matcher m = caveat.find(s, 0);
            if (m != null) {
                return new Attribution(state.outlet, "Caveats", Draft.Reason.of(lang + ".caveat", m.group()), caveat.meaning());
            }
        }
        Matcher verb = earliest(lexicon.reportingVerbs(), s);
        if (verb == null) {
            Attribution apposed = apposedSpeaker(s);
            if (apposed != null) {
                return apposed;
            }
            Attribution continued = continued(s, state);
            if (continued != null) {
                return continued;
            }
            for (Cue hedge : lexicon.hedges()) {
                Matcher m = hedge.find(s, 0);
                if (m != null) {
                    return new Attribution(state.outlet, hedge.meaning(), Draft.Reason.of(lang + ".hedge", m.group()), null);
                }
            }
            return new Attribution(state.outlet, "Asserts", Draft.Reason.of(lang + ".narrator", ""), null);
        }
        String stance = meaningOf(verb);
        return new Attribution(subjects.subject(s, verb, draft, state), stance, subjects.reason(s, verb, state), null);
    }

    /**
     * "« … » , l’homme fort du Mali, le colonel Assimi Goïta, dans un message …": a quotation with no verb, its speaker
     * named in the appositions after it (up to the third comma); a person named there before any other actor.
     */
    private Attribution apposedSpeaker(String s) {
        Matcher quote = lexicon.apposedSpeaker().matcher(s);
        if (!quote.lookingAt()) {
            return null;
        }
        String[] appositions = s.substring(quote.end()).split(",", 4);
        String speaker = names.personFirst(String.join(",", Arrays.asList(appositions).subList(0, Math.min(3, appositions.length))));
        return speaker == null ? null : new Attribution(speaker, "Asserts",
                Draft.Reason.of(lexicon.language() + ".quote-apposition", quote.group()), null);
    }

    /** "Et ce, après avoir résisté …": a clause with no voice that goes on with the one before speaks with its voice. */
    private Attribution continued(String s, State state) {
        Matcher on = lexicon.continuations().matcher(s);
        if (!on.lookingAt() || state.previousVoice == null || state.previousVoice.equals(state.outlet)) {
            return null;
        }
        return new Attribution(state.previousVoice, "Asserts", Draft.Reason.of(lexicon.language() + ".continued", on.group()), null);
    }

    /** The outlet's voice for a relative clause cut from someone's reported words (see {@link Lexicon#backgroundRelative}). */
    List<Attribution> background(String segment, List<Attribution> voices, State state) {
        boolean reported = voices.stream().anyMatch(v -> !v.claimant().equals(state.outlet));
        if (!reported || !lexicon.backgroundRelative().matcher(segment).lookingAt()) {
            return voices;
        }
        return List.of(new Attribution(state.outlet, "Asserts", Draft.Reason.of(lexicon.language() + ".background", ""), null));
    }

    /** The first reporting verb of {@code s} used as a verb: "the said equipment" is not one. */
    static Matcher earliest(List<Cue> cues, String s) {
        Matcher best = null;
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(s);
            while (m.find()) {
                if (!ARTICLE_BEFORE.matcher(s.substring(0, m.start())).find()) {
                    if (best == null || m.start() < best.start()) {
                        best = m;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|a|an|le|la|les|un|une)\\s+|\\b[ld][’'])$");

    private String meaningOf(Matcher verb) {
        for (Cue cue : lexicon.reportingVerbs()) {
            if (cue.pattern() == verb.pattern()) {
                return cue.meaning();
            }
        }
        return "Asserts";
    }
}

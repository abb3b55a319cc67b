package org.kidalkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.kidalkg.answers.ApiJson;
import org.kidalkg.extract.Lexicon.Cue;
import org.kidalkg.extract.Mentions.Mention;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.article.VagueDates;
import org.kidalkg.vocab.KKG;

/**
 * Drafts the annotations of an article by rule, sentence by sentence: who makes each claim (the subject of a
 * reporting verb, the name after "according to", the outlet itself when nobody else is named), its stance (from
 * the verb or a caveat phrase), its medium, its relay and its date, and what it is about (a change of control
 * of a known place, a withdrawal, or the sentence as a statement). Claimants and places resolve to the served
 * data's entities by label and alias; a claimant the data does not know is proposed as a new actor.
 */
public final class Extractor {
    /** What the command line says about the article. */
    public record Article(String id, String title, LocalDate published, String language, String outlet, String url) {}

    /** A claim's source of words: who, with what stance, by which rule. */
    private record Attribution(String claimant, String stance, Draft.Reason why, String caveatKind) {}

    private final Lexicon lexicon;
    private final KnownEntities known;
    private final Mentions actors;
    private final Mentions places;
    private final ActorNames names;
    private final DateWordings dates;
    private final ControlReader controls;

    public Extractor(Lexicon lexicon, KnownEntities known) {
        this.lexicon = lexicon;
        this.known = known;
        this.actors = Mentions.actors(known);
        this.places = Mentions.places(known);
        this.names = new ActorNames(lexicon, known, actors, places);
        this.dates = new DateWordings(lexicon);
        this.controls = new ControlReader(lexicon, known, places, names, dates);
    }

    /** The draft annotations of {@code text}. */
    public Draft extract(String text, Article article) {
        Draft draft = new Draft(document(article));
        String outlet = outlet(article, draft);
        State state = new State(outlet, new VagueDates(article.published()), article.published().toString());
        List<Sentences.Span> clauses = Clauses.of(text, lexicon);
        for (int i = 0; i < clauses.size(); i++) {
            clause(text, clauses, i, draft, state);
        }
        return draft;
    }

    private void clause(String text, List<Sentences.Span> clauses, int index, Draft draft, State state) {
        List<Attribution> voices = attributions(text, clauses, index, draft, state);
        // a speaker in apposition after the quotation is part of the one claim, not a piece of its own
        boolean apposed = voices.get(0).why().rule().endsWith(".quote-apposition");
        for (Sentences.Span piece : apposed ? List.of(clauses.get(index)) : Segments.of(text, clauses.get(index), lexicon)) {
            Sentences.Span segment = introduced(text, piece);
            String s = segment.of(text);
            for (Attribution who : background(s, voices, state)) {
                boolean caveat = "Caveats".equals(who.stance());
                String about = caveat && state.lastAbout != null ? caveated(who, state) : proposition(s, who, draft, state);
                Map<String, Object> optional = new LinkedHashMap<>();
                optional.put("date", dates.dayWording(s, state));
                optional.put("relayedBy", relay(clauses.get(index).of(text)));
                optional.put("caveatKind", who.caveatKind());
                optional.put("occurrence", occurrence(text, segment));
                String medium = who.claimant().equals(state.outlet) ? "NewsReport" : medium(clauses.get(index).of(text));
                draft.claim(who.claimant(), who.stance(), medium, about, s, optional, who.why());
                if (!caveat) {
                    state.lastAbout = about;
                }
                state.caveatRun = caveat ? about : null;
            }
            state.previousPiece = s;
            places.in(s).stream().map(Mention::entity).filter(p -> known.is(p, "City")).reduce((a, b) -> b)
                    .ifPresent(town -> state.lastTown = town);
        }
        partialQuotes(text, clauses.get(index), voices, draft, state);
        voices.stream().filter(v -> !v.claimant().equals(state.outlet)).reduce((a, b) -> b)
                .ifPresent(v -> state.lastClaimant = v.claimant());
        state.previousVoice = voices.get(voices.size() - 1).claimant();
    }

    /**
     * The speaker's exact words quoted inside a sentence that reports them ("admitted … that it had withdrawn "for
     * strategic reasons""; « une nouvelle étape »): a claim of their own, beside the sentence's, for the one voice of
     * the clause when it is not the outlet's, where the lexicon says reviewers annotate them so ({@code partialQuotes}).
     * Which quotations are: {@link Quotations#partial}.
     */
    private void partialQuotes(String text, Sentences.Span clause, List<Attribution> voices, Draft draft, State state) {
        Attribution who = voices.get(0);
        if (!lexicon.partialQuotes() || voices.size() != 1 || who.claimant().equals(state.outlet) || "Caveats".equals(who.stance())) {
            return;
        }
        String s = clause.of(text);
        for (Quotations.Quote quote : Quotations.partial(s)) {
            Sentences.Span span = new Sentences.Span(clause.start() + quote.words().start(), clause.start() + quote.words().end());
            String words = span.of(text);
            Map<String, Object> optional = new LinkedHashMap<>();
            optional.put("occurrence", occurrence(text, span));
            String about = draft.statement(words, List.of(), new Draft.Reason(lexicon.language() + ".statement", 0.5, ""));
            draft.claim(who.claimant(), who.stance(), medium(s), about, words, optional,
                    new Draft.Reason(lexicon.language() + ".partial-quote", 0.5, quote.marked()));
        }
    }

    /** "Goïta a affirmé : « … »": what a colon after the reporting verb introduces is the claim, without the verb. */
    private Sentences.Span introduced(String text, Sentences.Span piece) {
        String s = piece.of(text);
        Matcher verb = earliest(lexicon.reportingVerbs(), s);
        if (verb == null) {
            return piece;
        }
        Matcher colon = COLON_QUOTE.matcher(s).region(verb.end(), s.length());
        return colon.lookingAt() ? new Sentences.Span(piece.start() + colon.end(), piece.end()) : piece;
    }

    private static final Pattern COLON_QUOTE = Pattern.compile("\\h*:\\h*(?=[«“\"])");

    /** The outlet's voice for a relative clause cut from someone's reported words (see {@link Lexicon#backgroundRelative}). */
    private List<Attribution> background(String segment, List<Attribution> voices, State state) {
        boolean reported = voices.stream().anyMatch(v -> !v.claimant().equals(state.outlet));
        if (!reported || !lexicon.backgroundRelative().matcher(segment).lookingAt()) {
            return voices;
        }
        return List.of(new Attribution(state.outlet, "Asserts", new Draft.Reason(lexicon.language() + ".background", 0.5, ""), null));
    }

    /**
     * What a caveat is about: what the caveat just before it is about, when caveats follow one another; else the last
     * change of control when it is about the extent of control, else the last proposition.
     */
    private static String caveated(Attribution who, State state) {
        if (state.caveatRun != null) {
            return state.caveatRun; // "The extent of the control is unclear. Authorities have not released an image.": one thing caveated
        }
        return "ExtentUnclear".equals(who.caveatKind()) && state.lastControl != null ? state.lastControl : state.lastAbout;
    }

    /**
     * The voices of one clause: usually one; one per actor named after "according to" ("according to residents
     * and rebels"); and a quotation left open at the clause's end speaks with the voice of the clause that closes it.
     */
    private List<Attribution> attributions(String text, List<Sentences.Span> clauses, int index, Draft draft, State state) {
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
                                new Draft.Reason(lexicon.language() + ".quote-continued", 0.6, speaker.why().words()), null));
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
                Draft.Reason unknown = new Draft.Reason(lexicon.language() + ".according-to-new", 0.4, m.group());
                List<String> named = accordingToSources(s.substring(m.end()), unknown, draft, state);
                List<Attribution> voices = new ArrayList<>();
                named.forEach(actor -> voices.add(new Attribution(actor, "Asserts", state.proposed.containsKey(actor) ? unknown
                        : new Draft.Reason(lexicon.language() + ".according-to", named.size() == 1 ? 0.75 : 0.65, m.group()), null)));
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
            List<Mention> found = actors.in(bare);
            // "elected officials" is not the known "officials": a known source is named by all of the words
            if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == bare.length()) {
                ActorNames.addLocal(sources, found.get(0).entity());
            } else if (name.split("\\s+").length <= 6 && !sources.contains(name)) {
                sources.add(names.newActor(name, "Actor", why, draft, state));
            }
        }
        return sources;
    }

    private Attribution attribution(String s, Draft draft, State state) {
        String lang = lexicon.language();
        for (Cue caveat : lexicon.caveats()) {
            Matcher m = caveat.find(s, 0);
            if (m != null) {
                return new Attribution(state.outlet, "Caveats", new Draft.Reason(lang + ".caveat", 0.75, m.group()), caveat.meaning());
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
                    return new Attribution(state.outlet, hedge.meaning(), new Draft.Reason(lang + ".hedge", 0.6, m.group()), null);
                }
            }
            return new Attribution(state.outlet, "Asserts", new Draft.Reason(lang + ".narrator", 0.6, ""), null);
        }
        String stance = meaningOf(verb);
        return new Attribution(subject(s, verb, draft, state), stance, reason(s, verb, state), null);
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
        List<Mention> named = actors.in(String.join(",", Arrays.asList(appositions).subList(0, Math.min(3, appositions.length))));
        Node speaker = named.stream().map(Mention::entity).filter(a -> known.is(a, "Person")).findFirst()
                .orElse(named.isEmpty() ? null : named.get(0).entity());
        return speaker == null || ActorNames.localName(speaker) == null ? null : new Attribution(ActorNames.localName(speaker), "Asserts",
                new Draft.Reason(lexicon.language() + ".quote-apposition", 0.6, quote.group()), null);
    }

    /** "Et ce, après avoir résisté …": a clause with no voice that goes on with the one before speaks with its voice. */
    private Attribution continued(String s, State state) {
        Matcher on = lexicon.continuations().matcher(s);
        if (!on.lookingAt() || state.previousVoice == null || state.previousVoice.equals(state.outlet)) {
            return null;
        }
        return new Attribution(state.previousVoice, "Asserts", new Draft.Reason(lexicon.language() + ".continued", 0.5, on.group()), null);
    }

    /** Who speaks through {@code verb}: the last actor named before it, else the one named after it, else "he". */
    private String subject(String s, Matcher verb, Draft draft, State state) {
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
        if (phrase.isEmpty() || lexicon.isPronoun(phrase)) {
            return state.outlet;
        }
        Draft.Reason why = new Draft.Reason(lexicon.language() + ".new-claimant", 0.4, phrase + " " + verb.group());
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

    private Draft.Reason reason(String s, Matcher verb, State state) {
        String before = Quotations.unquoted(s.substring(0, verb.start()));
        String lang = lexicon.language();
        if (isPassive(verb) && names.firstActor(Phrases.clauseAfter(s, verb.end())) != null) {
            return new Draft.Reason(lang + ".reporting-verb-passive", 0.7, verb.group());
        }
        if (isInverted(verb) && state.lastClaimant != null) {
            return new Draft.Reason(lang + ".pronoun", 0.5, verb.group());
        }
        if (namedBefore(withoutInsertions(before), state) != null) {
            return new Draft.Reason(lang + ".reporting-verb", 0.8, verb.group());
        }
        if (speakerMayFollow(before) && names.firstActor(Phrases.clauseAfter(s, verb.end())) != null) {
            return new Draft.Reason(lang + ".reporting-verb-inverted", 0.7, verb.group());
        }
        boolean pronoun = lexicon.isPronoun(subjectPhrase(before)) && state.lastClaimant != null;
        return new Draft.Reason(lang + (pronoun ? ".pronoun" : ".reporting-verb-unknown-subject"), pronoun ? 0.5 : 0.4, verb.group());
    }

    /** A change of control of a known place, a withdrawal from one, or else the sentence as a statement. */
    private String proposition(String s, Attribution who, Draft draft, State state) {
        String control = controls.read(s, who.claimant(), draft, state);
        if (control != null) {
            return control;
        }
        List<String> mentioned = new ArrayList<>();
        actors.in(s).forEach(x -> ActorNames.addLocal(mentioned, x.entity()));
        places.in(s).forEach(x -> ActorNames.addLocal(mentioned, x.entity()));
        return draft.statement(s, mentioned, new Draft.Reason(lexicon.language() + ".statement", 0.6, ""));
    }

    private String medium(String s) {
        for (Cue cue : lexicon.media()) {
            if (cue.find(s, 0) != null) {
                return cue.meaning();
            }
        }
        return "MediumNotReported";
    }

    private String relay(String s) {
        for (Cue cue : lexicon.relays()) {
            Matcher m = cue.find(s, 0);
            if (m != null) {
                return names.firstActor(m.group(1));
            }
        }
        return null;
    }

    private ObjectNode document(Article a) {
        ObjectNode d = ApiJson.object().put("id", a.id()).put("title", a.title()).put("issued", a.published().toString())
                .put("language", a.language());
        if (a.url() != null) {
            d.put("url", a.url());
        }
        return d;
    }

    /** The outlet as a known actor, or a new one; it is the document's publisher and the narrator's voice. */
    private String outlet(Article a, Draft draft) {
        String name = a.outlet() == null ? a.id() : a.outlet();
        String found = known.knows(NodeFactory.createURI(KKG.ID + name)) ? name : names.firstActor(name);
        String id = found != null ? found
                : draft.newActor(ActorNames.idOf(name), name, "MediaOrganisation", new Draft.Reason("outlet", 0.9, name));
        return id;
    }

    /** The first reporting verb of {@code s} used as a verb: "the said equipment" is not one. */
    private static Matcher earliest(List<Cue> cues, String s) {
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

    /** Which occurrence of its words the sentence is (1-based), when the words occur more than once; else null. */
    private static Integer occurrence(String text, Sentences.Span span) {
        String quote = span.of(text);
        if (text.indexOf(quote, text.indexOf(quote) + 1) < 0) {
            return null;
        }
        int n = 0;
        for (int at = text.indexOf(quote); at >= 0 && at <= span.start(); at = text.indexOf(quote, at + 1)) {
            n++;
        }
        return n;
    }

}

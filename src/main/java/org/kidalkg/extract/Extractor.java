package org.kidalkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.NodeFactory;
import org.kidalkg.answers.ApiJson;
import org.kidalkg.extract.Lexicon.Cue;
import org.kidalkg.extract.Mentions.Mention;
import org.kidalkg.extract.Voices.Attribution;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.article.VagueDates;
import org.kidalkg.vocab.KKG;

/**
 * Drafts the annotations of an article by rule, sentence by sentence: who makes each claim (the subject of a
 * reporting verb, the name after "according to", the outlet itself when nobody else is named), its stance (from
 * the verb or a caveat phrase), its medium, its relay and its date, and what it is about (a change of control
 * of a known place, a withdrawal, or the sentence as a statement). Claimants and places resolve to the served
 * data's entities by label and alias; a claimant the data does not know is proposed as a new actor.
 *
 * <p>This class only walks the text (sentence, clauses, claim-sized pieces, their voices) and writes the claims; who
 * speaks is {@code Voices}' and {@code Subjects}' to say, what a phrase names {@code ActorNames}', what changed hands
 * {@code ControlReader}'s and when {@code DateWordings}'; what carries from one sentence to the next is in {@code State}.
 */
public final class Extractor {
    /** What the command line says about the article. */
    public record Article(String id, String title, LocalDate published, String language, String outlet, String url) {}

    private final Lexicon lexicon;
    private final KnownEntities known;
    private final Mentions actors;
    private final Mentions places;
    private final ActorNames names;
    private final DateWordings dates;
    private final ControlReader controls;
    private final Voices speakers;

    public Extractor(Lexicon lexicon, KnownEntities known) {
        this.lexicon = lexicon;
        this.known = known;
        this.actors = Mentions.actors(known);
        this.places = Mentions.places(known);
        this.names = new ActorNames(lexicon, known, actors, places);
        this.dates = new DateWordings(lexicon);
        this.controls = new ControlReader(lexicon, known, places, names, dates);
        this.speakers = new Voices(lexicon, names, new Subjects(lexicon, names));
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
        List<Attribution> voices = speakers.attributions(text, clauses, index, draft, state);
        // a speaker in apposition after the quotation is part of the one claim, not a piece of its own
        boolean apposed = voices.get(0).why().rule().endsWith(".quote-apposition");
        for (Sentences.Span piece : apposed ? List.of(clauses.get(index)) : Segments.of(text, clauses.get(index), lexicon)) {
            Sentences.Span segment = introduced(text, piece);
            String s = segment.of(text);
            for (Attribution who : speakers.background(s, voices, state)) {
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
            String about = draft.statement(words, List.of(), Draft.Reason.of(lexicon.language() + ".statement", ""));
            draft.claim(who.claimant(), who.stance(), medium(s), about, words, optional,
                    Draft.Reason.of(lexicon.language() + ".partial-quote", quote.marked()));
        }
    }

    /** "Goïta a affirmé : « … »": what a colon after the reporting verb introduces is the claim, without the verb. */
    private Sentences.Span introduced(String text, Sentences.Span piece) {
        String s = piece.of(text);
        Matcher verb = Voices.earliest(lexicon.reportingVerbs(), s);
        if (verb == null) {
            return piece;
        }
        Matcher colon = COLON_QUOTE.matcher(s).region(verb.end(), s.length());
        return colon.lookingAt() ? new Sentences.Span(piece.start() + colon.end(), piece.end()) : piece;
    }

    private static final Pattern COLON_QUOTE = Pattern.compile("\\h*:\\h*(?=[«“\"])");

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

    /** A change of control of a known place, a withdrawal from one, or else the sentence as a statement. */
    private String proposition(String s, Attribution who, Draft draft, State state) {
        String control = controls.read(s, who.claimant(), draft, state);
        if (control != null) {
            return control;
        }
        if (respondsToControl(s, who, state)) {
            return state.lastControl;
        }
        List<String> mentioned = new ArrayList<>();
        actors.in(s).forEach(x -> ActorNames.addLocal(mentioned, x.entity()));
        places.in(s).forEach(x -> ActorNames.addLocal(mentioned, x.entity()));
        return draft.statement(s, mentioned, Draft.Reason.of(lexicon.language() + ".statement", ""));
    }

    /**
     * Whether {@code s} acknowledges or denies the last account of control: it names its place, or "the town" for it
     * ("A rebel spokesman confirmed the presence of the Malian military in Kidal", "denied that the army was in the
     * town"), so the graph shows who confirms that account and who contests it.
     */
    private boolean respondsToControl(String s, Attribution who, State state) {
        if (state.lastControl == null || !("Acknowledges".equals(who.stance()) || "Denies".equals(who.stance()))) {
            return false;
        }
        boolean named = places.in(s).stream().anyMatch(m -> m.entity().equals(state.lastControlPlace));
        // "the town" in a response is the town whose control is at issue, even when another was named since
        return named || known.is(state.lastControlPlace, "City") && lexicon.placeAnaphora().matcher(s).find();
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
                : draft.newActor(ActorNames.idOf(name), name, "MediaOrganisation", Draft.Reason.of("outlet", name));
        return id;
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

package org.kidalkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One language's extraction rules, read from {@code lexicon-<lang>.json} beside this class: reporting verbs by
 * stance, attribution markers ("according to", "selon"), caveat phrases by caveat kind, medium phrases, relay
 * phrases ("told AFP"), pronouns, control verbs by the change they report, and the date phrases worth keeping.
 * Matching is case-insensitive on word boundaries; every cue keeps the words it matched.
 */
public final class Lexicon {
    /** A pattern and what it means (a stance, a caveat kind, a medium, a change of control). */
    public record Cue(Pattern pattern, String meaning) {
        /** The first match in {@code text} from {@code from}, or null. */
        Matcher find(String text, int from) {
            Matcher m = pattern.matcher(text);
            return m.find(from) ? m : null;
        }
    }

    private final String language;
    private final List<Cue> reportingVerbs;
    private final List<Cue> accordingTo;
    private final List<Cue> caveats;
    private final List<Cue> media;
    private final List<Cue> relays;
    private final List<String> pronouns;
    private final List<Cue> control;
    private final List<Cue> holdSince;
    private final List<Cue> dates;
    private final List<Cue> clauseBreaks;
    private final List<Pattern> armedForces;
    private final Pattern segmentBreaks;
    private final Pattern parentheticalEnds;
    private final Pattern apposedSpeaker;
    private final Pattern insertions;
    private final Pattern continuations;
    private final JsonNode speakers;
    private final Set<String> functionWords;
    private final boolean clauseBreaksOutsideQuotes;
    private final boolean keepsCaptions;
    private final boolean partialQuotes;
    private final List<Cue> hedges;
    private final Pattern titles;
    private final Pattern titledName;
    private final Pattern objectSpeaker;
    private final Pattern speechSegmentBreaks;
    private final Pattern subjectRelative;
    private final Pattern backgroundRelative;
    private final Pattern sourceSeparators;
    private final Pattern vagueSource;
    private final Pattern newActorNoise;
    private final Pattern ownForces;
    private final Pattern placeAnaphora;
    private final Pattern controlSubjectNoise;
    private final Pattern relativePronoun;

    private Lexicon(JsonNode json) {
        language = json.path("language").asText();
        reportingVerbs = byMeaning(json.path("reportingVerbs"));
        accordingTo = listed(json.path("accordingTo"), "attribution");
        caveats = keyed(json.path("caveats"));
        media = keyed(json.path("media"));
        relays = listed(json.path("relays"), "relay");
        pronouns = new ArrayList<>();
        json.path("pronouns").forEach(p -> pronouns.add(p.asText()));
        control = keyed(json.path("control"));
        holdSince = listed(json.path("holdSince"), "since");
        dates = listed(json.path("dates"), "date");
        clauseBreaks = new ArrayList<>();
        json.path("clauseBreaks").forEach(v -> clauseBreaks.add(new Cue(Pattern.compile(Pattern.quote(v.asText())), "break")));
        List<Pattern> forces = new ArrayList<>();
        json.path("armedForcesOf").properties().forEach(e -> forces.add(Pattern.compile(e.getKey(), Pattern.UNICODE_CASE)));
        armedForces = List.copyOf(forces);
        segmentBreaks = Segments.compile(json.path("segmentBreaks").asText("(?!)"));
        parentheticalEnds = Segments.compile(json.path("parentheticalEnds").asText("(?!)"));
        apposedSpeaker = Segments.compile(json.path("apposedSpeaker").asText("(?!)"));
        insertions = Segments.compile(json.path("insertions").asText("(?!)"));
        continuations = Segments.compile(json.path("continuations").asText("(?!)"));
        speakers = json.path("speakers");
        Set<String> words = new HashSet<>();
        speakers.path("functionWords").forEach(w -> words.add(w.asText()));
        functionWords = Set.copyOf(words);
        clauseBreaksOutsideQuotes = json.path("clauseBreaksOutsideQuotes").asBoolean(false);
        keepsCaptions = json.path("captions").asBoolean(false);
        partialQuotes = json.path("partialQuotes").asBoolean(false);
        hedges = listed(json.path("hedges"), "ReportsWithoutConfirming");
        speechSegmentBreaks = json.has("speechSegmentBreaks") ? Segments.compile(json.path("speechSegmentBreaks").asText()) : segmentBreaks;
        subjectRelative = Segments.compile(json.path("subjectRelative").asText("(?!)"));
        backgroundRelative = Segments.compile(speakers.path("backgroundRelative").asText("(?!)"));
        JsonNode sources = json.path("accordingToSources");
        sourceSeparators = Segments.compile(sources.path("separators").asText("(?!)"));
        vagueSource = Segments.compile(sources.path("vague").asText("(?!)"));
        newActorNoise = Segments.compile(json.path("newActorNames").asText("(?!)"));
        JsonNode controllers = json.path("controllers");
        ownForces = Segments.compile(controllers.path("ownForces").asText("(?!)"));
        placeAnaphora = Segments.compile(controllers.path("placeAnaphora").asText("(?!)"));
        controlSubjectNoise = Segments.compile(controllers.path("subjectNoise").asText("(?!)"));
        relativePronoun = Segments.compile(controllers.path("relativePronoun").asText("(?!)"));
        String t = speakers.path("titles").asText();
        titledName = speakers.has("titles")
                ? Pattern.compile("^(.*\\b(?:" + t + "))\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)$") : null;
        objectSpeaker = Segments.compile(speakers.path("objectSpeaker").asText("(?!)"));
        titles = speakers.has("titles") ? Pattern.compile("^(?:" + speakers.path("titles").asText() + ")\\s+") : null;
    }

    /** The rules for {@code language} ({@code en} or {@code fr}). */
    public static Lexicon of(String language) {
        String name = "lexicon-" + language + ".json";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("--lang " + language + ": no rules for this language (en and fr have them)");
            }
            return new Lexicon(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the extraction rules " + name, e);
        }
    }

    public String language() { return language; }
    public List<Cue> reportingVerbs() { return reportingVerbs; }
    public List<Cue> accordingTo() { return accordingTo; }
    public List<Cue> caveats() { return caveats; }
    public List<Cue> media() { return media; }
    public List<Cue> relays() { return relays; }
    public List<Cue> control() { return control; }
    public List<Cue> holdSince() { return holdSince; }
    public List<Cue> dates() { return dates; }
    public List<Cue> clauseBreaks() { return clauseBreaks; }

    /** Where a clause may be cut into claim-sized pieces: a comma before one of these words (see {@link Segments}). */
    public Pattern segmentBreaks() { return segmentBreaks; }

    /**
     * The comma that closes a subject's apposition or participle before its verb ("Kidal, the historic centre …,
     * located …, has been emptied"): a cut only after a segment break, so "Civilians, including children, were killed"
     * stays whole.
     */
    public Pattern parentheticalEnds() { return parentheticalEnds; }

    /** Where the words reported after a reporting verb may be cut ({@code speechSegmentBreaks}; else the segment breaks). */
    public Pattern speechSegmentBreaks() { return speechSegmentBreaks; }

    /** A relative clause closed by a comma before its sentence goes on ("X, which left A, also arrived"): inside the subject. */
    public Pattern subjectRelative() { return subjectRelative; }

    /**
     * A clause that opens on a quotation followed by the speaker in apposition, with no verb ("« … » , l’homme fort du
     * Mali, le colonel Assimi Goïta, dans un message …"); the match ends where the appositions begin. Never matches
     * in a language without the construction.
     */
    public Pattern apposedSpeaker() { return apposedSpeaker; }

    /** How an insertion between commas begins when it is not the subject ("regroupant …", "qui …"), matched at its start. */
    public Pattern insertions() { return insertions; }

    /** How a clause opens that goes on with the one before ("Et ce, …"), matched at its start. */
    public Pattern continuations() { return continuations; }

    /**
     * How the language names a country's armed forces ({@code "(\\p{Lu}\\p{L}+)'s (?:army|military)"}), each
     * pattern's first group the country: the actor is then the armed forces of the state sovereign over it.
     */
    public List<Pattern> armedForcesOf() { return armedForces; }

    /**
     * Whether the subject of a reporting verb is the phrase just before it ("Calling on residents to stay calm, the
     * chief of staff said": the chief, not the residents), the words after the verb naming it only when none precede.
     */
    public boolean subjectIsLastPhrase() { return speakers.path("subjectIsLastPhrase").asBoolean(false); }

    /**
     * A relative clause cut from reported words ("ORTM reported that the army took Kidal, which it hasn't held for a
     * decade"): the outlet's background on what was reported, not the speaker's words.
     */
    public Pattern backgroundRelative() { return backgroundRelative; }

    /** What separates the sources named after "according to" ("residents and rebels", "…, such as elected officials"). */
    public Pattern sourceSeparators() { return sourceSeparators; }

    /** A source named after "according to" that is no one in particular ("other sources"), matched whole. */
    public Pattern vagueSource() { return vagueSource; }

    /** Words a new actor's name is proposed without: a leading article, a trailing "also" ("a senior military source also"). */
    public Pattern newActorNoise() { return newActorNoise; }

    /** A country's own armed forces named without the country ("our armed and security forces", "the troops", "l'armée"). */
    public Pattern ownForces() { return ownForces; }

    /** "the town", "la ville" just after a verb of control: the town the text last named (matched at the start). */
    public Pattern placeAnaphora() { return placeAnaphora; }

    /** Words around the subject of a verb of control that are not it ("that", "Today", "have", "were"). */
    public Pattern controlSubjectNoise() { return controlSubjectNoise; }

    /** A relative pronoun as the subject of a verb of control ("who had held"): it stands for the actor just before. */
    public Pattern relativePronoun() { return relativePronoun; }

    /** Titles before a surname ("Mr", "President"): "Mr Mara said" is said by the one known Mara; null if none. */
    public Pattern titles() { return titles; }

    /** Role words, a title and a name ("Malian Defence Minister Soumeylou Boubeye Maiga"): group 2 the person's name. */
    public Pattern titledName() { return titledName; }

    /** A verb whose object is the speaker ("quoted him as"): group 1 the speaker. */
    public Pattern objectSpeaker() { return objectSpeaker; }

    /** Words a role's name is compared without ("the", "of"); empty: roles are not looked up. */
    public Set<String> functionWords() { return functionWords; }

    /** Whether a sentence is cut into clauses only outside its quotations ({@code clauseBreaksOutsideQuotes}). */
    public boolean clauseBreaksOutsideQuotes() { return clauseBreaksOutsideQuotes; }

    /** Whether a caption (a line with a reporting verb and no full stop, not the headline) is the article's words. */
    public boolean keepsCaptions() { return keepsCaptions; }

    /** Whether words quoted inside a reported sentence are a claim of their own besides the sentence's ({@code partialQuotes}). */
    public boolean partialQuotes() { return partialQuotes; }

    /** Hedges of the outlet's own report ("reportedly", "are thought to be"): it reports without confirming. */
    public List<Cue> hedges() { return hedges; }

    /** Whether {@code words} is a pronoun (or a phrase like "the group") standing for an earlier claimant. */
    public boolean isPronoun(String words) {
        return pronouns.stream().anyMatch(p -> p.equalsIgnoreCase(words.trim()));
    }

    private static List<Cue> byMeaning(JsonNode node) {
        List<Cue> cues = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            e.getValue().forEach(v -> cues.add(new Cue(words(Pattern.quote(v.asText())), e.getKey())));
        }
        // the longest phrase first, so "a reconnu" wins over a shorter form inside it
        cues.sort((a, b) -> b.pattern().pattern().length() - a.pattern().pattern().length());
        return List.copyOf(cues);
    }

    private static List<Cue> keyed(JsonNode node) {
        List<Cue> cues = new ArrayList<>();
        node.properties().forEach(e -> cues.add(new Cue(words(e.getKey()), e.getValue().asText())));
        return List.copyOf(cues);
    }

    private static List<Cue> listed(JsonNode node, String meaning) {
        List<Cue> cues = new ArrayList<>();
        node.forEach(v -> cues.add(new Cue(words(v.asText()), meaning)));
        return List.copyOf(cues);
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

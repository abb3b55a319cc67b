package org.kidalkg.answers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of the HTTP API and of the CLI's {@code --json}, as records Jackson writes field by field. */
public final class Views {
    private Views() {}

    /** A resource and its English label. */
    public record Ref(String iri, String label) {}

    /** A vague instant: the earliest and latest dates it may be, and the source's own words. */
    public record When(String earliest, String latest, String text) {}

    /** A period's end; {@code inferred} when no source stated it and the control-period-end rule took it. */
    public record Until(String earliest, String latest, String text, boolean inferred) {}

    /** The document a claim is reported in. */
    public record Source(String iri, String title) {}

    /** One claim a period rests on, with its words and where they are. */
    public record Basis(String claim, Ref claimant, String stance, String date, String medium, String quote,
                        Source source, boolean verified) {}

    /**
     * One controller of a place over one period. {@code period} is the account's IRI (the control period, the stable
     * key of a permalink and what a disagreement's positions name); {@code certainty} and {@code words} are left out of
     * timelines (they answer a date); {@code inferred} marks the state added by the control-by-state rule.
     */
    public record Control(String period, Ref actor, String kind,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String certainty,
                          boolean inferred, When from, Until until, String asOf, List<Basis> basis,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Evidence evidence,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String extent,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Words words) {

        Control withCertainty(String value) {
            return new Control(period, actor, kind, value, inferred, from, until, asOf, basis, evidence, extent, words);
        }

        Control withEvidence(Evidence value, String extentValue) {
            return new Control(period, actor, kind, certainty, inferred, from, until, asOf, basis, value, extentValue, words);
        }

        Control withWords(Words value) {
            return new Control(period, actor, kind, certainty, inferred, from, until, asOf, basis, evidence, extent, value);
        }
    }

    /**
     * An answer's two axes in plain words ({@link Wording}): {@code kind} is within (the stated dates), possibly (in a
     * vague bound) or unknown (past an open account's last report); {@code when} and {@code onWhoseWord} are the words.
     */
    public record Words(String kind, String when, String onWhoseWord) {}

    /** A source document as an answer cites it: what it is, who published it, when, and where to read it. */
    public record SourceRef(String iri, String title, String outlet, String published, String url) {}

    /**
     * How well an account is supported: its evidential status in words (confirmed by adversary, corroborated,
     * single source, disputed, unverified), the documents behind it, and its claims by role. A caveat is never
     * support; a caveat on a whole document is among the caveats of every account that document reports.
     */
    public record Evidence(String status, List<SourceRef> sources, List<Basis> support, List<Basis> contest, List<Basis> caveats) {}

    /** A document behind one position of a disagreement. */
    public record SourceBrief(String iri, String outlet) {}

    /**
     * One side of a disagreement: the value it holds, the accounts that take it (IRIs: control periods, or the
     * proposition a stance is about, which the {@code period} of a {@link Control} matches) and the sources that hold it.
     */
    public record Position(String value, List<String> accounts, List<SourceBrief> sources) {}

    /** Where sources part ways: what about, on which component (begin, end, holder, extent, medium, proposition), and each position. */
    public record Disagreement(String about, String component, List<Position> positions) {}

    /** {@code GET /api/control}: who controlled a place on a date, and the disagreements that bear on that date. */
    public record ControlAnswer(Ref place, String at, List<Control> controllers, List<Disagreement> disagreements) {}

    /** {@code GET /api/timeline}: every account of control of a place, in time order, and the place's disagreements. */
    public record TimelineAnswer(Ref place, List<Control> periods, List<Disagreement> disagreements) {}

    /** A source document the graph holds, and how many claims it reports. */
    public record SourceDoc(String iri, String title, String outlet, String published, String url, String language, int claims) {}

    /** {@code GET /api/sources}: every source document. */
    public record SourcesAnswer(List<SourceDoc> sources) {}

    /** One party's stance on a proposition, through one claim. */
    public record Stance(String claim, Ref claimant, String stance, String quote) {}

    /** A proposition and the claims made about it. */
    public record ClaimGroup(String iri, String summary, List<Stance> stances) {}

    /** {@code GET /api/claims}: claims grouped by the proposition they are about. */
    public record ClaimsAnswer(List<ClaimGroup> claims) {}

    /** A place or an actor by its address name (the IRI's last segment), its label, and which of the two it is. */
    public record Named(String iri, String name, String label, String kind) {}

    /** {@code GET /api/places?near=}: the known places, closest names first, and what {@code near} names exactly (or null). */
    public record PlacesAnswer(String near, Named asked, List<Named> places) {}
}

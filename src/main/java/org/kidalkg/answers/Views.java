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
     * One controller of a place over one period. {@code certainty} is left out of timelines (it answers a
     * date); {@code inferred} marks the state added by the control-by-state rule.
     */
    public record Control(Ref actor, String kind,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String certainty,
                          boolean inferred, When from, Until until, String asOf, List<Basis> basis) {

        Control withCertainty(String value) {
            return new Control(actor, kind, value, inferred, from, until, asOf, basis);
        }
    }

    /** {@code GET /api/control}: who controlled a place on a date. */
    public record ControlAnswer(Ref place, String at, List<Control> controllers) {}

    /** {@code GET /api/timeline}: every period of control of a place, in time order. */
    public record TimelineAnswer(Ref place, List<Control> periods) {}

    /** One party's stance on a proposition, through one claim. */
    public record Stance(String claim, Ref claimant, String stance, String quote) {}

    /** A proposition and the claims made about it. */
    public record ClaimGroup(String iri, String summary, List<Stance> stances) {}

    /** {@code GET /api/claims}: claims grouped by the proposition they are about. */
    public record ClaimsAnswer(List<ClaimGroup> claims) {}
}

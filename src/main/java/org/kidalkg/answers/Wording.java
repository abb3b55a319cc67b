package org.kidalkg.answers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.kidalkg.answers.Views.Basis;
import org.kidalkg.answers.Views.Control;
import org.kidalkg.answers.Views.Evidence;
import org.kidalkg.answers.Views.When;
import org.kidalkg.answers.Views.Words;

/**
 * An answer's two axes in plain words, the one wording every view shows (the web page's cards, the page the server
 * renders without JavaScript, the citation, the CSV): when ("within the stated dates", "possibly", or "unknown
 * after 14 Nov 2023 (last reported then)" once past an open account's last report, never "possibly" there) and on
 * whose word ("confirmed by an adversary: claimed by the army; acknowledged by the rebels"). A caveat is never
 * support: an account resting on caveats alone says so.
 *
 * <pre>{@code
 * Words words = Wording.of(control, "2019-03-01");   // words.when(): "within the stated dates: from ..."
 * }</pre>
 */
public final class Wording {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Map<String, String> VERBS = Map.of("asserts", "claimed by", "acknowledges", "acknowledged by",
            "denies", "denied by", "confirms", "confirmed by", "caveats", "caveated by",
            "reports without confirming", "reported without confirmation by");
    private static final Map<String, String> STATUS = Map.of("confirmed by adversary", "confirmed by an adversary",
            "corroborated", "corroborated by more than one source", "single source", "from a single source");

    private Wording() {}

    /** Both axes of {@code control} as an answer for {@code at}. */
    public static Words of(Control control, String at) {
        String[] when = when(control, at);
        return new Words(when[0], when[1], onWhoseWord(control));
    }

    /** {kind, words}: kind is within, possibly or unknown. */
    private static String[] when(Control c, String at) {
        String from = "from " + bound(c.from()) + (c.from().text() == null ? "" : " (“" + c.from().text() + "”)");
        String until = c.until() == null ? null : "until " + bound(new When(c.until().earliest(), c.until().latest(), null))
                + (c.until().inferred() ? ", an end inferred from the next account"
                        : c.until().text() == null ? "" : " (“" + c.until().text() + "”)");
        if (c.until() == null && c.asOf() != null && at.compareTo(c.asOf()) > 0) {
            return new String[] {"unknown", "unknown after " + date(c.asOf()) + " (last reported then); " + from};
        }
        if ("certain".equals(c.certainty())) {
            return new String[] {"within", "within the stated dates: " + from
                    + (until != null ? ", " + until : ", still so at the last report (" + date(c.asOf()) + ")")};
        }
        return new String[] {"possibly", "possibly: " + date(at) + " falls inside a vague bound; " + from
                + (until != null ? ", " + until : "")};
    }

    private static String onWhoseWord(Control c) {
        Evidence e = c.evidence() != null ? c.evidence() : new Evidence("unverified", List.of(), c.basis(), List.of(), List.of());
        Map<String, Set<String>> by = new LinkedHashMap<>();
        Stream.concat(e.support().stream(), e.contest().stream()).forEach(b -> by
                .computeIfAbsent(VERBS.getOrDefault(b.stance(), b.stance() + " by"), v -> new LinkedHashSet<>())
                .add(b.claimant().label()));
        List<String> parts = new ArrayList<>();
        by.forEach((verb, who) -> parts.add(verb + " " + String.join(", ", who)));
        List<Basis> caveats = e.caveats();
        if (e.support().isEmpty() && !caveats.isEmpty()) {
            parts.add("rests on caveats alone: reported, not confirmed");
        } else if (!caveats.isEmpty()) {
            parts.add(caveats.size() + (caveats.size() > 1 ? " caveats" : " caveat"));
        }
        String status = STATUS.getOrDefault(e.status(), e.status());
        return parts.isEmpty() ? status : status + ": " + String.join("; ", parts);
    }

    /** A day, "between A and B", or the one bound a source gives ("no later than 31 Oct 2023": a stay it never dates). */
    private static String bound(When b) {
        if (b.earliest() == null && b.latest() != null) {
            return "no later than " + date(b.latest());
        }
        if (b.latest() == null && b.earliest() != null) {
            return "no earlier than " + date(b.earliest());
        }
        String earliest = b.earliest() != null ? b.earliest() : b.latest();
        String latest = b.latest() != null ? b.latest() : earliest;
        return earliest == null || earliest.equals(latest) ? date(earliest) : "between " + date(earliest) + " and " + date(latest);
    }

    /** {@code 2023-11-14} as {@code 14 Nov 2023}, whatever the locale: a date always carries its year. */
    public static String date(String iso) {
        if (iso == null) {
            return "no date";
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}

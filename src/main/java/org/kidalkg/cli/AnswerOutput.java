package org.kidalkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.ApiException;
import org.kidalkg.answers.ApiJson;
import org.kidalkg.answers.Views.ClaimsAnswer;
import org.kidalkg.answers.Views.Control;
import org.kidalkg.answers.Views.Disagreement;
import org.kidalkg.answers.Views.SourcesAnswer;
import org.kidalkg.query.Labels;
import org.kidalkg.query.QueryCatalogue;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the answer commands share: the store they ask, and printing an answer as a table or as the API's
 * exact JSON. A 400 from the answer code is a usage error (exit 2); a 404 is a failed command (exit 1).
 */
final class AnswerOutput {
    private AnswerOutput() {}

    /** Builds the store quietly, computes the answer and prints it; returns the exit code. */
    static <A> int print(CommandSpec spec, SourceOptions sources, boolean json,
                         Function<Store, A> question, Function<A, String> table) {
        DatasetGraph store = KnowledgeGraphs.open(sources.sources(), null, new PrintWriter(new StringWriter()));
        QueryCatalogue queries = QueryCatalogue.read(sources.bundle().queryFiles());
        A answer;
        try {
            answer = question.apply(new Store(store, queries));
        } catch (ApiException e) {
            if (e.status() == 400) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getErr().println("kidal-kg: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? ApiJson.write(answer) : table.apply(answer));
        out.flush();
        return 0;
    }

    /** The store and its named queries, for building answers. */
    record Store(DatasetGraph dataset, QueryCatalogue queries) {}

    /**
     * One line per controller or period: who, kind, certainty, from, until, how well supported (the evidential
     * status in words, with the count of supporting, contesting and caveating claims), then the disagreements.
     */
    static String controls(List<Control> controls, List<Disagreement> disagreements) {
        if (controls.isEmpty()) {
            return "(no controller known: the sources are silent)";
        }
        StringBuilder table = new StringBuilder(String.format("%-32s %-28s %-9s %-24s %-24s %s%n",
                "controller", "kind", "certainty", "from", "until", "evidence"));
        for (Control c : controls) {
            String until = c.until() == null ? "open, as of " + c.asOf()
                    : range(c.until().earliest(), c.until().latest()) + (c.until().inferred() ? " (inferred)" : "");
            table.append(String.format("%-32s %-28s %-9s %-24s %-24s %s%n",
                    shown(c.actor().label()) + (c.inferred() ? " *" : ""), shown(c.kind() + (c.extent() == null ? "" : " (" + c.extent() + ")")),
                    c.certainty() == null ? "" : c.certainty(), range(c.from().earliest(), c.from().latest()), until, evidence(c)));
        }
        table.append("* inferred (control-by-state rule)");
        if (!disagreements.isEmpty()) {
            table.append("\nWhere the sources disagree:");
            for (Disagreement d : disagreements) {
                table.append(String.format("%n  %s of %s:", d.component(), shown(d.about())));
                d.positions().forEach(p -> table.append(String.format("%n    %-40s %s", shown(p.value()), shown(String.join(", ",
                        p.sources().stream().map(s -> s.outlet() == null ? s.iri() : s.outlet()).distinct().toList())))));
            }
        }
        return table.toString();
    }

    private static String evidence(Control c) {
        if (c.evidence() == null) {
            return c.basis().size() + " claims";
        }
        return String.format("%s (%d support, %d contest, %d caveats)", c.evidence().status() == null ? "unrated" : c.evidence().status(),
                c.evidence().support().size(), c.evidence().contest().size(), c.evidence().caveats().size());
    }

    /** One line per source document: date, outlet, language, claims, title, address. */
    static String sources(SourcesAnswer answer) {
        if (answer.sources().isEmpty()) {
            return "(no source documents)";
        }
        StringBuilder table = new StringBuilder(String.format("%-10s %-24s %-4s %6s  %s%n", "published", "outlet", "lang", "claims", "title"));
        answer.sources().forEach(s -> table.append(String.format("%-10s %-24s %-4s %6d  %s%s%n", String.valueOf(s.published()),
                shown(String.valueOf(s.outlet())), s.language() == null ? "" : shown(s.language()), s.claims(), shown(s.title()),
                s.url() == null ? "" : "  <" + shown(s.url()) + ">")));
        return table.toString().stripTrailing();
    }

    /** One line per claim: proposition, claimant, stance and quote. */
    static String claims(ClaimsAnswer answer) {
        StringBuilder table = new StringBuilder();
        answer.claims().forEach(group -> {
            table.append(shown(group.summary())).append('\n');
            group.stances().forEach(s -> table.append(String.format("  %-30s %-26s \"%s\"%n",
                    shown(s.claimant().label()), shown(s.stance()), shown(s.quote()))));
        });
        return table.length() == 0 ? "(no claims)" : table.toString().stripTrailing();
    }

    /** Text from the data as the table shows it: control, bidi and invisible characters written out (the label rule). */
    private static String shown(String text) {
        return Labels.visible(text);
    }

    private static String range(String earliest, String latest) {
        return earliest == null || earliest.equals(latest) ? String.valueOf(latest) : earliest + ".." + latest;
    }
}

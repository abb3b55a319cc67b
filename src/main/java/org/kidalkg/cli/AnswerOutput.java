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

    /** One line per controller or period: who, kind, certainty, from, until, and how many claims. */
    static String controls(List<Control> controls) {
        if (controls.isEmpty()) {
            return "(no controller known: the sources are silent)";
        }
        StringBuilder table = new StringBuilder(String.format("%-28s %-18s %-9s %-24s %-24s %s%n",
                "controller", "kind", "certainty", "from", "until", "claims"));
        for (Control c : controls) {
            String until = c.until() == null ? "open, as of " + c.asOf()
                    : range(c.until().earliest(), c.until().latest()) + (c.until().inferred() ? " (inferred)" : "");
            table.append(String.format("%-28s %-18s %-9s %-24s %-24s %d%n",
                    c.actor().label() + (c.inferred() ? " *" : ""), c.kind(), c.certainty() == null ? "" : c.certainty(),
                    range(c.from().earliest(), c.from().latest()), until, c.basis().size()));
        }
        return table.append("* inferred (control-by-state rule)").toString();
    }

    /** One line per claim: proposition, claimant, stance and quote. */
    static String claims(ClaimsAnswer answer) {
        StringBuilder table = new StringBuilder();
        answer.claims().forEach(group -> {
            table.append(group.summary()).append('\n');
            group.stances().forEach(s -> table.append(String.format("  %-30s %-26s \"%s\"%n",
                    s.claimant().label(), s.stance(), s.quote())));
        });
        return table.length() == 0 ? "(no claims)" : table.toString().stripTrailing();
    }

    private static String range(String earliest, String latest) {
        return earliest == null || earliest.equals(latest) ? String.valueOf(latest) : earliest + ".." + latest;
    }
}

package org.kidalkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.Labels;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.query.QueryParameterException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kidal-kg query NAME key=value…}: runs a named query offline, on the built-in data, no server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named query offline and print its rows.",
                "Example: kidal-kg query who-controlled place=Kidal at=2019-03-01"})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, json, csv, tsv, xml }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The named query (omit to list them).")
    String name;

    @Parameters(index = "1..*", paramLabel = "key=value", description = "The query's parameters.")
    List<String> args = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.read(sourceOptions.bundle().queryFiles());
        if (name == null) {
            catalogue.all().forEach(q -> out.printf("%-20s %s%n", q.name(), q.summary()));
            return 0;
        }
        NamedQuery query = catalogue.get(name);
        if (query == null) {
            throw new ParameterException(spec.commandLine(), "no named query '" + name + "' (run 'kidal-kg query' to list them)");
        }
        Map<String, String> params = parseArgs();
        DatasetGraph store = KnowledgeGraphs.open(sourceOptions.sources(), null, new PrintWriter(new StringWriter()));
        ResultSetRewindable rows;
        try {
            rows = new NamedQueryRunner(store, 0).run(query, params);
        } catch (QueryParameterException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        print(rows, out);
        return 0;
    }

    private Map<String, String> parseArgs() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "parameter '" + arg + "' must be written key=value");
            }
            params.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return params;
    }

    private void print(ResultSetRewindable rows, PrintWriter out) {
        if (format == Format.table) {
            // Line by line: the table's own line breaks stay, anything hidden inside a value is written out.
            ResultSetFormatter.asText(rows).lines().forEach(line -> out.println(Labels.visible(line)));
            out.flush();
            return;
        }
        var lang = switch (format) {
            case json -> ResultSetLang.RS_JSON;
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_XML;
        };
        var buffer = new java.io.ByteArrayOutputStream();
        ResultsWriter.create().lang(lang).write(buffer, rows);
        out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }
}

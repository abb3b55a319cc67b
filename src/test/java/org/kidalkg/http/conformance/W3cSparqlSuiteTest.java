package org.kidalkg.http.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.kidalkg.http.conformance.QueryEvaluation.Outcome;

/**
 * The W3C SPARQL 1.1 query-evaluation, result-format, syntax, protocol and service-description tests, run over
 * HTTP against kidal-kg and, in the same run over the same data, against a stock embedded Fuseki. Every test the
 * stock Fuseki passes, ours must pass; and every test we fail is explained in {@code docs/conformance.md}, whose
 * table of failures must be exactly what this run found. The report (counts and every failure on either
 * server) is written to {@code target/w3c-sparql11-report.md}.
 */
class W3cSparqlSuiteTest {
    private static final Path DOC = Path.of("docs", "conformance.md");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^\\| `([a-z0-9-]+/[^`]+)` \\|");

    @Test
    void everyTestStockFusekiPassesWePassAndEveryFailureIsExplained() throws IOException {
        List<W3cTest> tests = W3cManifests.all();
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Map<W3cTest, Outcome> ours = new LinkedHashMap<>();
        Map<W3cTest, Outcome> stock = new LinkedHashMap<>();
        try (Endpoint kidal = Endpoint.kidal(data); Endpoint fuseki = Endpoint.stock(data)) {
            for (W3cTest test : tests) {
                ours.put(test, run(test, data, kidal));
                stock.put(test, run(test, data, fuseki));
            }
        }
        String report = report(ours, stock);
        Files.writeString(Path.of("target", "w3c-sparql11-report.md"), report);
        System.out.println(report);
        assertTrue(tests.size() > 300, "the manifests list the suite: " + tests.size() + " tests read");
        Set<String> regressions = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        ours.forEach((test, outcome) -> {
            if (!outcome.passed()) {
                failed.add(test.id());
                if (stock.get(test).passed()) {
                    regressions.add(test.id() + ": " + outcome.detail());
                }
            }
        });
        assertEquals(Set.of(), regressions, "W3C tests a stock Fuseki passes and kidal-kg fails");
        assertEquals(documented(), failed, "the failures docs/conformance.md explains, against this run's (report: target/w3c-sparql11-report.md)");
    }

    /** Loads the test's data and runs it; the data is loaded again for each endpoint. */
    private static Outcome run(W3cTest test, DatasetGraph data, Endpoint endpoint) {
        return switch (test.kind()) {
            case "ProtocolTest" -> {
                ProtocolTests.load(data, test);
                yield ProtocolTests.run(test, endpoint);
            }
            case "ServiceDescriptionTest" -> ServiceDescriptionTests.run(test, endpoint);
            default -> {
                QueryEvaluation.load(data, test);
                yield QueryEvaluation.run(test, endpoint);
            }
        };
    }

    private static Set<String> documented() throws IOException {
        Set<String> ids = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(Files.readString(DOC));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String report(Map<W3cTest, Outcome> ours, Map<W3cTest, Outcome> stock) {
        StringBuilder out = new StringBuilder("# W3C SPARQL 1.1 tests over HTTP\n\n");
        out.append("| | tests | kidal-kg passes | stock Fuseki passes |\n|---|---:|---:|---:|\n");
        for (String kind : new TreeSet<>(ours.keySet().stream().map(W3cTest::kind).toList())) {
            out.append(row(kind, ours, stock, t -> t.kind().equals(kind)));
        }
        out.append(row("all approved", ours, stock, W3cTest::approved));
        out.append(row("all", ours, stock, t -> true)).append('\n');
        out.append("| test | kind | approved | kidal-kg | stock Fuseki |\n|---|---|---|---|---|\n");
        ours.forEach((test, outcome) -> {
            Outcome s = stock.get(test);
            if (!outcome.passed() || !s.passed()) {
                out.append("| ").append(test.id()).append(" | ").append(test.kind()).append(" | ").append(test.approved() ? "yes" : "no")
                        .append(" | ").append(cell(outcome)).append(" | ").append(cell(s)).append(" |\n");
            }
        });
        return out.toString();
    }

    private static String row(String label, Map<W3cTest, Outcome> ours, Map<W3cTest, Outcome> stock,
                              java.util.function.Predicate<W3cTest> which) {
        List<W3cTest> tests = ours.keySet().stream().filter(which).toList();
        long o = tests.stream().filter(t -> ours.get(t).passed()).count();
        long s = tests.stream().filter(t -> stock.get(t).passed()).count();
        return "| " + label + " | " + tests.size() + " | " + o + " | " + s + " |\n";
    }

    private static String cell(Outcome o) {
        return o.passed() ? "pass" : "FAIL: " + o.detail().replace("|", "\\|");
    }
}

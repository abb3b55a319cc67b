package org.kidalkg.http.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.RDFInput;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;

/**
 * Runs one query test of the suite through a SPARQL endpoint over HTTP: evaluation tests compare the answer
 * with the expected result as Jena's own test harness does ({@link ResultSetCompare} by value, in order when the
 * query orders; graphs by isomorphism), result-format tests ask for that format (CSV, TSV, JSON) and compare what
 * they read; syntax tests expect 200 for a valid query and 400 for an invalid one.
 */
final class QueryEvaluation {
    private QueryEvaluation() {}

    /** What one test gave on one endpoint: passed, or why not. */
    record Outcome(boolean passed, String detail) {
        static final Outcome PASS = new Outcome(true, "");

        static Outcome fail(String detail) {
            return new Outcome(false, detail);
        }
    }

    /** Replaces {@code store}'s content with the test's data: qt:data in the default graph, qt:graphData named by file. */
    static void load(DatasetGraph store, W3cTest test) {
        Txn.executeWrite(store, () -> {
            store.clear();
            test.data().forEach(file -> RDFDataMgr.read(store.getDefaultGraph(), file));
            test.graphData().forEach(file -> RDFDataMgr.read(store.getGraph(NodeFactory.createURI(file)), file));
        });
    }

    static Outcome run(W3cTest test, Endpoint endpoint) {
        try {
            return switch (test.kind()) {
                case "PositiveSyntaxTest11" -> syntax(test, endpoint, 200);
                case "NegativeSyntaxTest11" -> syntax(test, endpoint, 400);
                case "QueryEvaluationTest", "CSVResultFormatTest" -> evaluate(test, endpoint);
                default -> Outcome.fail("not a query test: " + test.kind());
            };
        } catch (RuntimeException e) {
            return Outcome.fail("could not read the answer: " + e.getMessage());
        }
    }

    private static Outcome syntax(W3cTest test, Endpoint endpoint, int expected) {
        Endpoint.Response r = post(endpoint, read(test.query()), WebContent.contentTypeResultsJSON);
        return r.status() == expected ? Outcome.PASS
                : Outcome.fail("HTTP " + r.status() + " (expected " + expected + "): " + r.firstLine());
    }

    private static Outcome evaluate(W3cTest test, Endpoint endpoint) {
        // The query's base is its own location (as in Jena's harness), so <data.ttl> names the graph loaded from it.
        String text = "BASE <" + test.query() + ">\n" + read(test.query());
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        Lang lang = resultLang(test.result(), query);
        Endpoint.Response r = post(endpoint, text, accept(lang));
        if (r.status() != 200) {
            return Outcome.fail("HTTP " + r.status() + ": " + r.firstLine());
        }
        if (query.isConstructType() || query.isDescribeType()) {
            Graph actual = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(actual);
            Graph expected = RDFDataMgr.loadGraph(test.result());
            return IsoMatcher.isomorphic(expected, actual) ? Outcome.PASS
                    : Outcome.fail("graph differs: expected " + expected.size() + " triples, got " + actual.size());
        }
        SPARQLResult actual = rewindable(ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(r.body())));
        SPARQLResult expected = expected(test.result(), lang);
        if (lang.equals(ResultSetLang.RS_CSV)) {
            return compare(query, CsvBlankNodes.restore(expected), CsvBlankNodes.restore(actual));
        }
        return compare(query, expected, actual);
    }

    private static Outcome compare(Query query, SPARQLResult expected, SPARQLResult actual) {
        if (expected.isBoolean()) {
            return actual.isBoolean() && actual.getBooleanResult() == expected.getBooleanResult() ? Outcome.PASS
                    : Outcome.fail("expected " + expected.getBooleanResult());
        }
        ResultSetRewindable want = (ResultSetRewindable) expected.getResultSet();
        ResultSetRewindable got = (ResultSetRewindable) actual.getResultSet();
        boolean same = query.isOrdered() ? ResultSetCompare.equalsByValueAndOrder(want, got) : ResultSetCompare.equalsByValue(want, got);
        return same ? Outcome.PASS : Outcome.fail("results differ: expected " + want.size() + " rows, got " + got.size());
    }

    /** The expected result: a results file in its format, or a result set written in RDF (.ttl). */
    private static SPARQLResult expected(String file, Lang lang) {
        if (file.endsWith(".ttl")) {
            return new SPARQLResult(RDFInput.fromRDF(RDFDataMgr.loadModel(file)));
        }
        try (InputStream in = URI.create(file).toURL().openStream()) {
            return rewindable(ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(in.readAllBytes())));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The result read to its end: the readers stream, and the comparison reads each result more than once. */
    private static SPARQLResult rewindable(SPARQLResult result) {
        return result.isBoolean() ? result : new SPARQLResult(ResultSetFactory.makeRewindable(result.getResultSet()));
    }

    /** The results format to ask for: the expected file's own (CSV, TSV, JSON, XML); N-Triples for graphs. */
    private static Lang resultLang(String file, Query query) {
        if (query.isConstructType() || query.isDescribeType()) {
            return Lang.NTRIPLES;
        }
        if (file.endsWith(".srj")) {
            return ResultSetLang.RS_JSON;
        }
        if (file.endsWith(".csv")) {
            return ResultSetLang.RS_CSV;
        }
        if (file.endsWith(".tsv")) {
            return ResultSetLang.RS_TSV;
        }
        return ResultSetLang.RS_XML;
    }

    private static String accept(Lang lang) {
        return lang.getHeaderString();
    }

    /** POSTs {@code query} as an HTML form, as SPARQL 1.1 Protocol clients commonly do. */
    static Endpoint.Response post(Endpoint endpoint, String query, String accept) {
        HttpRequest request = endpoint.request("")
                .header("Content-Type", WebContent.contentTypeHTMLForm)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return Endpoint.send(request);
    }

    static String read(String fileUrl) {
        try {
            return Files.readString(Path.of(URI.create(fileUrl)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(fileUrl + ": " + e.getMessage(), e);
        }
    }
}

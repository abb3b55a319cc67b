package org.kidalkg.http.conformance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.kidalkg.http.conformance.QueryEvaluation.Outcome;

/**
 * The SPARQL 1.1 Protocol tests, which the manifest writes in HTTP-in-RDF: each test's requests are sent as
 * written (method, path with {@code /sparql/} replaced by the endpoint's, headers, body in its declared
 * encoding), and each response is checked against the expected status class and, where given, the result's
 * kind (boolean, tabular, RDF) and the boolean.
 */
final class ProtocolTests {
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    private ProtocolTests() {}

    /** Replaces {@code store}'s content with the test's ut:graphData, each named by its rdfs:label. */
    static void load(DatasetGraph store, W3cTest test) {
        Txn.executeWrite(store, () -> {
            store.clear();
            test.entry().listProperties(p(UT, "graphData")).forEach(s -> {
                Resource g = s.getResource();
                String file = g.getPropertyResourceValue(p(UT, "graph")).getURI();
                String name = g.getProperty(RDFS.label).getString();
                RDFDataMgr.read(store.getGraph(NodeFactory.createURI(name)), file);
            });
        });
    }

    static Outcome run(W3cTest test, Endpoint endpoint) {
        Resource connection = test.entry().getPropertyResourceValue(W3cManifests.mf("action"));
        RDFList requests = connection.getPropertyResourceValue(p(HT, "requests")).as(RDFList.class);
        int n = 0;
        for (RDFNode request : requests.asJavaList()) {
            n++;
            Outcome outcome = check(request.asResource(), endpoint);
            if (!outcome.passed()) {
                return requests.size() == 1 ? outcome : Outcome.fail("request " + n + ": " + outcome.detail());
            }
        }
        return Outcome.PASS;
    }

    private static Outcome check(Resource request, Endpoint endpoint) {
        Endpoint.Response r = Endpoint.send(build(request, endpoint));
        Resource expected = request.getPropertyResourceValue(p(HT, "resp"));
        List<String> classes = new ArrayList<>();
        expected.listProperties(W3cManifests.mf("expectedStatus"))
                .forEach(s -> classes.add(s.getResource().getLocalName().replace("StatusCode", "")));
        String got = (r.status() / 100) + "xx";
        if (!classes.contains(got)) {
            return Outcome.fail("HTTP " + r.status() + " (expected " + String.join(" or ", classes) + "): " + r.firstLine());
        }
        Statement format = expected.getProperty(W3cManifests.mf("expectedFormat"));
        return format == null ? Outcome.PASS : checkFormat(format.getString(), expected, r);
    }

    private static Outcome checkFormat(String format, Resource expected, Endpoint.Response r) {
        String type = r.contentType().split(";")[0].trim();
        if (format.equals("RDF")) {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            return lang != null && RDFLanguages.isTriples(lang) ? Outcome.PASS : Outcome.fail("not RDF: " + r.contentType());
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null || !ResultSetLang.isRegistered(lang)) {
            return Outcome.fail("not SPARQL results: " + r.contentType());
        }
        SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(r.body()));
        if (format.equals("tabular")) {
            return result.isResultSet() ? Outcome.PASS : Outcome.fail("not a result set");
        }
        if (!result.isBoolean()) {
            return Outcome.fail("not a boolean result");
        }
        Statement want = expected.getProperty(W3cManifests.mf("expectedBoolean"));
        return want == null || want.getBoolean() == result.getBooleanResult() ? Outcome.PASS
                : Outcome.fail("expected " + want.getBoolean());
    }

    private static HttpRequest build(Resource request, Endpoint endpoint) {
        String path = request.getProperty(p(HT, "absolutePath")).getString();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint.url() + path.substring("/sparql/".length())))
                .timeout(Duration.ofSeconds(30));
        Resource headers = request.getPropertyResourceValue(p(HT, "headers"));
        if (headers != null) {
            for (RDFNode h : headers.as(RDFList.class).asJavaList()) {
                b.header(h.asResource().getProperty(p(HT, "fieldName")).getString(),
                        h.asResource().getProperty(p(HT, "fieldValue")).getString());
            }
        }
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        String method = request.getProperty(p(HT, "methodName")).getString();
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        Charset charset = Charset.forName(body.getProperty(p(CNT, "characterEncoding")).getString());
        byte[] bytes = body.getProperty(p(CNT, "chars")).getString().getBytes(charset);
        return b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }
}

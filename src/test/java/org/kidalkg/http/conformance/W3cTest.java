package org.kidalkg.http.conformance;

import java.util.List;

import org.apache.jena.rdf.model.Resource;

/**
 * One entry of a W3C test manifest: its IRI, name, kind ({@code mf:QueryEvaluationTest},
 * {@code mf:PositiveSyntaxTest11}, {@code mf:ProtocolTest}…), whether it is approved, and for a query test the
 * query, the default graph's files, the named graphs' files and the expected result (file URLs).
 *
 * @param entry the manifest's resource for the test (protocol tests read their requests from it)
 */
record W3cTest(String iri, String name, String kind, boolean approved, String query, List<String> data,
               List<String> graphData, String result, Resource entry) {
    /** The folder and local name, as the report lists it: {@code aggregates/agg01}. */
    String id() {
        String[] parts = iri.split("/");
        String folder = parts[parts.length - 2];
        String local = iri.substring(iri.indexOf('#') + 1);
        return folder.replace("manifest.ttl#", "") + "/" + local;
    }
}

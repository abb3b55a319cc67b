package org.kidalkg.http.conformance;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the W3C test manifests copied unchanged under {@code src/test/resources/w3c-sparql11}: the
 * {@code mf:include} list of the query manifest, then each manifest's {@code mf:entries} in order.
 */
final class W3cManifests {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    static final String DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    /** The folders run beyond the query manifest's own list: the result formats, the protocol and the service description. */
    static final List<String> EXTRA = List.of("csv-tsv-res", "json-res", "protocol", "service-description");

    private W3cManifests() {}

    /** The suite's root folder on the test classpath. */
    static Path root() {
        URL url = W3cManifests.class.getClassLoader().getResource("w3c-sparql11/manifest-sparql11-query.ttl");
        if (url == null) {
            throw new IllegalStateException("w3c-sparql11 is not on the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every test of the query manifest's folders and of {@link #EXTRA}, in manifest order. */
    static List<W3cTest> all() {
        Path root = root();
        Model top = RDFDataMgr.loadModel(root.resolve("manifest-sparql11-query.ttl").toUri().toString());
        List<String> manifests = new ArrayList<>();
        top.listObjectsOfProperty(mf("include")).forEach(list ->
                list.as(RDFList.class).iterator()
                        .forEachRemaining(m -> manifests.add(m.asResource().getURI())));
        EXTRA.forEach(folder -> manifests.add(root.resolve(folder).resolve("manifest.ttl").toUri().toString()));
        List<W3cTest> tests = new ArrayList<>();
        manifests.forEach(m -> tests.addAll(read(m)));
        return tests;
    }

    private static List<W3cTest> read(String manifest) {
        Model model = RDFDataMgr.loadModel(manifest);
        List<W3cTest> tests = new ArrayList<>();
        model.listObjectsOfProperty(mf("entries")).forEach(list ->
                list.as(RDFList.class).iterator()
                        .forEachRemaining(e -> tests.add(test(e.asResource()))));
        return tests;
    }

    private static W3cTest test(Resource entry) {
        String kind = entry.getPropertyResourceValue(RDF.type).getLocalName();
        Resource approval = entry.getPropertyResourceValue(ResourceFactory.createProperty(DAWGT + "approval"));
        boolean approved = approval != null && approval.getURI().equals(DAWGT + "Approved");
        String name = entry.hasProperty(mf("name")) ? entry.getProperty(mf("name")).getString() : entry.getLocalName();
        Statement action = entry.getProperty(mf("action"));
        String query = null;
        List<String> data = new ArrayList<>();
        List<String> graphData = new ArrayList<>();
        if (action != null && action.getObject().isURIResource()) {
            query = action.getResource().getURI();
        } else if (action != null) {
            Resource a = action.getResource();
            query = uri(a.getPropertyResourceValue(qt("query")));
            a.listProperties(qt("data")).forEach(s -> data.add(s.getResource().getURI()));
            a.listProperties(qt("graphData")).forEach(s -> graphData.add(s.getResource().getURI()));
        }
        Statement result = entry.getProperty(mf("result"));
        return new W3cTest(entry.getURI(), name, kind, approved, query, data, graphData,
                result == null ? null : uri(result.getResource()), entry);
    }

    private static String uri(RDFNode node) {
        return node == null || !node.isURIResource() ? null : node.asResource().getURI();
    }

    static Property mf(String local) {
        return ResourceFactory.createProperty(MF + local);
    }

    private static Property qt(String local) {
        return ResourceFactory.createProperty(QT + local);
    }
}

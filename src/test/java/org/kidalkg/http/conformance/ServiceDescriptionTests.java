package org.kidalkg.http.conformance;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.kidalkg.http.conformance.QueryEvaluation.Outcome;

/**
 * The SPARQL 1.1 Service Description tests, which the manifest states in words: a GET on the endpoint with no
 * query returns RDF ({@code returns-rdf}), naming the endpoint by {@code sd:endpoint} ({@code has-endpoint-triple}),
 * in the terms the Service Description vocabulary defines ({@code conforms-to-schema}: an {@code sd:Service} with
 * its endpoint and a supported language among SPARQL's).
 */
final class ServiceDescriptionTests {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Set<String> LANGUAGES = Set.of(SD + "SPARQL10Query", SD + "SPARQL11Query", SD + "SPARQL11Update");

    private ServiceDescriptionTests() {}

    static Outcome run(W3cTest test, Endpoint endpoint) {
        Endpoint.Response r = Endpoint.send(endpoint.request("").header("Accept", "text/turtle").GET().build());
        if (r.status() != 200) {
            return Outcome.fail("HTTP " + r.status() + ": " + r.firstLine());
        }
        Lang lang = RDFLanguages.contentTypeToLang(r.contentType().split(";")[0].trim());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            return Outcome.fail("not RDF: " + r.contentType());
        }
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(description);
        Resource url = description.createResource(endpoint.url());
        boolean named = description.contains(null, p("endpoint"), url);
        return switch (test.id()) {
            case "service-description/returns-rdf" -> Outcome.PASS;
            case "service-description/has-endpoint-triple" -> named ? Outcome.PASS
                    : Outcome.fail("no sd:endpoint <" + endpoint.url() + ">");
            default -> conforms(description, url);
        };
    }

    private static Outcome conforms(Model description, Resource url) {
        for (Resource service : description.listSubjectsWithProperty(p("endpoint"), url).toList()) {
            boolean typed = service.hasProperty(RDF.type, description.createResource(SD + "Service"));
            boolean language = service.listProperties(p("supportedLanguage")).toList().stream()
                    .anyMatch(s -> s.getObject().isURIResource() && LANGUAGES.contains(s.getResource().getURI()));
            if (typed && language) {
                return Outcome.PASS;
            }
        }
        return Outcome.fail("no sd:Service with this sd:endpoint and a SPARQL sd:supportedLanguage");
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(SD + local);
    }
}

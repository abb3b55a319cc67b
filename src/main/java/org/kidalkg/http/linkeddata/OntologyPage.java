package org.kidalkg.http.linkeddata;

import static org.kidalkg.http.common.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.kidalkg.vocab.Prefixes;

/**
 * The readable page of the ontology: its title, version and description, then every class and property of ours
 * with its label, definition and parents, each under an anchor named by its local name, so that
 * {@code /ontology#Claim} opens at the term. Everything is escaped.
 */
final class OntologyPage {
    private static final String HEADER = Prefixes.sparql() + """
            SELECT ?title ?version ?description WHERE {
              ?o a owl:Ontology ; dcterms:title ?title .
              OPTIONAL { ?o owl:versionInfo ?version } OPTIONAL { ?o dcterms:description ?description }
              FILTER(?o = <https://w3id.org/kidal-kg/ontology>)
            }""";
    private static final String TERMS = Prefixes.sparql() + """
            SELECT ?term ?label ?definition (GROUP_CONCAT(DISTINCT STR(?parent); separator=" ") AS ?parents) WHERE {
              VALUES ?kind { %s }
              ?term a ?kind .
              FILTER(STRSTARTS(STR(?term), STR(kkg:)))
              OPTIONAL { ?term rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "en")) }
              OPTIONAL { ?term skos:definition ?definition }
              OPTIONAL { ?term rdfs:subClassOf|rdfs:subPropertyOf ?parent FILTER(isIRI(?parent)) }
            } GROUP BY ?term ?label ?definition ORDER BY ?term""";

    private final DatasetGraph store;
    private final Graph ontology;
    private final StringBuilder html = new StringBuilder();

    private OntologyPage(DatasetGraph store, Graph ontology) {
        this.store = store;
        this.ontology = ontology;
    }

    /** The page for the ontology graph {@code ontology}; {@code store} gives the labels of what it links to. */
    static String render(DatasetGraph store, Graph ontology) {
        OntologyPage page = new OntologyPage(store, ontology);
        page.body();
        return page.html.toString();
    }

    private void body() {
        List<Binding> header = select(HEADER);
        String title = header.isEmpty() ? "kidal-kg ontology" : text(header.get(0), "title");
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title></head><body>\n<h1>").append(escape(title)).append("</h1>\n<p><code>https://w3id.org/kidal-kg/ontology</code>");
        if (!header.isEmpty()) {
            html.append(" version ").append(escape(text(header.get(0), "version"))).append("</p>\n<p>")
                    .append(escape(text(header.get(0), "description")));
        }
        html.append("</p>\n<p>Also as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, "
                + "<a href=\"?format=rdf\">RDF/XML</a>, <a href=\"?format=nt\">N-Triples</a>.</p>\n");
        terms("Classes", "owl:Class");
        terms("Properties", "owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty");
        html.append("</body></html>\n");
    }

    private void terms(String heading, String kinds) {
        html.append("<h2>").append(heading).append("</h2>\n<table>\n<tr><th>term</th><th>label</th><th>definition</th><th>parents</th></tr>\n");
        for (Binding row : select(TERMS.formatted(kinds))) {
            String iri = row.get("term").getURI();
            String local = iri.substring(iri.indexOf('#') + 1);
            html.append("<tr id=\"").append(escape(local)).append("\"><td><code>kkg:").append(escape(local)).append("</code></td><td>")
                    .append(escape(text(row, "label"))).append("</td><td>").append(escape(text(row, "definition"))).append("</td><td>");
            for (String parent : text(row, "parents").split(" ")) {
                if (!parent.isEmpty()) {
                    html.append("<a href=\"").append(escape(Links.href(parent))).append("\">")
                            .append(escape(Links.label(store, NodeFactory.createURI(parent)))).append("</a> ");
                }
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private List<Binding> select(String query) {
        try (var exec = QueryExec.graph(ontology).query(query).build()) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

}

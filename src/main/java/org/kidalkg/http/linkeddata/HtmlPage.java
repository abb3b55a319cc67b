package org.kidalkg.http.linkeddata;

import static org.kidalkg.http.common.HtmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.Prefixes;

/**
 * The readable page of an entity: its label, its types (inferred ones marked), every statement about it with
 * links, who controlled it (for a place) and the claims with their evidence quotes. Everything is escaped.
 */
final class HtmlPage {
    private static final String CONTROL = Prefixes.sparql() + """
            SELECT ?controller ?kind ?from ?until WHERE {
              ?period kkg:territory ?entity ; kkg:controller ?controller .
              OPTIONAL { ?period kkg:controlKind ?kind }
              OPTIONAL { ?period kkg:begin ?b . OPTIONAL { ?b kkg:sourceWording ?bw } OPTIONAL { ?b kkg:earliest ?be } }
              OPTIONAL { ?period kkg:end|kkg:inferredEnd ?e . OPTIONAL { ?e kkg:sourceWording ?ew } OPTIONAL { ?e kkg:earliest ?ee } }
              BIND(COALESCE(?bw, STR(?be), "") AS ?from)
              BIND(COALESCE(?ew, STR(?ee), "") AS ?until)
            } ORDER BY ?be ?controller""";
    private static final String CLAIMS = Prefixes.sparql() + """
            SELECT DISTINCT ?claim ?claimant ?stance ?proposition ?summary ?quote WHERE {
              { ?claim kkg:about ?entity } UNION { ?claim kkg:claimant ?entity }
              UNION { ?period kkg:territory ?entity . ?claim kkg:about ?period }
              ?claim kkg:claimant ?claimant ; kkg:stance ?stance ; kkg:about ?proposition .
              OPTIONAL { ?proposition kkg:summary ?summary }
              OPTIONAL { ?claim kkg:evidence/oa:hasSelector/oa:exact ?quote }
            } ORDER BY ?claim""";

    private final DatasetGraph store;
    private final StringBuilder html = new StringBuilder();

    private HtmlPage(DatasetGraph store) {
        this.store = store;
    }

    /** The page for {@code entity}, described by {@code description}. */
    static String render(DatasetGraph store, Node entity, Graph description) {
        HtmlPage page = new HtmlPage(store);
        Txn.executeRead(store, () -> page.body(entity, description));
        return page.html.toString();
    }

    private void body(Node entity, Graph description) {
        String label = Links.label(store, entity);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(label))
                .append(" — kidal-kg</title></head><body>\n<h1>").append(escape(label)).append("</h1>\n<p><code>")
                .append(escape(entity.getURI())).append("</code></p>\n");
        types(entity);
        statements(entity, description);
        control(entity);
        claims(entity);
        html.append("</body></html>\n");
    }

    private void types(Node entity) {
        html.append("<h2>Types</h2>\n<ul>\n");
        List<Node> types = new ArrayList<>();
        store.find(Node.ANY, entity, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!types.contains(q.getObject())) {
                types.add(q.getObject());
            }
        });
        types.sort(Comparator.comparing(Node::toString));
        for (Node type : types) {
            html.append("<li>").append(link(type)).append(isInferred(entity, type) ? " <em>(inferred)</em>" : "").append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** Inferred: the type triple sits only in graphs under kgr:inferred/. */
    private boolean isInferred(Node entity, Node type) {
        var quads = store.findNG(Node.ANY, entity, RDF.type.asNode(), type);
        while (quads.hasNext()) {
            if (!Graphs.isInferred(quads.next().getGraph())) {
                return false;
            }
        }
        return true;
    }

    private void statements(Node entity, Graph description) {
        html.append("<h2>Statements</h2>\n<table>\n");
        List<Triple> triples = description.find(entity, Node.ANY, Node.ANY).toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            html.append("<tr><td>").append(link(t.getPredicate())).append("</td><td>").append(value(t.getObject())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void control(Node entity) {
        List<Binding> rows = select(CONTROL, entity);
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>Controlled by</h2>\n<table>\n<tr><th>controller</th><th>kind</th><th>from</th><th>until</th></tr>\n");
        for (Binding row : rows) {
            html.append("<tr><td>").append(link(row.get("controller"))).append("</td><td>").append(opt(row, "kind"))
                    .append("</td><td>").append(opt(row, "from")).append("</td><td>").append(opt(row, "until")).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void claims(Node entity) {
        List<Binding> rows = select(CLAIMS, entity);
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>Claims</h2>\n<table>\n<tr><th>claim</th><th>claimant</th><th>stance</th><th>about</th><th>evidence</th></tr>\n");
        for (Binding row : rows) {
            html.append("<tr><td>").append(link(row.get("claim"))).append("</td><td>").append(link(row.get("claimant")))
                    .append("</td><td>").append(link(row.get("stance"))).append("</td><td>").append(opt(row, "summary"))
                    .append("</td><td><blockquote>").append(opt(row, "quote")).append("</blockquote></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private List<Binding> select(String query, Node entity) {
        try (var exec = QueryExec.dataset(store).query(query).substitution("entity", entity).build()) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    private String opt(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? "" : value(n);
    }

    private String value(Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return escape(node.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + escape(lang) + "</small>");
        }
        return node.isURI() ? link(node) : escape(node.toString());
    }

    private String link(Node node) {
        if (node == null) {
            return "";
        }
        if (!node.isURI()) {
            return value(node);
        }
        String href = Links.href(node.getURI());
        return Links.followable(href) ? "<a href=\"" + escape(href) + "\">" + escape(Links.label(store, node)) + "</a>"
                : escape(Links.label(store, node));
    }
}

package org.kidalkg.http.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.kidalkg.vocab.KKG;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /id/X} answers for {@code https://w3id.org/kidal-kg/id/X}: its description, in any offered syntax. Until
 * the w3id.org redirects are registered, a client fetches this server's URL, not the IRI (docs/linked-data.md,
 * "Dereferencing"): the description then also says {@code <URL fetched> owl:sameAs <IRI>}, so a client looking for
 * triples about what it fetched finds them, and the link header names the IRI as canonical.
 */
final class EntityRoute extends RdfRoute {
    private final DatasetGraph store;

    EntityRoute(DatasetGraph store) {
        super("/id/{name}", Syntax.all());
        this.store = store;
    }

    @Override
    Graph describe(HttpServletRequest request) {
        String local = local(request);
        if (local.isEmpty() || local.contains("/")) {
            return GraphFactory.createDefaultGraph();
        }
        Node iri = NodeFactory.createURI(KKG.ID + local);
        Graph description = EntityDescription.of(store, iri);
        String fetched = PublicUrl.of(request) + request.getRequestURI();
        if (!description.isEmpty() && !fetched.equals(iri.getURI())) {
            description.add(Triple.create(NodeFactory.createURI(fetched), OWL.sameAs.asNode(), iri));
        }
        return description;
    }

    @Override
    String canonical(HttpServletRequest request) {
        return KKG.ID + local(request);
    }

    @Override
    String html(HttpServletRequest request, Graph graph) {
        return HtmlPage.render(store, NodeFactory.createURI(KKG.ID + local(request)), graph);
    }

    private static String local(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    }
}

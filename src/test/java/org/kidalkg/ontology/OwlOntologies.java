package org.kidalkg.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.vocab.Graphs;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/** Hands our graphs to the OWL API (for ROBOT and HermiT), through N-Triples: the OWL API has its own RDF model. */
final class OwlOntologies {
    private OwlOntologies() {}

    /** Every asserted triple of the dataset (the ontology and every source graph), without the rules' conclusions. */
    static Graph asserted(DatasetGraph dataset) {
        return union(dataset, false);
    }

    /** Every triple of the dataset's named graphs, as served: the asserted ones and the rules' conclusions. */
    static Graph served(DatasetGraph dataset) {
        return union(dataset, true);
    }

    // Named graphs only: the default graph of a store may be the union of the others again.
    private static Graph union(DatasetGraph dataset, boolean withInferred) {
        Graph graph = GraphFactory.createGraphMem();
        dataset.listGraphNodes().forEachRemaining(name -> {
            if (withInferred || !Graphs.isInferred(name)) {
                dataset.getGraph(name).find().forEachRemaining(graph::add);
            }
        });
        return graph;
    }

    /** The graph parsed by the OWL API as one ontology, in a manager of its own. */
    static OWLOntology of(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}

package org.kidalkg.http.linkeddata;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of the endpoint: its URL, SPARQL 1.1 Query, the result formats, the default
 * graph as the union of the named graphs, and the dataset (each named graph with its size), linked to the VoID
 * description for the rest.
 */
public final class ServiceDescription {
    /** The Service Description vocabulary. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private final Graph out = GraphFactory.createDefaultGraph();

    private ServiceDescription() {}

    /** Describes the endpoint at {@code endpoint} serving {@code data}; {@code voidUrl} is its VoID description. */
    public static Graph of(DatasetGraph data, String endpoint, String voidUrl) {
        ServiceDescription d = new ServiceDescription();
        Node service = NodeFactory.createBlankNode();
        d.add(service, RDF.type.asNode(), sd("Service"));
        d.add(service, sd("endpoint"), NodeFactory.createURI(endpoint));
        d.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        // The default graph holds every named graph's triples (docs/model.md), so queries see them without GRAPH.
        d.add(service, sd("feature"), sd("UnionDefaultGraph"));
        RESULT_FORMATS.forEach(f -> d.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f)));
        d.add(service, RDFS.seeAlso.asNode(), NodeFactory.createURI(voidUrl));
        Txn.executeRead(data, () -> d.dataset(service, data));
        return d.out;
    }

    private void dataset(Node service, DatasetGraph data) {
        Node dataset = NodeFactory.createBlankNode();
        add(service, sd("defaultDataset"), dataset);
        add(dataset, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        add(dataset, sd("defaultGraph"), defaultGraph);
        add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        add(defaultGraph, triples(), count(data.getDefaultGraph().size()));
        for (Iterator<Node> it = data.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            Node named = NodeFactory.createBlankNode();
            Node graph = NodeFactory.createBlankNode();
            add(dataset, sd("namedGraph"), named);
            add(named, RDF.type.asNode(), sd("NamedGraph"));
            add(named, sd("name"), name);
            add(named, sd("graph"), graph);
            add(graph, RDF.type.asNode(), sd("Graph"));
            add(graph, triples(), count(Iter.count(data.find(name, Node.ANY, Node.ANY, Node.ANY))));
        }
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Node triples() {
        return NodeFactory.createURI(VoidDescription.VOID + "triples");
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }
}

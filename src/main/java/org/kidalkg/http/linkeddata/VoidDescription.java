package org.kidalkg.http.linkeddata;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;

/**
 * The VoID and DCAT description of a dataset, counted from the dataset itself: triples per named graph,
 * the vocabularies its predicates and classes come from, and the linksets to Wikidata and GeoNames.
 */
public final class VoidDescription {
    /** The IRI the description gives the whole dataset. */
    public static final String DATASET = "https://w3id.org/kidal-kg/dataset";
    /** The graph the description sits in when exported. */
    public static final Node GRAPH = NodeFactory.createURI(Graphs.NS + "void");
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String GEONAMES = "https://sws.geonames.org/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final Node LICENSE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    private final Graph out = GraphFactory.createDefaultGraph();
    private final Node dataset = NodeFactory.createURI(DATASET);

    private VoidDescription() {}

    /**
     * Describes {@code data} as served at {@code publicBase} (scheme and host, no slash): its SPARQL endpoint
     * ({@code publicBase + sparqlPath}) and its dump. With no {@code publicBase} (an export that does not know where
     * it will be served) neither is named, rather than an address that is only right on the machine that wrote it.
     */
    public static Graph of(DatasetGraph data, String publicBase, String sparqlPath) {
        VoidDescription d = new VoidDescription();
        Txn.calculateRead(data, () -> {
            d.header();
            if (publicBase != null) {
                d.access(publicBase + sparqlPath, publicBase + DumpRoute.PATH);
            }
            d.counts(data);
            d.vocabularies(data);
            d.sources(data);
            d.linkset("wikidata", OWL.sameAs.asNode(), WIKIDATA, data);
            d.linkset("geonames", SKOS.exactMatch.asNode(), GEONAMES, data);
            return null;
        });
        return d.out;
    }

    private void header() {
        add(dataset, RDF.type.asNode(), v("Dataset"));
        add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("kidal-kg", "en"));
        add(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Who controlled a place, when, and according to whom: territorial control and attributed claims.", "en"));
        add(dataset, DCTerms.license.asNode(), LICENSE);
        add(dataset, v("uriSpace"), NodeFactory.createLiteralString(KKG.ID));
        add(dataset, v("exampleResource"), NodeFactory.createURI(KKG.ID + "Kidal"));
    }

    /** Where to get the data: the SPARQL endpoint and the gzipped N-Quads dump, each a DCAT distribution too. */
    private void access(String sparqlEndpoint, String dump) {
        Node endpoint = NodeFactory.createURI(sparqlEndpoint);
        add(dataset, v("sparqlEndpoint"), endpoint);
        distribution("/sparql", DCAT.accessURL.asNode(), endpoint);
        Node file = NodeFactory.createURI(dump);
        add(dataset, v("dataDump"), file);
        Node download = distribution("/dump", DCAT.downloadURL.asNode(), file);
        add(download, DCAT.mediaType.asNode(), NodeFactory.createURI(IANA + "application/n-quads"));
        add(download, DCAT.compressFormat.asNode(), NodeFactory.createURI(IANA + "application/gzip"));
    }

    /** A dcat:Distribution of the dataset, named {@code DATASET + suffix}, reached at {@code url}. */
    private Node distribution(String suffix, Node urlProperty, Node url) {
        Node distribution = NodeFactory.createURI(DATASET + suffix);
        add(dataset, DCAT.distribution.asNode(), distribution);
        add(distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
        add(distribution, urlProperty, url);
        add(distribution, DCTerms.license.asNode(), LICENSE);
        return distribution;
    }

    /** void:triples of the whole (distinct triples over all graphs) and of each named graph, a subset. */
    private void counts(DatasetGraph data) {
        Set<Triple> distinct = new HashSet<>();
        data.find().forEachRemaining(q -> distinct.add(q.asTriple()));
        add(dataset, v("triples"), count(distinct.size()));
        for (Iterator<Node> it = data.listGraphNodes(); it.hasNext(); ) {
            Node graph = it.next();
            add(dataset, v("subset"), graph);
            add(graph, RDF.type.asNode(), v("Dataset"));
            add(graph, v("triples"), count(Iter.count(data.find(graph, Node.ANY, Node.ANY, Node.ANY))));
        }
    }

    /** The namespaces of every predicate and class used: void:vocabulary. */
    private void vocabularies(DatasetGraph data) {
        Set<String> namespaces = new TreeSet<>();
        data.find().forEachRemaining(q -> {
            namespaces.add(namespace(q.getPredicate().getURI()));
            if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) {
                namespaces.add(namespace(q.getObject().getURI()));
            }
        });
        namespaces.forEach(ns -> add(dataset, v("vocabulary"), NodeFactory.createURI(ns)));
    }

    /** The source documents the data encodes: dcterms:source. */
    private void sources(DatasetGraph data) {
        EntityDescription.subjectsWith(data, RDF.type.asNode(), KKG.SourceDocument)
                .forEach(doc -> add(dataset, DCTerms.source.asNode(), doc));
    }

    private void linkset(String name, Node predicate, String targetSpace, DatasetGraph data) {
        Set<Triple> links = new HashSet<>();
        data.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(targetSpace)) {
                links.add(q.asTriple());
            }
        });
        Node linkset = NodeFactory.createURI(DATASET + "/linkset/" + name);
        Node target = NodeFactory.createURI(DATASET + "/target/" + name);
        add(dataset, v("subset"), linkset);
        add(linkset, RDF.type.asNode(), v("Linkset"));
        add(linkset, v("subjectsTarget"), dataset);
        add(linkset, v("objectsTarget"), target);
        add(linkset, v("linkPredicate"), predicate);
        add(linkset, v("triples"), count(links.size()));
        add(target, RDF.type.asNode(), v("Dataset"));
        add(target, v("uriSpace"), NodeFactory.createLiteralString(targetSpace));
    }

    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }
}

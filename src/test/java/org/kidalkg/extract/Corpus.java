package org.kidalkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.kidalkg.reason.Materializer;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;

/** The texts of the corpus the drafts are measured on, and what the data knew before each one (leave one out). */
final class Corpus {
    /** One text of the corpus: its source id, file, publication date, language and outlet. */
    record Source(String id, Path text, LocalDate published, String language, String outlet) {}

    private Corpus() {}

    /**
     * What was known before source {@code excluded}: the ontology, the other sources' graphs and the gazetteer, with
     * the rules' inferences drawn from them alone. Not the store's default graph nor its inferred graphs: they hold the
     * union of every source, the excluded one too, and would let its own actors (their labels, types, positions) leak
     * in. The gazetteer is the places linked to GeoNames ({@link #gazetteer}): reference data a deployment has before
     * any article, which France 24's file happens to hold because it was encoded first.
     */
    static Graph knownBefore(DatasetGraph store, Node excluded) {
        DatasetGraph before = DatasetGraphFactory.create();
        store.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(excluded) && !Graphs.isInferred(g)) {
                store.getGraph(g).find().forEachRemaining(t -> before.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        gazetteer(store.getGraph(excluded)).forEach(t -> before.add(excluded, t.getSubject(), t.getPredicate(), t.getObject()));
        RULES.materialize(before);
        Graph union = GraphFactory.createGraphMem();
        before.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private static final List<Node> GAZETTEER_PROPERTIES = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(),
            SKOS.prefLabel.asNode(), NodeFactory.createURI(KKG.NS + "partOf"), SKOS.exactMatch.asNode());

    /** The names, kinds and containment of the places in {@code graph} that are linked to GeoNames; nothing else of it. */
    private static List<Triple> gazetteer(Graph graph) {
        List<Triple> out = new ArrayList<>();
        graph.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(link -> {
            Node place = link.getSubject();
            boolean isPlace = graph.find(place, RDF.type.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> List.of("City", "Region", "Country", "Place").contains(t.getObject().getLocalName()));
            if (isPlace && link.getObject().isURI() && link.getObject().getURI().startsWith("https://sws.geonames.org/")) {
                GAZETTEER_PROPERTIES.forEach(p -> graph.find(place, p, Node.ANY).forEachRemaining(out::add));
            }
        });
        return out;
    }

    private static final Materializer RULES = Materializer.fromFiles(SourceBundle.builtIn().ruleFiles());

    static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("france24-kidal-2023-11-14", Path.of("data/kidal-article.txt"), LocalDate.parse("2023-11-14"), "en", "France24"));
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode d = json.readTree(file.toFile()).get("document");
                Path text = Path.of(file.toString().replaceFirst("\\.json$", ".txt"));
                sources.add(new Source(d.get("id").asText(), text, LocalDate.parse(d.get("issued").asText()),
                        d.path("language").asText("en"), d.path("publisher").asText(null)));
            }
        }
        return sources;
    }

}

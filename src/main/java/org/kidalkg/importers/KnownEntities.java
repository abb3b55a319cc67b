package org.kidalkg.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.kidalkg.vocab.Names;

/**
 * The actors and places the served data already holds, so a new source (an ACLED row, an ingested article)
 * names the same IRI as every other source ({@code kid:FAMa}, {@code kid:Kidal}) instead of minting a duplicate. A name resolves by label,
 * alias ({@code skos:altLabel}) or preferred label in any language, compared without case or accents; an
 * actor also by ACLED's naming of state forces ("Military Forces of Mali (2021-)": the armed forces of the
 * state sovereign over the country called Mali); a place only within reach of the row's point (by
 * {@code geo_precision}). Two candidates are an error naming both, never a guess.
 */
public final class KnownEntities {
    private static final String KKG = "https://w3id.org/kidal-kg/ontology#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final List<Node> NAMES = List.of(LABEL, NodeFactory.createURI(SKOS + "altLabel"), NodeFactory.createURI(SKOS + "prefLabel"));
    private static final Node ACTOR = NodeFactory.createURI(KKG + "Actor");
    private static final Node ARMED_FORCES = NodeFactory.createURI(KKG + "ArmedForces");
    private static final Node PLACE = NodeFactory.createURI(KKG + "Place");
    private static final Node REGION = NodeFactory.createURI(KKG + "Region");
    private static final Node PART_OF = NodeFactory.createURI(KKG + "partOf");
    private static final Node SOVEREIGN_OVER = NodeFactory.createURI(KKG + "sovereignOver");
    private static final Node HOLDER = NodeFactory.createURI(KKG + "holder");
    private static final Node ROLE = NodeFactory.createURI(KKG + "role");
    private static final Node SAME_AS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    private static final Node HAS_GEOMETRY = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#hasGeometry");
    private static final Node AS_WKT = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#asWKT");
    /** ACLED's names for a period of a state's forces: "Military Forces of Mali (2021-)". */
    private static final Pattern PERIOD = Pattern.compile("\\s*\\(\\d{4}-(\\d{4})?\\)$");
    private static final Pattern STATE_FORCES = Pattern.compile("(?i)military forces of (.+)");
    private static final Pattern POINT = Pattern.compile("(?i)^\\s*POINT\\s*\\(\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\)\\s*$");

    private final Graph graph;
    private final Map<String, Set<Node>> byName = new HashMap<>();

    private KnownEntities(Graph graph) {
        this.graph = graph;
        for (Node name : NAMES) {
            graph.find(Node.ANY, name, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    byName.computeIfAbsent(Names.fold(t.getObject().getLiteralLexicalForm()), k -> new LinkedHashSet<>()).add(t.getSubject());
                }
            });
        }
    }

    /** The entities of {@code graph}: the served data with its inferences, so every place is a {@code kkg:Place}. */
    public static KnownEntities of(Graph graph) {
        return new KnownEntities(graph);
    }

    /** The entities of every graph of {@code dataset} (a built graph: the served data with its inferences). */
    public static KnownEntities of(org.apache.jena.sparql.core.DatasetGraph dataset) {
        Graph union = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return new KnownEntities(union);
    }

    /** No known entities: every name is new (a corpus generated for a benchmark). */
    public static KnownEntities none() {
        return new KnownEntities(org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
    }

    /** Whether the data already describes {@code node}. */
    public boolean knows(Node node) {
        return graph.contains(node, Node.ANY, Node.ANY);
    }

    /**
     * The known entities of {@code type} (kkg:Actor or kkg:Place) that a new entity with these names and Wikidata
     * identifier would duplicate: the same {@code owl:sameAs}, or a label or alias in common.
     */
    public Set<Node> sameAs(String type, List<String> names, String wikidataIri) {
        Node kind = NodeFactory.createURI(KKG + type);
        Set<Node> same = new LinkedHashSet<>();
        if (wikidataIri != null) {
            graph.find(Node.ANY, SAME_AS, NodeFactory.createURI(wikidataIri)).forEachRemaining(t -> same.add(t.getSubject()));
        }
        names.forEach(n -> same.addAll(typed(named(n), kind)));
        return same;
    }

    /**
     * Every name (folded, as {@link #fold}) that denotes exactly one known entity of {@code type} ({@code Actor},
     * {@code Place}), with that entity: what a text can be scanned for without guessing between two.
     */
    public Map<String, Node> unambiguousNames(String type) {
        Node kind = NodeFactory.createURI(KKG + type);
        Map<String, Node> names = new HashMap<>();
        byName.forEach((name, nodes) -> {
            Set<Node> ofKind = typed(nodes, kind);
            if (ofKind.size() == 1) {
                names.put(name, ofKind.iterator().next());
            }
        });
        return names;
    }

    /** Whether the data types {@code node} as {@code kkg:<type>} (with inferences: a JuntaLeader's person is a Person). */
    public boolean is(Node node, String type) {
        return graph.contains(node, RDF.type.asNode(), NodeFactory.createURI(KKG + type));
    }

    /** {@code kid:Name} or {@code <iri>}, as messages name a resource. */
    public static String nameOf(Node node) {
        return shortName(node);
    }

    /** The known actor ACLED's {@code name} denotes; throws {@link IllegalArgumentException} naming the candidates. */
    public Optional<Node> actor(String column, String name) {
        String plain = PERIOD.matcher(name).replaceFirst("");
        for (String candidate : List.of(name, plain)) {
            Optional<Node> found = unique(column, name, typed(named(candidate), ACTOR));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher forces = STATE_FORCES.matcher(plain);
        return forces.matches() ? unique(column, name, armedForcesOf(forces.group(1))) : Optional.empty();
    }

    /** The known place called {@code name} within reach of the row's point; empty when there is none. */
    public Optional<Node> place(String column, String name, double latitude, double longitude, Integer geoPrecision) {
        double reachKm = geoPrecision == null ? 50 : switch (geoPrecision) {
            case 1 -> 25;
            case 2 -> 50;
            default -> 150;
        };
        Set<Node> near = new LinkedHashSet<>();
        for (Node place : typed(named(name), PLACE)) {
            double[] point = point(place);
            if (point == null || kilometres(point[1], point[0], latitude, longitude) <= reachKm) {
                near.add(place);
            }
        }
        return unique(column, name, near);
    }

    /**
     * The holders of the known positions by the names of their role ({@code kkg:role}'s labels, as written):
     * "junta leader" → Assimi Goïta, so a text that names a speaker by role only can name the person.
     */
    public Map<String, Set<Node>> roleHolders() {
        Map<String, Set<Node>> holders = new HashMap<>();
        graph.find(Node.ANY, HOLDER, Node.ANY).forEachRemaining(h -> graph.find(h.getSubject(), ROLE, Node.ANY).forEachRemaining(r -> {
            for (Node name : NAMES) {
                graph.find(r.getObject(), name, Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().isLiteral()) {
                        holders.computeIfAbsent(l.getObject().getLiteralLexicalForm(), k -> new LinkedHashSet<>()).add(h.getObject());
                    }
                });
            }
        }));
        return holders;
    }

    /**
     * The armed forces of the state sovereign over {@code place} or over a place it is part of ("our forces have
     * taken over Kidal": Kidal is part of Mali, over which the Malian state is sovereign); empty unless exactly one.
     */
    public Optional<Node> armedForcesOver(Node place) {
        Set<Node> lands = new LinkedHashSet<>(List.of(place));
        // kkg:partOf is transitive and the rules close it, so Kidal's own triples reach Mali
        graph.find(place, PART_OF, Node.ANY).forEachRemaining(t -> lands.add(t.getObject()));
        Set<Node> forces = new LinkedHashSet<>();
        lands.forEach(land -> forces.addAll(armedForcesOfStateOver(land)));
        return forces.size() == 1 ? forces.stream().findFirst() : Optional.empty();
    }

    /** The known region called {@code name} or "{@code name} Region" (ACLED's admin1 "Kidal" is "Kidal Region"). */
    public Optional<Node> region(String column, String name) {
        Set<Node> regions = typed(named(name), REGION);
        if (regions.isEmpty()) {
            regions = typed(named(name + " Region"), REGION);
        }
        return unique(column, name, regions);
    }

    private Set<Node> named(String name) {
        return byName.getOrDefault(Names.fold(name), Set.of());
    }

    private Set<Node> typed(Set<Node> nodes, Node type) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node n : nodes) {
            if (graph.contains(n, RDF.type.asNode(), type)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The armed forces part of a state sovereign over the country called {@code country}. */
    private Set<Node> armedForcesOf(String country) {
        Set<Node> out = new LinkedHashSet<>();
        named(country).forEach(land -> out.addAll(armedForcesOfStateOver(land)));
        return out;
    }

    /** The armed forces part of a state sovereign over {@code land}. */
    private Set<Node> armedForcesOfStateOver(Node land) {
        Set<Node> out = new LinkedHashSet<>();
        graph.find(Node.ANY, SOVEREIGN_OVER, land).forEachRemaining(state -> graph.find(Node.ANY, PART_OF, state.getSubject())
                .filterKeep(part -> graph.contains(part.getSubject(), RDF.type.asNode(), ARMED_FORCES))
                .forEachRemaining(part -> out.add(part.getSubject())));
        return out;
    }

    private Optional<Node> unique(String column, String name, Set<Node> candidates) {
        if (candidates.size() > 1) {
            Set<String> named = new TreeSet<>();
            candidates.forEach(c -> named.add(shortName(c) + " (" + label(c) + ")"));
            throw new IllegalArgumentException(column + " '" + name + "' is ambiguous: it names " + String.join(", ", named)
                    + "; give one of them an alias the others lack, or rename the row");
        }
        return candidates.stream().findFirst();
    }

    private double[] point(Node place) {
        List<double[]> points = new ArrayList<>();
        graph.find(place, HAS_GEOMETRY, Node.ANY).forEachRemaining(g -> graph.find(g.getObject(), AS_WKT, Node.ANY).forEachRemaining(w -> {
            Matcher m = POINT.matcher(w.getObject().getLiteralLexicalForm());
            if (m.matches()) {
                points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
        }));
        return points.isEmpty() ? null : points.get(0);
    }

    private String label(Node node) {
        return graph.find(node, LABEL, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }

    private static String shortName(Node node) {
        String iri = node.getURI();
        return iri.startsWith("https://w3id.org/kidal-kg/id/") ? "kid:" + iri.substring("https://w3id.org/kidal-kg/id/".length()) : "<" + iri + ">";
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}

package org.kidalkg.reason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.vocab.Graphs;

/**
 * Forward-chains the ontology's rules to a fixpoint and writes each rule's conclusions into its own
 * named graph ({@code kgr:inferred/<rule>}), so every inferred triple can be traced to the rule that
 * produced it. Materialising at load keeps query cost that of plain SPARQL: no backward chaining.
 */
public final class Materializer {
    /** A guard against rule sets that never settle (a rule minting new nodes each round). */
    static final int MAX_ROUNDS = 50;

    private final List<Rule> rules;

    public Materializer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A materializer for the rule files given, in order. */
    public static Materializer fromFiles(List<Path> ruleFiles) {
        return new Materializer(ruleFiles.stream().map(Rule::read).toList());
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Adds to {@code dataset} everything the rules conclude from the union of its graphs and returns
     * how many new triples each rule contributed.
     */
    public Map<String, Integer> materialize(DatasetGraph dataset) {
        Map<String, Integer> added = new LinkedHashMap<>();
        rules.forEach(rule -> added.put(rule.name(), 0));
        // One plain graph of everything so far: querying it is far cheaper than a live union view.
        Graph union = GraphFactory.createGraphMem();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        for (int round = 1; ; round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("rules did not reach a fixpoint after " + MAX_ROUNDS + " rounds");
            }
            int addedThisRound = 0;
            for (Rule rule : rules) {
                int n = apply(rule, union, dataset);
                added.merge(rule.name(), n, Integer::sum);
                addedThisRound += n;
            }
            if (addedThisRound == 0) {
                return added;
            }
        }
    }

    private static int apply(Rule rule, Graph union, DatasetGraph dataset) {
        List<Triple> conclusions = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union))
                .query(rule.construct()).build()) {
            exec.execConstructTriples().forEachRemaining(conclusions::add);
        }
        Node graph = Graphs.inferred(rule.name());
        int n = 0;
        for (Triple t : conclusions) {
            if (t.isConcrete() && !union.contains(t)) {
                union.add(t);
                dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                n++;
            }
        }
        return n;
    }
}

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
    private final List<RuleReads> reads;

    public Materializer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.reads = this.rules.stream().map(rule -> RuleReads.of(rule.construct())).toList();
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
        // What each rule application added, in order; a rule re-runs only if something added since its last run
        // is a triple it can match (semi-naive at the level of predicates and classes).
        List<List<Triple>> additions = new ArrayList<>();
        int[] lastRun = new int[rules.size()];
        for (int round = 1; ; round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("rules did not reach a fixpoint after " + MAX_ROUNDS + " rounds");
            }
            int addedThisRound = 0;
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (round > 1 && !changedFor(i, additions, lastRun[i], union)) {
                    continue;
                }
                lastRun[i] = additions.size();
                List<Triple> conclusions = apply(rule, union, dataset);
                if (!conclusions.isEmpty()) {
                    additions.add(conclusions);
                    added.merge(rule.name(), conclusions.size(), Integer::sum);
                    addedThisRound += conclusions.size();
                }
            }
            if (addedThisRound == 0) {
                return added;
            }
        }
    }

    private boolean changedFor(int rule, List<List<Triple>> additions, int since, Graph union) {
        RuleReads ruleReads = reads.get(rule);
        for (List<Triple> batch : additions.subList(since, additions.size())) {
            for (Triple t : batch) {
                if (ruleReads.matches(t, union)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds {@code rule}'s new conclusions to the union and to the rule's graph, and returns them. */
    private static List<Triple> apply(Rule rule, Graph union, DatasetGraph dataset) {
        List<Triple> conclusions = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union))
                .query(rule.construct()).build()) {
            exec.execConstructTriples().forEachRemaining(conclusions::add);
        }
        Node graph = Graphs.inferred(rule.name());
        List<Triple> added = new ArrayList<>();
        for (Triple t : conclusions) {
            if (t.isConcrete() && !union.contains(t)) {
                union.add(t);
                dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                added.add(t);
            }
        }
        return added;
    }
}

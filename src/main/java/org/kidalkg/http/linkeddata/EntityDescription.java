package org.kidalkg.http.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.kidalkg.vocab.KKG;

/**
 * What {@code /id/X} answers: every triple with the entity as subject in any graph (inferred ones included),
 * followed through blank nodes (geometry, evidence), plus the claims about or by the entity and, for a place,
 * the control periods over it with the claims about them, so a reader sees who held it and on whose word.
 */
public final class EntityDescription {
    private static final Node TERRITORY = NodeFactory.createURI(KKG.NS + "territory");

    private EntityDescription() {}

    /** The description of {@code entity}, or an empty graph when the store says nothing about it. */
    public static Graph of(DatasetGraph store, Node entity) {
        return Txn.calculateRead(store, () -> build(store, entity));
    }

    private static Graph build(DatasetGraph store, Node entity) {
        Graph out = GraphFactory.createDefaultGraph();
        if (!store.find(Node.ANY, entity, Node.ANY, Node.ANY).hasNext()) {
            return out;
        }
        Set<Node> roots = new LinkedHashSet<>();
        roots.add(entity);
        roots.addAll(subjectsWith(store, KKG.about, entity));
        roots.addAll(subjectsWith(store, KKG.claimant, entity));
        for (Node period : subjectsWith(store, TERRITORY, entity)) {
            roots.add(period);
            roots.addAll(subjectsWith(store, KKG.about, period));
        }
        roots.forEach(root -> addBounded(store, root, out));
        return out;
    }

    /** The subjects of {@code ?s predicate object} in any graph. */
    static Set<Node> subjectsWith(DatasetGraph store, Node predicate, Node object) {
        Set<Node> subjects = new LinkedHashSet<>();
        store.find(Node.ANY, Node.ANY, predicate, object).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects;
    }

    /** The node's triples, and those of the blank nodes they lead to (a concise bounded description). */
    private static void addBounded(DatasetGraph store, Node root, Graph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            store.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
                if (q.getObject().isBlank()) {
                    todo.push(q.getObject());
                }
            });
        }
    }
}

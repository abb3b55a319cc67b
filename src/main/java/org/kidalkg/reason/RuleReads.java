package org.kidalkg.reason;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Which triples a rule's WHERE clause can match: the predicates it names, and for {@code rdf:type} the classes
 * it names, read from the compiled algebra (EXISTS, subqueries and property paths included). A rule whose
 * WHERE clause has a variable predicate reads everything. The materialiser re-runs a rule only when a triple
 * it can match was added since it last ran: its answer cannot have changed otherwise.
 */
final class RuleReads {
    private final Set<Node> predicates = new HashSet<>();
    private final Set<Node> types = new HashSet<>();
    /** For a variable predicate the same pattern group describes ({@code ?p rdfs:domain ?c . ?s ?p ?o}): how. */
    private final Set<Node> predicateGuards = new HashSet<>();
    private boolean anyPredicate;
    private boolean anyType;

    static RuleReads of(Query query) {
        RuleReads reads = new RuleReads();
        reads.op(Algebra.compile(query));
        return reads;
    }

    /**
     * Whether the rule can match {@code triple}, in {@code graph} (a variable predicate guarded by, say,
     * {@code ?p rdfs:domain ?c} only matches triples whose predicate has a domain there).
     */
    boolean matches(Triple triple, org.apache.jena.graph.Graph graph) {
        if (anyPredicate) {
            return true;
        }
        for (Node guard : predicateGuards) {
            if (graph.contains(triple.getPredicate(), guard, Node.ANY)) {
                return true;
            }
        }
        if (RDF.type.asNode().equals(triple.getPredicate())) {
            return anyType || types.contains(triple.getObject());
        }
        return predicates.contains(triple.getPredicate());
    }

    private void op(Op op) {
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpBGP bgp) { group(bgp.getPattern().getList()); }
            @Override public void visit(OpTriple triple) { pattern(triple.getTriple()); }
            @Override public void visit(OpQuadPattern quads) { group(quads.getBasicPattern().getList()); }
            @Override public void visit(OpPath path) { path(path.getTriplePath()); }
            @Override public void visit(OpFilter filter) { exprs(filter.getExprs()); }
            @Override public void visit(OpLeftJoin join) { exprs(join.getExprs()); }
            @Override public void visit(OpExtend extend) { extend.getVarExprList().getExprs().values().forEach(RuleReads.this::expr); }
        });
    }

    /** A group of patterns: a variable predicate is guarded when the group also gives it a concrete property. */
    private void group(java.util.List<Triple> patterns) {
        for (Triple t : patterns) {
            if (t.getPredicate().isVariable()) {
                Node guard = patterns.stream().filter(g -> g.getSubject().equals(t.getPredicate()) && g.getPredicate().isConcrete())
                        .map(Triple::getPredicate).findFirst().orElse(null);
                if (guard == null) {
                    anyPredicate = true;
                } else {
                    predicateGuards.add(guard);
                }
            } else {
                pattern(t);
            }
        }
    }

    private void pattern(Triple t) {
        Node p = t.getPredicate();
        if (!p.isConcrete()) {
            anyPredicate = true;
        } else if (RDF.type.asNode().equals(p)) {
            if (t.getObject().isConcrete()) {
                types.add(t.getObject());
            } else {
                anyType = true;
            }
        } else {
            predicates.add(p);
        }
    }

    private void path(TriplePath tp) {
        if (tp.isTriple()) {
            pattern(tp.asTriple());
        } else {
            pathSteps(tp.getPath());
        }
    }

    /** The predicates a property path steps along; {@code rdf:type} in a path is any type. */
    private void pathSteps(Path path) {
        if (path instanceof P_Link link) {
            step(link.getNode());
        } else if (path instanceof P_ReverseLink link) {
            step(link.getNode());
        } else if (path instanceof P_Path1 one) {
            pathSteps(one.getSubPath());
        } else if (path instanceof P_Path2 two) {
            pathSteps(two.getLeft());
            pathSteps(two.getRight());
        } else {
            anyPredicate = true; // a negated property set, or a path form read as matching anything
        }
    }

    private void step(Node predicate) {
        if (RDF.type.asNode().equals(predicate)) {
            anyType = true;
        } else {
            predicates.add(predicate);
        }
    }

    private void exprs(ExprList exprs) {
        if (exprs != null) {
            exprs.forEach(this::expr);
        }
    }

    private void expr(Expr expr) {
        if (expr instanceof ExprFunctionOp exists) {
            op(exists.getGraphPattern());
        } else if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(this::expr);
        }
    }
}

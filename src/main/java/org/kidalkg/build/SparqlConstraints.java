package org.kidalkg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The SHACL-SPARQL constraints of node shapes, each run as one query over the whole data graph instead of once
 * per focus node as a SHACL engine runs them: the same violations, in a fraction of the time on an import's
 * chunk of tens of thousands of claims (two such constraints were two thirds of the shapes' cost). Only the
 * simple, common form is taken over: a node shape targeting a class, the subjects of a property or given nodes,
 * whose {@code sh:select} uses no pre-bound variable but {@code $this}; any other stays with the SHACL engine.
 */
final class SparqlConstraints {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SPARQL = sh("sparql");
    private static final Node SELECT = sh("select");
    private static final Node MESSAGE = sh("message");
    private static final Node PREFIXES = sh("prefixes");
    private static final Node DECLARE = sh("declare");
    private static final Node PREFIX = sh("prefix");
    private static final Node NAMESPACE = sh("namespace");
    private static final Node SEVERITY = sh("severity");
    private static final Node DEACTIVATED = sh("deactivated");
    private static final Node PATH = sh("path");
    private static final Node TARGET_CLASS = sh("targetClass");
    private static final Node TARGET_SUBJECTS_OF = sh("targetSubjectsOf");
    private static final Node TARGET_NODE = sh("targetNode");
    private static final Node TARGET_OBJECTS_OF = sh("targetObjectsOf");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[?$](\\w+)}");

    /** One constraint: the shape it belongs to, its severity and message template, and its query over all focus nodes. */
    record Constraint(Node shape, Node severity, String message, Query query) {}

    private final List<Constraint> constraints;

    private SparqlConstraints(List<Constraint> constraints) {
        this.constraints = List.copyOf(constraints);
    }

    /** Takes the constraints this class can run out of {@code shapes} (a graph of its own, edited in place). */
    static SparqlConstraints takeFrom(Graph shapes) {
        List<Constraint> taken = new ArrayList<>();
        for (Triple t : shapes.find(Node.ANY, SPARQL, Node.ANY).toList()) {
            Constraint c = constraint(shapes, t.getSubject(), t.getObject());
            if (c != null) {
                taken.add(c);
                shapes.delete(t);
            }
        }
        return new SparqlConstraints(taken);
    }

    List<Constraint> constraints() {
        return constraints;
    }

    /** Each violation: the constraint and the row (with {@code ?this}, the focus node). */
    interface Sink {
        void violation(Constraint constraint, Node focus, String message);
    }

    /** Runs every constraint over {@code data} (the ontology included, so class hierarchies count). */
    void validate(Graph data, Sink sink) {
        var model = ModelFactory.createModelForGraph(data);
        for (Constraint c : constraints) {
            try (QueryExecution exec = QueryExecution.model(model).query(c.query()).build()) {
                exec.execSelect().forEachRemaining(row -> sink.violation(c, row.get("this").asNode(), message(c.message(), row)));
            }
        }
    }

    private static Constraint constraint(Graph shapes, Node shape, Node constraint) {
        if (shapes.contains(shape, PATH, Node.ANY) || shapes.contains(shape, TARGET_OBJECTS_OF, Node.ANY)
                || shapes.contains(constraint, DEACTIVATED, Node.ANY) || shapes.contains(shape, DEACTIVATED, Node.ANY)) {
            return null;
        }
        String select = literal(shapes, constraint, SELECT);
        String targets = targets(shapes, shape);
        if (select == null || targets == null || !onlyThis(select)) {
            return null;
        }
        String text = prefixes(shapes, constraint) + "SELECT * WHERE {\n  { SELECT DISTINCT ?this WHERE { " + targets + " } }\n  {\n"
                + select.replace("$this", "?this") + "\n  }\n}";
        try {
            Query query = QueryFactory.create(text);
            Node severity = shapes.find(shape, SEVERITY, Node.ANY).nextOptional().map(Triple::getObject).orElse(sh("Violation"));
            return new Constraint(shape, severity, literal(shapes, constraint, MESSAGE), query);
        } catch (QueryParseException e) {
            return null; // the SHACL engine reports it as it would have
        }
    }

    /** The shape's focus nodes as a pattern binding {@code ?this}, or null for targets this class does not take. */
    private static String targets(Graph shapes, Node shape) {
        List<String> branches = new ArrayList<>();
        shapes.find(shape, TARGET_CLASS, Node.ANY).forEachRemaining(t ->
                branches.add("{ ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <" + t.getObject().getURI() + "> }"));
        shapes.find(shape, TARGET_SUBJECTS_OF, Node.ANY).forEachRemaining(t ->
                branches.add("{ ?this <" + t.getObject().getURI() + "> [] }"));
        shapes.find(shape, TARGET_NODE, Node.ANY).forEachRemaining(t ->
                branches.add(t.getObject().isURI() ? "{ VALUES ?this { <" + t.getObject().getURI() + "> } }" : null));
        return branches.isEmpty() || branches.contains(null) ? null : String.join(" UNION ", branches);
    }

    private static boolean onlyThis(String select) {
        Matcher m = VARIABLE.matcher(select);
        while (m.find()) {
            if (!m.group(1).equals("this")) {
                return false;
            }
        }
        return true;
    }

    /** The PREFIX lines the constraint's {@code sh:prefixes} declare. */
    private static String prefixes(Graph shapes, Node constraint) {
        Map<String, String> declared = new TreeMap<>();
        shapes.find(constraint, PREFIXES, Node.ANY).forEachRemaining(p -> shapes.find(p.getObject(), DECLARE, Node.ANY).forEachRemaining(d -> {
            String prefix = literal(shapes, d.getObject(), PREFIX);
            String namespace = literal(shapes, d.getObject(), NAMESPACE);
            if (prefix != null && namespace != null) {
                declared.put(prefix, namespace);
            }
        }));
        StringBuilder out = new StringBuilder();
        declared.forEach((prefix, ns) -> out.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return out.toString();
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
    }

    /** The message with each {@code {?var}} replaced by the row's value, as SHACL-SPARQL does. */
    private static String message(String template, QuerySolution row) {
        if (template == null) {
            return "SPARQL constraint violated";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            RDFNode value = row.get(m.group(1));
            String text = value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asNode().toString();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}

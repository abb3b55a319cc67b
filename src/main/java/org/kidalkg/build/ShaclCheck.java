package org.kidalkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.shared.PrefixMapping;
import org.kidalkg.vocab.Prefixes;
import org.kidalkg.source.Problem;
import org.kidalkg.source.RdfFiles;

/** Validates data, together with the ontology, against the project's SHACL shapes. */
public final class ShaclCheck {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<String> TARGETS = List.of("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf");

    private final Shapes shapes;
    private final SparqlConstraints sparql;
    private final PrefixMapping prefixes;
    private final Graph shapesGraph;
    private final boolean violationsOnly;

    private ShaclCheck(Graph shapesGraph, PrefixMapping prefixes, boolean violationsOnly) {
        this.shapesGraph = shapesGraph;
        Graph engine = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(engine::add);
        if (violationsOnly) {
            dropTargetsOfLesserShapes(engine);
        }
        // The SPARQL-based constraints run once per data graph (SparqlConstraints), the rest by Jena's engine.
        this.sparql = SparqlConstraints.takeFrom(engine);
        this.shapes = Shapes.parse(engine);
        this.prefixes = prefixes;
        this.violationsOnly = violationsOnly;
    }

    /** Reads every shapes file of the bundle into one set of shapes. */
    public static ShaclCheck of(List<Path> shapeFiles) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : shapeFiles) {
            Graph one = RdfFiles.readGraph(file);
            one.find().forEachRemaining(all::add);
            all.getPrefixMapping().setNsPrefixes(one.getPrefixMapping());
        }
        PrefixMapping prefixes = Prefixes.standard();
        prefixes.setNsPrefixes(all.getPrefixMapping());
        return new ShaclCheck(all, prefixes, false);
    }

    /**
     * The same check reporting violations only, for a chunked import that fails on a violation and drops the
     * rest: the shapes of a lesser severity (warnings, infos) are not run, and no other result is located.
     */
    public ShaclCheck violationsOnly() {
        return violationsOnly ? this : new ShaclCheck(shapesGraph, prefixes, true);
    }

    /** Removes the targets of the shapes whose severity is not sh:Violation, so the engine never runs them. */
    private static void dropTargetsOfLesserShapes(Graph shapes) {
        Node severity = NodeFactory.createURI(SH + "severity");
        Node violation = NodeFactory.createURI(SH + "Violation");
        for (Triple t : shapes.find(Node.ANY, severity, Node.ANY).toList()) {
            if (!t.getObject().equals(violation)) {
                for (String target : TARGETS) {
                    shapes.remove(t.getSubject(), NodeFactory.createURI(SH + target), Node.ANY);
                }
            }
        }
    }

    /**
     * The problems SHACL finds in {@code data} (validated with {@code ontology} alongside, so class
     * hierarchies count), each located where {@code located} says its focus node is written.
     */
    public List<Problem> validate(Graph data, Graph ontology, Located located) {
        Graph combined = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(combined::add);
        data.find().forEachRemaining(combined::add);
        return validateWithOntology(combined, located);
    }

    /** As {@link #validate(Graph, Graph, Located)}, on data that holds the ontology already (not copied again). */
    public List<Problem> validateWithOntology(Graph combined, Located located) {
        ValidationReport report = ShaclValidator.get().validate(shapes, combined);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (violationsOnly && severityOf(entry) != Problem.Severity.VIOLATION) {
                continue; // locating a result reads the file: only what fails the import is worth it
            }
            Located.Location where = located.of(entry.focusNode());
            problems.add(new Problem(severityOf(entry), where.file(), where.line(),
                    format(entry.focusNode()), entry.resultPath() == null ? "" : entry.resultPath().toString(new Prologue(prefixes)),
                    entry.message(), format(entry.source())));
        }
        sparql.validate(combined, (constraint, focus, message) -> {
            if (violationsOnly && severityOf(constraint.severity()) != Problem.Severity.VIOLATION) {
                return;
            }
            Located.Location where = located.of(focus);
            problems.add(new Problem(severityOf(constraint.severity()), where.file(), where.line(), format(focus), "", message,
                    format(constraint.shape())));
        });
        return problems;
    }

    private String format(Node node) {
        if (node == null) {
            return "";
        }
        return node.isBlank() ? "[]" : FmtUtils.stringForNode(node, prefixes);
    }

    private static Problem.Severity severityOf(ReportEntry entry) {
        return severityOf(entry.severity().level());
    }

    private static Problem.Severity severityOf(Node level) {
        return switch (level.getLocalName()) {
            case "Warning" -> Problem.Severity.WARNING;
            case "Info" -> Problem.Severity.INFO;
            default -> Problem.Severity.VIOLATION;
        };
    }
}

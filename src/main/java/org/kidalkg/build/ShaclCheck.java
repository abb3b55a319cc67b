package org.kidalkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    private final Shapes shapes;
    private final SparqlConstraints sparql;
    private final PrefixMapping prefixes;

    private ShaclCheck(Shapes shapes, SparqlConstraints sparql, PrefixMapping prefixes) {
        this.shapes = shapes;
        this.sparql = sparql;
        this.prefixes = prefixes;
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
        // The SPARQL-based constraints run once per data graph (SparqlConstraints), the rest by Jena's engine.
        SparqlConstraints sparql = SparqlConstraints.takeFrom(all);
        return new ShaclCheck(Shapes.parse(all), sparql, prefixes);
    }

    /**
     * The problems SHACL finds in {@code data} (validated with {@code ontology} alongside, so class
     * hierarchies count), each located where {@code located} says its focus node is written.
     */
    public List<Problem> validate(Graph data, Graph ontology, Located located) {
        Graph combined = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(combined::add);
        data.find().forEachRemaining(combined::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, combined);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Located.Location where = located.of(entry.focusNode());
            problems.add(new Problem(severityOf(entry), where.file(), where.line(),
                    format(entry.focusNode()), entry.resultPath() == null ? "" : entry.resultPath().toString(new Prologue(prefixes)),
                    entry.message(), format(entry.source())));
        }
        sparql.validate(combined, (constraint, focus, message) -> {
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

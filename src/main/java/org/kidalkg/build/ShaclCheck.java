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
    private final PrefixMapping prefixes;

    private ShaclCheck(Shapes shapes, PrefixMapping prefixes) {
        this.shapes = shapes;
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
        return new ShaclCheck(Shapes.parse(all), prefixes);
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
        return problems;
    }

    private String format(Node node) {
        if (node == null) {
            return "";
        }
        return node.isBlank() ? "[]" : FmtUtils.stringForNode(node, prefixes);
    }

    private static Problem.Severity severityOf(ReportEntry entry) {
        String level = entry.severity().level().getLocalName();
        return switch (level) {
            case "Warning" -> Problem.Severity.WARNING;
            case "Info" -> Problem.Severity.INFO;
            default -> Problem.Severity.VIOLATION;
        };
    }
}

package org.kidalkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.build.GraphBuilder;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Prefixes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.kidalkg.build.CheckedChunks;
import org.kidalkg.importers.acled.AcledImporter;
import org.kidalkg.store.AcledTdb2;

/** {@code kidal-kg import-acled}: an ACLED CSV to TriG, or into a TDB2 store with the bulk loader. */
@Command(name = "import-acled", mixinStandardHelpOptions = true,
        description = {"Map an ACLED CSV to kidal-kg: events, places, actors, claims by each reporting source, and",
                "control periods started and ended by territorial transfers. One named graph per file.",
                "Bad rows are reported with their line and skipped (--strict: stop at the first, exit 1).",
                "Examples: kidal-kg import-acled acled.csv -o data-acled/acled.trig   (then serve --data data-acled)",
                "          kidal-kg import-acled acled.csv --tdb2 store/               (then serve --tdb2 store/)"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The ACLED export (UTF-8, with a header row).")
    Path csv;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT.trig", description = "Write TriG here (default: standard output).")
        Path output;

        @Option(names = "--tdb2", paramLabel = "DIR", description = {"Bulk-load into the TDB2 store in DIR (with the built-in graph if new),",
                "validating (SHACL) and reasoning (the rules) chunk by chunk on the way; a violation loads nothing."})
        Path tdb2;
    }

    @Option(names = "--chunk-rows", defaultValue = "" + CheckedChunks.DEFAULT_ROWS, paramLabel = "N",
            description = "With --tdb2: rows validated and reasoned together (default: ${DEFAULT-VALUE}).")
    int chunkRows;

    @Option(names = "--no-checks", description = {"With --tdb2: skip the chunked validation and reasoning (about 3x faster;",
            "for re-importing files already checked). Queries then see no inferred triples for the file."})
    boolean noChecks;

    @Option(names = "--strict", description = "Stop at the first bad row (exit 1).")
    boolean strict;

    @Option(names = "--every", defaultValue = "100000", paramLabel = "N",
            description = "Without a terminal, print a progress line every N rows (default ${DEFAULT-VALUE}).")
    long every;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(csv)) {
            err.println("kidal-kg: " + csv + ": no such file");
            return 1;
        }
        SourceBundle bundle = SourceBundle.builtIn();
        Graph ontology = GraphFactory.createDefaultGraph();
        bundle.ontologyFiles().forEach(f -> RdfFiles.readGraph(f).find().forEachRemaining(ontology::add));
        Map<String, Node> eventTypes = AcledImporter.eventTypes(ontology);
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        long step = System.console() != null ? 1000 : every;
        try {
            AcledImporter.Summary summary;
            if (target != null && target.tdb2 != null) {
                summary = AcledTdb2.bulkLoad(target.tdb2, new GraphBuilder(Sources.builtIn()), err::println, stream -> {
                    if (noChecks) {
                        err.println("Not validated nor reasoned (--no-checks): the store holds the mapping as written");
                        return run(eventTypes, stream, progress, step, err);
                    }
                    CheckedChunks checked = CheckedChunks.forBundle(stream::quad, bundle, ontology, csv, chunkRows);
                    AcledImporter.Summary s = run(eventTypes, checked, progress, step, err);
                    progress.interrupt();
                    err.printf("Validated and reasoned in %,d chunks of up to %,d rows: %,d inferred triples%n", checked.chunks(),
                            chunkRows, checked.inferred().values().stream().mapToLong(Long::longValue).sum());
                    return s;
                });
            } else {
                summary = toTrig(eventTypes, progress, step, err);
            }
            progress.done();
            err.printf("Imported %s: %,d rows, %,d events, %,d transfers, %,d control periods, %,d claims, %,d bad rows; "
                    + "%,d quads in %s (%,.0f rows/s)%n", csv.getFileName(), summary.rows(), summary.events(), summary.transfers(),
                    summary.periods(), summary.claims(), summary.badRows(), summary.quads(), AcledImporter.graphFor(csv).getURI(),
                    progress.rate(summary.rows()));
            return 0;
        } catch (AcledImporter.BadRowException e) {
            progress.done();
            err.println("kidal-kg: " + e.getMessage());
            return 1;
        }
    }

    private AcledImporter.Summary toTrig(Map<String, Node> eventTypes, ProgressLine progress, long step, PrintWriter err) throws IOException {
        Path output = target == null ? null : target.output;
        if (output != null && output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        try (OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            writer.start();
            Prefixes.standard().getNsPrefixMap().forEach(writer::prefix);
            AcledImporter.Summary summary = run(eventTypes, writer, progress, step, err);
            writer.finish();
            return summary;
        }
    }

    private AcledImporter.Summary run(Map<String, Node> eventTypes, StreamRDF stream, ProgressLine progress, long step, PrintWriter err) {
        return run(eventTypes, (AcledImporter.Sink) stream::quad, progress, step, err);
    }

    private AcledImporter.Summary run(Map<String, Node> eventTypes, AcledImporter.Sink sink, ProgressLine progress, long step, PrintWriter err) {
        AcledImporter importer = new AcledImporter(eventTypes, sink, bad -> {
            progress.interrupt();
            err.println(bad);
        }, strict);
        return importer.importFile(csv, progress::update, step);
    }

    /** "12,000 rows  8,300 rows/s  ETA 0:42", redrawn in place on a terminal, one line per report otherwise. */
    static final class ProgressLine {
        private final PrintWriter err;
        private final boolean terminal;
        private final long start = System.nanoTime();
        private boolean drawn;

        ProgressLine(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void update(long rows, long position, long total) {
            double rate = rate(rows);
            String eta = position > 0 && total > 0 && rate > 0
                    ? String.format("  ETA %s", clock((long) ((total - position) * (rows / (double) position) / rate)))
                    : "";
            String line = String.format("  %,d rows  %,.0f rows/s%s", rows, rate, eta);
            if (terminal) {
                err.print("\r" + line + "   ");
                drawn = true;
            } else {
                err.println(line);
            }
            err.flush();
        }

        void interrupt() {
            if (drawn) {
                err.println();
                drawn = false;
            }
        }

        void done() {
            interrupt();
        }

        double rate(long rows) {
            double seconds = (System.nanoTime() - start) / 1e9;
            return seconds > 0 ? rows / seconds : 0;
        }

        private static String clock(long seconds) {
            return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
        }
    }
}

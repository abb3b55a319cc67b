package org.kidalkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Prefixes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.kidalkg.build.CheckedChunks;
import org.kidalkg.build.BuiltGraph;
import org.kidalkg.build.Pipeline;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.acled.AcledImporter;
import org.kidalkg.load.AcledLoad;
import org.kidalkg.source.QuadSink;
import org.kidalkg.store.OutputFile;

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

    @Option(names = "--no-checks", description = {"With --tdb2: skip the chunked validation (SHACL), for re-importing a file",
            "already checked. The rules still run: the answers need their conclusions (period ends, horizons)."})
    boolean noChecks;

    @Option(names = "--force", description = "With -o: overwrite OUT.trig if it exists (it is replaced only once complete).")
    boolean force;

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
        if (target != null && target.output != null) {
            Files.createDirectories(target.output.toAbsolutePath().getParent());
            OutputFile.refuseExisting(target.output, force); // before the import, which may take a while
        }
        Pipeline pipeline = Pipeline.of(SourceBundle.builtIn());
        Map<String, Node> eventTypes = AcledImporter.eventTypes(pipeline.ontology());
        // The rows' actors and places resolve to the entities of the data they will be served with.
        BuiltGraph base = AcledLoad.builtIn(pipeline);
        KnownEntities known = KnownEntities.of(base.dataset());
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        long step = System.console() != null ? 1000 : every;
        try {
            AcledImporter.Summary summary;
            if (target != null && target.tdb2 != null) {
                if (noChecks) {
                    err.println("Not validated (--no-checks): the rules run, the shapes do not");
                }
                AcledLoad.Result loaded = new AcledLoad(pipeline, base, chunkRows, !noChecks).intoTdb2(csv, target.tdb2,
                        (types, sink) -> run(types, known, sink, progress, step, err), err::println);
                progress.interrupt();
                err.printf("%s in %,d chunks of up to %,d rows: %,d inferred triples%n", noChecks ? "Reasoned" : "Validated and reasoned",
                        loaded.chunks(), chunkRows, loaded.inferred());
                summary = loaded.summary();
            } else {
                summary = toTrig(eventTypes, known, progress, step, err);
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

    private AcledImporter.Summary toTrig(Map<String, Node> eventTypes, KnownEntities known, ProgressLine progress, long step, PrintWriter err) throws IOException {
        Path output = target == null ? null : target.output;
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            AcledImporter.Summary summary = writeTrig(out, eventTypes, known, progress, step, err);
            out.flush();
            return summary;
        }
        AcledImporter.Summary[] summary = new AcledImporter.Summary[1];
        OutputFile.write(output, force, out -> summary[0] = writeTrig(out, eventTypes, known, progress, step, err));
        return summary[0];
    }

    private AcledImporter.Summary writeTrig(OutputStream out, Map<String, Node> eventTypes, KnownEntities known, ProgressLine progress,
            long step, PrintWriter err) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        writer.start();
        Prefixes.standard().getNsPrefixMap().forEach(writer::prefix);
        AcledImporter.Summary summary = run(eventTypes, known, writer::quad, progress, step, err);
        writer.finish();
        return summary;
    }

    private AcledImporter.Summary run(Map<String, Node> eventTypes, KnownEntities known, QuadSink sink, ProgressLine progress, long step, PrintWriter err) {
        AcledImporter importer = new AcledImporter(eventTypes, known, sink, bad -> {
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

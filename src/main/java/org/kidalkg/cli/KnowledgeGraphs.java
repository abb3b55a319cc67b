package org.kidalkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.build.BuiltGraph;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.Problem;
import org.kidalkg.source.Sources;

/** Builds the store a command works on, telling the user what it is doing and how long it took. */
final class KnowledgeGraphs {
    private KnowledgeGraphs() {}

    /** An in-memory store, or the TDB2 store in {@code tdb2Dir} when it is given (built there if new). */
    static DatasetGraph open(Sources sources, Path tdb2Dir, PrintWriter progress) {
        return open(sources, tdb2Dir, false, progress);
    }

    /** As {@link #open(Sources, Path, PrintWriter)}; {@code readOnly} opens an existing TDB2 store and never builds one. */
    static DatasetGraph open(Sources sources, Path tdb2Dir, boolean readOnly, PrintWriter progress) {
        long start = System.nanoTime();
        DatasetGraph store;
        String size;
        if (tdb2Dir != null) {
            store = readOnly ? KnowledgeStore.open(tdb2Dir, progress::println)
                    : KnowledgeStore.tdb2(tdb2Dir, () -> PrebuiltGraph.orBuild(sources, progress::println).dataset(), progress::println);
            // Not counted: counting a large persistent store would scan it all on every start.
            size = "TDB2 store " + tdb2Dir;
        } else {
            progress.println("Building the knowledge graph from " + describe(sources) + " ...");
            BuiltGraph built = PrebuiltGraph.orBuild(sources, progress::println);
            report(built, progress);
            store = KnowledgeStore.inMemory(built.dataset());
            size = String.format("%,d quads", Iter.count(built.dataset().find()));
        }
        progress.printf("Ready: %s in %d graphs (%d ms)%n", size,
                Txn.calculateRead(store, () -> Iter.count(store.listGraphNodes())),
                (System.nanoTime() - start) / 1_000_000);
        return store;
    }

    private static void report(BuiltGraph built, PrintWriter progress) {
        for (Problem warning : built.warnings()) {
            progress.println("  " + warning.describe());
        }
        for (Map.Entry<String, Integer> rule : built.inferred().entrySet()) {
            if (rule.getValue() > 0) {
                progress.printf("    %-32s %,6d%n", rule.getKey(), rule.getValue());
            }
        }
    }

    private static String describe(Sources sources) {
        String base = sources.bundle().describe();
        return sources.extraDataDirs().isEmpty() ? base : base + " + " + sources.extraDataDirs();
    }
}

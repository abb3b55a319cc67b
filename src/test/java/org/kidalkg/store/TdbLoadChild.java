package org.kidalkg.store;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: loads the built-in graph plus the extra data folder given
 * into a TDB2 store, printing each step, so the parent can kill it mid-load.
 * Arguments: TDB2 directory, extra data directory.
 */
public final class TdbLoadChild {
    private TdbLoadChild() {}

    public static void main(String[] args) {
        Sources sources = new Sources(SourceBundle.builtIn(), List.of(Path.of(args[1])));
        DatasetGraph store = KnowledgeStore.tdb2(Path.of(args[0]), () -> PrebuiltGraph.orBuild(sources, line -> { }).dataset(), message -> {
            System.out.println(message);
            System.out.flush();
        });
        long quads = Txn.calculateRead(store, () -> store.stream().count());
        System.out.println("DONE " + quads);
        System.out.flush();
    }
}

package org.kidalkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.source.Sources;

/** {@code --tdb2 DIR}: built on first start, reopened (not rebuilt) afterwards, with the union default graph. */
class TdbStoreTest {
    @Test
    void firstStartBuildsLaterStartsReopen(@TempDir Path dir) {
        List<String> progress = new ArrayList<>();
        java.util.function.Supplier<DatasetGraph> builder = () -> PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset();
        DatasetGraph first = KnowledgeStore.tdb2(dir, builder, progress::add);
        long quads = Txn.calculateRead(first, () -> first.stream().count());
        TDBInternal.expel(first);

        DatasetGraph second = KnowledgeStore.tdb2(dir, builder, progress::add);
        assertEquals(quads, (long) Txn.calculateRead(second, () -> second.stream().count()));
        assertTrue(progress.get(0).startsWith("Building TDB2 store"), progress.toString());
        assertTrue(progress.get(progress.size() - 1).startsWith("Reopened TDB2 store"), progress.toString());
        assertEquals(1, progress.stream().filter(p -> p.startsWith("Building")).count(), progress.toString());
        boolean unionSeesData = Txn.calculateRead(second, () -> second.getDefaultGraph().size() > 0);
        assertTrue(unionSeesData || second.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph));
        TDBInternal.expel(second);
    }
}

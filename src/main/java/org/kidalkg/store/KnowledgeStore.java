package org.kidalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.kidalkg.source.LoadException;
import org.kidalkg.vocab.Graphs;

/**
 * The store the server queries, and the only code that writes one: in memory (filled afresh each start) or a
 * TDB2 folder (written once, reopened as it is afterwards). Either way the default graph a query sees is the
 * union of the named graphs, and a write is all of it or none, even when the process is killed half-way.
 */
public final class KnowledgeStore {
    private KnowledgeStore() {}

    /**
     * A fresh in-memory store holding {@code built}: its named graphs, and their union written once more as
     * the default graph. The store is read-only while served, so the copy never goes stale, and queries
     * read an indexed default graph instead of merging every named graph on each pattern (about twice as
     * fast on {@code who-controlled}). Code that wants the quads as loaded reads the named graphs only
     * ({@code findNG}).
     */
    public static DatasetGraph inMemory(DatasetGraph built) {
        // Jena's general in-memory dataset: indexed in-memory graphs behind a multiple-reader lock. The store
        // is never written once served, so the transactional in-memory dataset (TIM) would buy nothing, and
        // its persistent indexes load several times slower (a third of a second of a cold start).
        DatasetGraph store = DatasetGraphFactory.create();
        Txn.executeWrite(store, () -> built.find().forEachRemaining(q -> {
            store.add(q);
            store.getDefaultGraph().add(q.asTriple());
        }));
        return store;
    }

    /**
     * The TDB2 store in {@code dir}: reopened if it already holds a knowledge graph, otherwise filled with what
     * {@code build} builds. {@code progress} hears which of the two happened.
     */
    public static DatasetGraph tdb2(Path dir, Supplier<DatasetGraph> build, Consumer<String> progress) {
        if (isLoaded(dir)) {
            progress.accept("Reopened TDB2 store " + dir + " (not reloaded)");
        } else {
            progress.accept("Building TDB2 store " + dir);
            DatasetGraph built = build.get();
            progress.accept("Loading into TDB2 (all or nothing)");
            write(dir, stream -> {
                built.find().forEachRemaining(stream::quad);
                return null;
            });
            progress.accept("Loaded");
        }
        return open(dir);
    }

    /** The TDB2 store in {@code dir}, read with the union of its named graphs as the default graph. */
    public static DatasetGraph open(Path dir) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        return store;
    }

    /** Whether {@code dir} holds a knowledge graph (its ontology graph is there); never creates the folder. */
    public static boolean isLoaded(Path dir) {
        if (isNew(dir)) {
            return false;
        }
        return isLoaded(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    /** Whether a store holds a knowledge graph (its ontology graph is there). */
    public static boolean isLoaded(DatasetGraph store) {
        return Txn.calculateRead(store, () -> store.containsGraph(Graphs.ONTOLOGY));
    }

    /**
     * Writes what {@code quads} streams into the TDB2 store in {@code dir}, all or nothing, and returns what it
     * returned. A new store (no folder, or an empty one) is bulk-loaded beside it and renamed into place once
     * complete: Jena's fast phased loader is not crash-safe, a rename is. An existing store is written in one
     * transaction by Jena's sequential loader, the loader that is fully transactional under a crash.
     */
    public static <T> T write(Path dir, Function<StreamRDF, T> quads) {
        if (!isNew(dir)) {
            return load(DatabaseMgr.connectDatasetGraph(dir.toString()), quads, false);
        }
        Path partial = dir.toAbsolutePath().resolveSibling("." + dir.getFileName() + ".partial");
        deleteTree(partial); // left by a load that was killed: only this code writes there
        DatasetGraph staging = DatabaseMgr.connectDatasetGraph(partial.toString());
        T result;
        try {
            result = load(staging, quads, true);
        } catch (RuntimeException e) {
            TDBInternal.expel(staging);
            deleteTree(partial);
            throw e;
        }
        TDBInternal.expel(staging);
        try {
            Files.deleteIfExists(dir); // an empty folder only: isNew said so
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static <T> T load(DatasetGraph store, Function<StreamRDF, T> quads, boolean fresh) {
        DataLoader loader = fresh ? LoaderFactory.phasedLoader(store, (fmt, args) -> { })
                : LoaderFactory.sequentialLoader(store, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            T result = quads.apply(stream);
            stream.finish();
            loader.finishBulk();
            return result;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static boolean isNew(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            throw new LoadException(dir.toString(), 0, "exists and is not a folder: a TDB2 store is a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

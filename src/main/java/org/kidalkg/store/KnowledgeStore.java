package org.kidalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
     * The TDB2 store in {@code dir}: reopened (and checked, see {@link #open(Path, Consumer)}) if it holds one, otherwise
     * built there by {@code build} when {@code dir} is missing or empty. Any other folder is refused: a store kidal-kg
     * did not finish, a damaged one, or a folder of someone's own files is never written into. {@code progress} hears
     * which of the two happened.
     */
    public static DatasetGraph tdb2(Path dir, Supplier<DatasetGraph> build, Consumer<String> progress) {
        StoreFolder kind = StoreFolder.of(dir);
        if (kind == StoreFolder.MISSING || kind == StoreFolder.EMPTY) {
            if (Files.exists(StoreFolder.partial(dir))) {
                progress.accept("An earlier build of " + dir + " was interrupted (it left " + StoreFolder.partial(dir)
                        + "): building it afresh");
            }
            progress.accept("Building TDB2 store " + dir);
            DatasetGraph built = build.get();
            progress.accept("Loading into TDB2 (all or nothing)");
            write(dir, stream -> {
                built.find().forEachRemaining(stream::quad);
                return null;
            });
            progress.accept("Loaded");
            return open(dir, progress);
        }
        DatasetGraph store = open(dir, progress);
        progress.accept("Reopened TDB2 store " + dir + " (not reloaded; its graphs hold the quads its manifest says)");
        return store;
    }

    /** As {@link #open(Path, Consumer)}, notes ignored. */
    public static DatasetGraph open(Path dir) {
        return open(dir, note -> { });
    }

    /**
     * The TDB2 store in {@code dir}, read with the union of its named graphs as the default graph, after checking it
     * is one we finished writing and that every graph still holds the quads its manifest counted (each quad is read,
     * so a truncated index or node table shows too). Never writes into the store and never creates it.
     *
     * @param notes hears about a write into the store that was interrupted and rolled back
     * @throws StoreException naming the folder, what is wrong, and how to rebuild
     */
    public static DatasetGraph open(Path dir, Consumer<String> notes) {
        StoreFolder.requireStore(dir);
        StoreManifest expected = StoreManifest.readFrom(dir);
        boolean interrupted = Files.exists(dir.resolve(StoreFolder.WRITING));
        String files = expected.fileDifference(dir);
        if (files != null) {
            throw damaged(dir, files, interrupted);
        }
        DatasetGraph store = Tdb2Files.connect(dir);
        String graphs;
        try {
            graphs = expected.graphDifference(StoreManifest.of(dir, store));
        } catch (RuntimeException e) {
            TDBInternal.expel(store, true);
            throw damaged(dir, "Jena cannot read it (" + Tdb2Files.firstLine(e) + ")", interrupted);
        }
        if (graphs != null) {
            TDBInternal.expel(store, true);
            throw damaged(dir, graphs, interrupted);
        }
        if (interrupted) {
            notes.accept("Note: a write into " + dir + " was interrupted; TDB2 rolled it back and the store holds what it held"
                    + " before (checked against its manifest)");
        }
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        return store;
    }

    /**
     * Our refusals and the data's own errors as they are; a failure of the disk or of Jena's storage in words, naming
     * the store (a full disk shows as an {@link InternalError} under a memory-mapped file, or as a storage exception
     * when Jena flushes a file).
     */
    private static RuntimeException writeFailed(Path dir, Throwable e, String outcome) {
        if (e instanceof LoadException refusal) {
            return refusal;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InternalError) {
                return new StoreException(dir, "cannot write: the disk could not take the data (full?) (" + outcome + ")");
            }
            if (t instanceof IOException || t.getClass().getName().startsWith("org.apache.jena.tdb2.")
                    || t.getClass().getName().startsWith("org.apache.jena.dboe.")) {
                return new StoreException(dir, "cannot write: " + Tdb2Files.firstLine(t) + " (is the disk full?) (" + outcome + ")");
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    private static StoreException damaged(Path dir, String what, boolean interrupted) {
        return new StoreException(dir, "is damaged or incomplete: " + what + (interrupted ? " (a write into it was interrupted)" : "")
                + "; " + StoreException.REBUILD);
    }

    /** Whether {@code dir} holds a store we finished writing (its manifest is there); never creates the folder. */
    public static boolean isLoaded(Path dir) {
        return StoreFolder.of(dir) == StoreFolder.STORE;
    }

    /** Whether a store holds a knowledge graph (its ontology graph is there). */
    public static boolean isLoaded(DatasetGraph store) {
        return Txn.calculateRead(store, () -> store.containsGraph(Graphs.ONTOLOGY));
    }

    /**
     * Writes what {@code quads} streams into the TDB2 store in {@code dir}, all or nothing, and returns what it
     * returned; the store's manifest is rewritten last. A new store (no folder, or an empty one) is bulk-loaded beside
     * it and renamed into place once complete: Jena's fast phased loader is not crash-safe, a rename is. An existing
     * store (checked first, as {@link #open(Path)} checks it) is written in one transaction by Jena's sequential loader,
     * the loader that is fully transactional under a crash. Any other folder is refused.
     */
    public static <T> T write(Path dir, Function<StreamRDF, T> quads) {
        StoreFolder kind = StoreFolder.of(dir);
        if (kind == StoreFolder.MISSING || kind == StoreFolder.EMPTY) {
            return writeNew(dir, quads);
        }
        DatasetGraph store = open(dir);
        Path writing = dir.resolve(StoreFolder.WRITING);
        OutputFile.write(writing, true, out -> out.write(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        T result;
        try {
            result = load(store, quads, false);
        } catch (RuntimeException e) {
            Tdb2Files.delete(writing); // the loader aborted the transaction: the store is as it was
            throw writeFailed(dir, e, "the write was rolled back");
        } catch (InternalError e) {
            throw writeFailed(dir, e, "the write was not committed; the next open checks the store");
        }
        StoreManifest.of(dir, store).writeTo(dir);
        Tdb2Files.delete(writing);
        return result;
    }

    private static <T> T writeNew(Path dir, Function<StreamRDF, T> quads) {
        Path partial = StoreFolder.partial(dir);
        deleteTree(partial); // left by a load that was killed: only this code writes there
        DatasetGraph staging = Tdb2Files.connect(partial);
        T result;
        try {
            result = load(staging, quads, true);
            StoreManifest counted = StoreManifest.of(partial, staging);
            TDBInternal.expel(staging); // closed before its files are measured: the sizes a later open will find
            new StoreManifest(counted.quadsPerGraph(), StoreManifest.sizes(partial)).writeTo(partial);
        } catch (RuntimeException | InternalError e) {
            // InternalError: a write into a memory-mapped file that the disk could not back (full): the JVM's SIGBUS.
            closeQuietly(staging);
            deleteTree(partial);
            throw writeFailed(dir, e, "nothing was written");
        }
        try {
            Files.deleteIfExists(dir); // an empty folder only: StoreFolder said so
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Closes a store being abandoned; closing flushes, which a full disk may refuse once more. */
    private static void closeQuietly(DatasetGraph store) {
        try {
            TDBInternal.expel(store, true);
        } catch (RuntimeException | InternalError e) {
            // The store is deleted next; what it failed to flush no longer matters.
        }
    }

    private static <T> T load(DatasetGraph store, Function<StreamRDF, T> quads, boolean fresh) {
        return LoaderThreads.run(() -> loadHere(store, quads, fresh));
    }

    private static <T> T loadHere(DatasetGraph store, Function<StreamRDF, T> quads, boolean fresh) {
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

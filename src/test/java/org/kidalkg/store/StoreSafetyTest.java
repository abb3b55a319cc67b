package org.kidalkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;

/**
 * {@code --tdb2 DIR} never damages what it finds: it builds only into a missing or empty folder, refuses a folder of
 * someone's files, a store it did not finish, a truncated index or node table, a deleted data folder and a store changed
 * behind its back (each with a message saying how to rebuild), and never "repairs" one by writing into it.
 */
class StoreSafetyTest {
    /** A build that must not happen: the store is refused before anything is built. */
    static final Supplier<DatasetGraph> NO_BUILD = () -> fail("built into a folder it should have refused");

    @TempDir
    static Path shared;
    static Path built;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildOnce() {
        built = shared.resolve("built");
        TDBInternal.expel(KnowledgeStore.tdb2(built, () -> PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset(), m -> { }));
    }

    @Test
    void aFolderOfTheUsersOwnFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.tdb2(mine, NO_BUILD, m -> { }));
        assertTrue(e.getMessage().contains("not a kidal-kg store (notes.txt"), e.getMessage());
        assertThrows(StoreException.class, () -> KnowledgeStore.write(mine, stream -> null));
        assertEquals(List.of("notes.txt"), names(mine));
        assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void aFileIsNotAStore() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.tdb2(file, NO_BUILD, m -> { }));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    @Test
    void aStoreWeDidNotFinishIsRefusedNotCompleted() {
        Path other = temp.resolve("other");
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(other.toString());
        Txn.executeWrite(jena, () -> jena.add(Graphs.ONTOLOGY, uri("s"), uri("p"), uri("o")));
        TDBInternal.expel(jena);
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.tdb2(other, NO_BUILD, m -> { }));
        assertTrue(e.getMessage().contains("did not finish writing") && e.getMessage().contains("to rebuild it, remove the folder"),
                e.getMessage());
        assertFalse(Files.exists(other.resolve(StoreManifest.FILE)), "refused, not adopted");
    }

    @Test
    void aTruncatedIndexFileIsRefusedAndNeverRepaired() throws IOException {
        Path store = copyOfBuilt();
        Path index = store.resolve("Data-0001/GSPO.dat");
        truncate(index, 8192);
        byte[] manifest = Files.readAllBytes(store.resolve(StoreManifest.FILE));
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.tdb2(store, NO_BUILD, m -> { }));
        System.out.println("[store] truncated index: " + e.getMessage());
        assertTrue(e.getMessage().contains("Data-0001/GSPO.dat is 8,192 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("to rebuild it"), e.getMessage());
        assertEquals(8192, Files.size(index), "nothing written into it");
        assertArrayEquals(manifest, Files.readAllBytes(store.resolve(StoreManifest.FILE)));
        assertThrows(StoreException.class, () -> KnowledgeStore.write(store, stream -> null), "an import refuses it too");
    }

    @Test
    void halfANodeTableIsRefused() throws IOException {
        Path store = copyOfBuilt();
        Path nodes = store.resolve("Data-0001/nodes-data.obj");
        truncate(nodes, Files.size(nodes) / 2);
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(store));
        assertTrue(e.getMessage().contains("nodes-data.obj"), e.getMessage());
    }

    @Test
    void aDeletedDataFolderIsRefusedAndNotRecreated() throws IOException {
        Path store = copyOfBuilt();
        deleteTree(store.resolve("Data-0001"));
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.tdb2(store, NO_BUILD, m -> { }));
        assertTrue(e.getMessage().contains("its data folder (Data-0001) is missing"), e.getMessage());
        assertFalse(Files.exists(store.resolve("Data-0001")), "Jena was never let create an empty store there");
    }

    @Test
    void aGraphChangedBehindOurBackIsRefusedNamingIt() {
        Path store = copyOfBuilt();
        Node graph = Graphs.source("ap-2023-11-14-kidal");
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(jena, () -> {
            Quad one = jena.find(graph, Node.ANY, Node.ANY, Node.ANY).next();
            jena.delete(one); // no new node: the files keep their sizes, only the count tells
        });
        TDBInternal.expel(jena);
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(store));
        assertTrue(e.getMessage().contains("graph <" + graph.getURI() + "> holds"), e.getMessage());
        assertTrue(e.getMessage().contains("where the manifest says"), e.getMessage());
    }

    @Test
    void anInterruptedWriteThatRolledBackIsToldAndTheStoreServed() throws IOException {
        Path store = copyOfBuilt();
        Files.writeString(store.resolve(StoreFolder.WRITING), "pid 1\n"); // what a kill -9 mid-import leaves
        List<String> notes = new ArrayList<>();
        DatasetGraph opened = KnowledgeStore.open(store, notes::add);
        try {
            assertTrue(KnowledgeStore.isLoaded(opened));
            assertEquals(1, notes.size(), notes.toString());
            assertTrue(notes.get(0).contains("was interrupted; TDB2 rolled it back"), notes.toString());
        } finally {
            TDBInternal.expel(opened);
        }
    }

    @Test
    void aWriteIntoAnExistingStoreRewritesItsManifestLast() throws IOException {
        Path store = copyOfBuilt();
        Node graph = NodeFactory.createURI(Graphs.NS + "source/extra");
        KnowledgeStore.write(store, stream -> {
            stream.quad(Quad.create(graph, uri("s"), uri("p"), uri("o")));
            return null;
        });
        assertFalse(Files.exists(store.resolve(StoreFolder.WRITING)));
        assertTrue(Files.readString(store.resolve(StoreManifest.FILE)).contains("graph\t1\t" + graph.getURI()));
        TDBInternal.expel(KnowledgeStore.open(store));
    }

    @Test
    void aStoreInUseByAnotherProcessNamesIt() throws Exception {
        Path store = copyOfBuilt();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolderChild.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine(); // bounded: the child exits (closing its output) if it cannot open the store
            assertEquals("OPEN", line, "the child did not open the store");
            StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(store));
            System.out.println("[store] locked: " + e.getMessage());
            assertTrue(e.getMessage().contains("is in use by another process (pid " + holder.pid() + ","), e.getMessage());
            assertTrue(e.getMessage().contains("tdb.lock"), e.getMessage());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private Path copyOfBuilt() {
        Path copy = temp.resolve("store");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(built.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (!from.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("urn:kidal-kg:test:" + local);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

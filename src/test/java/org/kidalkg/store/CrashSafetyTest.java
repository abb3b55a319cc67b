package org.kidalkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * A TDB2 build killed with SIGKILL mid-way leaves no store (it was being built beside its folder) or a complete one,
 * never a half-loaded one; the next start says the build was interrupted and builds it whole.
 */
class CrashSafetyTest {
    /** Synthetic triples added to the built-in data so the write transaction lasts long enough to be hit. */
    static final int SYNTHETIC_TRIPLES = 5_000;
    static final long KILL_AFTER_MILLIS = 250;

    @TempDir
    Path temp;

    @Test
    void aLoadKilledMidwayLeavesTheStoreEmptyOrComplete() throws Exception {
        Path extra = Files.createDirectories(temp.resolve("extra"));
        writeSynthetic(extra.resolve("synthetic.ttl"));
        Path dir = temp.resolve("tdb2");

        Process child = new ProcessBuilder(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TdbLoadChild.class.getName(), dir.toString(), extra.toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = follow(child);
        String loading = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (loading == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith("Loading into TDB2")) {
                    loading = line;
                }
                assertTrue(line == null || !line.startsWith("DONE"), "the child finished before it could be killed");
            }
            assertTrue(loading != null, "the child never started its write transaction: " + lines);
            Thread.sleep(KILL_AFTER_MILLIS);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        boolean finished = lines.stream().anyMatch(l -> l.startsWith("Loaded"));

        Sources sources = new Sources(SourceBundle.builtIn(), List.of(extra));
        java.util.function.Supplier<DatasetGraph> builder = () -> PrebuiltGraph.orBuild(sources, line -> { }).dataset();
        // A new store is built beside its folder and renamed into place once complete: killed before, there is none.
        boolean complete = Files.exists(dir);
        System.out.println("[crash] killed " + KILL_AFTER_MILLIS + " ms into the write transaction (child reported "
                + (finished ? "it had committed" : "no commit") + "); afterwards: " + (complete ? "a complete store" : "no store"));
        if (complete) {
            DatasetGraph reopened = KnowledgeStore.open(dir);
            assertEquals(count(builder.get()), count(reopened), "a store that is there must be complete");
            TDBInternal.expel(reopened);
            return;
        }
        assertThrows(StoreException.class, () -> KnowledgeStore.open(dir), "a read-only open finds no store");

        // The next start says what happened and finishes the job: it builds the store, whole.
        List<String> progress = new java.util.ArrayList<>();
        DatasetGraph restarted = KnowledgeStore.tdb2(dir, builder, progress::add);
        try {
            assertTrue(progress.get(0).contains("was interrupted"), progress.toString());
            assertTrue(KnowledgeStore.isLoaded(restarted));
            assertTrue(count(restarted) > SYNTHETIC_TRIPLES, "restarted store has " + count(restarted) + " quads");
        } finally {
            TDBInternal.expel(restarted);
        }
    }

    @Test
    void aWriteIntoABuiltStoreKilledMidwayLeavesItAsItWasAndTheNextOpenSaysSo() throws Exception {
        Path dir = temp.resolve("built");
        DatasetGraph built = KnowledgeStore.tdb2(dir, () -> PrebuiltGraph.orBuild(Sources.builtIn(), line -> { }).dataset(), m -> { });
        long before = count(built);
        TDBInternal.expel(built);

        Process child = new ProcessBuilder(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TdbWriteChild.class.getName(), dir.toString(), "40000").redirectErrorStream(true).start();
        BlockingQueue<String> lines = follow(child);
        try {
            String line = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while ((line == null || !line.equals("WRITING")) && System.nanoTime() < deadline) {
                line = lines.poll(1, TimeUnit.SECONDS);
            }
            assertEquals("WRITING", line, "the child never began its write: " + lines);
            Thread.sleep(KILL_AFTER_MILLIS);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        boolean finished = lines.contains("DONE");
        List<String> notes = new java.util.ArrayList<>();
        DatasetGraph reopened;
        try {
            reopened = KnowledgeStore.open(dir, notes::add);
        } catch (StoreException e) {
            // Killed between the commit and the new manifest: refused, never served as if whole.
            System.out.println("[crash] write killed after its commit: " + e.getMessage());
            assertTrue(e.getMessage().contains("a write into it was interrupted"), e.getMessage());
            return;
        }
        try {
            long after = count(reopened);
            System.out.println("[crash] write killed " + KILL_AFTER_MILLIS + " ms in (child " + (finished ? "finished" : "did not finish")
                    + "): " + before + " quads before, " + after + " after; notes " + notes);
            if (after == before) {
                assertEquals(1, notes.size(), "the next open says the write was interrupted: " + notes);
                assertTrue(notes.get(0).contains("TDB2 rolled it back"), notes.toString());
            } else {
                assertEquals(before + 40000, after, "all of the write or none of it");
            }
        } finally {
            TDBInternal.expel(reopened);
        }
    }

    private static long count(DatasetGraph store) {
        return Txn.calculateRead(store, () -> store.stream().count());
    }

    private static void writeSynthetic(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("@prefix s: <urn:kidal-kg:synthetic:> .\n");
            for (int i = 0; i < SYNTHETIC_TRIPLES; i++) {
                out.write("s:r" + i + " s:value \"synthetic value " + i + "\" .\n");
            }
        }
    }

    /** The child's output, line by line, read on a daemon thread so the child never blocks on a full pipe. */
    private static BlockingQueue<String> follow(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output closed: " + e + ")");
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package org.kidalkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.cli.Main;
import org.kidalkg.source.Sources;

/**
 * A full disk leaves the previous state: a file is replaced only once written whole, a store is renamed into place
 * only once complete, and a store build that runs out of space stops with a message instead of hanging. Tested by a
 * simulated write failure everywhere, and on a 512 KiB tmpfs where the machine lets the tests mount one.
 */
class DiskFailureTest {
    @TempDir
    Path temp;

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path target = Files.writeString(temp.resolve("out.trig"), "previous");
        StoreException e = assertThrows(StoreException.class, () -> OutputFile.write(target, true, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("cannot write: No space left on device (the file is as it was)"), e.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of("out.trig"), StoreSafetyTest.names(temp));
    }

    @Test
    void aWrittenFileIsReadableByAll() throws IOException {
        Path target = temp.resolve("new.trig");
        OutputFile.write(target, false, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void onAFullDiskExportKeepsTheOldFileAndAStoreBuildStopsWithAMessage() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString()), "cannot mount a tmpfs here");
        try {
            Path old = Files.writeString(disk.resolve("kidal.nq"), "previous");
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"export", "--format", "nq", "-o", old.toString(), "--force"},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            System.out.println("[disk] export: " + err.toString().strip());
            assertEquals(1, exit, err.toString());
            assertTrue(err.toString().contains("No space left on device (the file is as it was)"), err.toString());
            assertEquals("previous", Files.readString(old));
            assertEquals(List.of("kidal.nq"), StoreSafetyTest.names(disk));

            Path store = disk.resolve("store");
            // Bounded: before LoaderThreads this waited forever for a loader thread the full disk had killed.
            StoreException e = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> assertThrows(StoreException.class,
                    () -> KnowledgeStore.tdb2(store, () -> PrebuiltGraph.orBuild(Sources.builtIn(), l -> { }).dataset(), m -> { })));
            System.out.println("[disk] tdb2: " + e.getMessage());
            assertTrue(e.getMessage().contains("cannot write"), e.getMessage());
            assertFalse(Files.exists(store), "no store, not half of one");
            assertEquals(List.of("kidal.nq"), StoreSafetyTest.names(disk), "the partial store is removed");
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.kidalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Jena's connection to a TDB2 folder, with its failures (a lock held by another process, a read-only disk) in words. */
final class Tdb2Files {
    /** The file in which TDB2 records the process that has the store open. */
    static final String LOCK = "tdb.lock";

    /** How Jena's {@code ProcessFileLock} names the process holding the lock. */
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private Tdb2Files() {}

    static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw explain(dir, e);
        }
    }

    private static StoreException explain(Path dir, RuntimeException e) {
        String message = chain(e);
        Matcher holder = HOLDER.matcher(message);
        if (message.contains("Failed to get a lock") && holder.find()) {
            return new StoreException(dir, "is in use by another process (pid " + holder.group(1) + ", from " + dir.resolve(LOCK)
                    + "): stop that process first, or serve a copy of the store");
        }
        if (message.contains("Failed to get a lock") || message.contains("Failed to open") || !Files.isWritable(dir)) {
            return new StoreException(dir, "cannot write its lock file " + LOCK + " (" + firstLine(e) + "): the folder is"
                    + " read-only or its disk is full; TDB2 writes its lock and journal even to read, so serve a copy from a"
                    + " writable folder");
        }
        return new StoreException(dir, "is damaged: Jena cannot open it (" + firstLine(e) + "); " + StoreException.REBUILD);
    }

    /** The exception's first line, and its causes', without the stack. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

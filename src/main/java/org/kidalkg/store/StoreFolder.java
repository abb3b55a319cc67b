package org.kidalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a {@code --tdb2} folder holds, decided before Jena touches it (connecting to a folder creates a store in it):
 * nothing, a store we finished, a TDB2 store we did not finish, or someone's own files, which we never build among.
 */
enum StoreFolder {
    /** No such folder: a store may be built there. */
    MISSING,
    /** An empty folder: a store may be built there. */
    EMPTY,
    /** A store we finished writing: its manifest is there. */
    STORE,
    /** TDB2's files without our manifest: a build or import that did not finish, or another tool's store. */
    UNFINISHED,
    /** Files that are not a TDB2 store. */
    FOREIGN;

    /** The file marking a write into an existing store as under way; removed once the manifest is rewritten. */
    static final String WRITING = "kidal-kg-store.writing";

    static StoreFolder of(Path dir) {
        if (!Files.exists(dir)) {
            return MISSING;
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir, "is a file, not a folder: --tdb2 takes a folder (a store, or a new or empty"
                    + " folder to build one in)");
        }
        List<String> names = names(dir);
        if (names.isEmpty()) {
            return EMPTY;
        }
        if (names.contains(StoreManifest.FILE)) {
            return STORE;
        }
        return names.stream().allMatch(StoreFolder::isTdb2File) ? UNFINISHED : FOREIGN;
    }

    /** Refuses {@code dir} unless it holds a store we finished, with TDB2's data folder still there. */
    static void requireStore(Path dir) {
        switch (of(dir)) {
            case MISSING, EMPTY -> throw new StoreException(dir, "no store here: build one first (serve --tdb2 without"
                    + " --read-only, import-acled FILE --tdb2 or ingest --tdb2)" + interruptedBuildNote(dir));
            case FOREIGN -> throw foreign(dir);
            case UNFINISHED -> throw new StoreException(dir, "is a TDB2 store kidal-kg did not finish writing (no "
                    + StoreManifest.FILE + ": a build or import was interrupted, or another tool made it); " + StoreException.REBUILD);
            case STORE -> {
                if (names(dir).stream().noneMatch(n -> n.startsWith("Data-"))) {
                    throw new StoreException(dir, "is damaged: its data folder (Data-0001) is missing; " + StoreException.REBUILD);
                }
            }
        }
    }

    static StoreException foreign(Path dir) {
        String example = names(dir).stream().filter(n -> !isTdb2File(n)).findFirst().orElse("?");
        return new StoreException(dir, "holds files that are not a kidal-kg store (" + example + ", …): give --tdb2 a new"
                + " or empty folder (nothing was written)");
    }

    /** Where a new store for {@code dir} is built before it is renamed into place. */
    static Path partial(Path dir) {
        return dir.toAbsolutePath().resolveSibling("." + dir.getFileName() + ".partial");
    }

    private static String interruptedBuildNote(Path dir) {
        return Files.exists(partial(dir)) ? "; a build of it was interrupted and left " + partial(dir) : "";
    }

    private static boolean isTdb2File(String name) {
        return name.startsWith("Data-") || name.equals("tdb.lock") || name.equals("Backups") || name.equals(WRITING);
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

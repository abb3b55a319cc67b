package org.kidalkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Builds source folders for tests: the repository's ontology, data and queries, plus one extra data file. */
public final class Fixtures {
    private Fixtures() {}

    /** A copy of the repository's ontology/, data/ and queries/ under {@code dir}, with {@code extra} added to data/. */
    public static Path sourceWith(Path dir, String extraName, String extraContent) throws IOException {
        copyOfRepository(dir);
        Files.writeString(dir.resolve("data").resolve(extraName), extraContent);
        return dir;
    }

    /** A copy of the repository's ontology/, data/ and queries/ under {@code dir}: a {@code --source} folder. */
    public static Path copyOfRepository(Path dir) {
        try {
            for (String folder : new String[] {"ontology", "data", "queries"}) {
                copyTree(Path.of(folder), dir.resolve(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

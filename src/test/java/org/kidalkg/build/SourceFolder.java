package org.kidalkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kidalkg.testing.Fixtures;

/** A temporary {@code --source} folder: the repository's ontology/ and queries/, the article and its encoding. */
final class SourceFolder {
    static final String ENCODING = "france24-kidal-2023-11-14.trig";

    private SourceFolder() {}

    /** A copy of the repository's ontology/, queries/ and data/ (the article and its encoding) under {@code root}. */
    static Path create(Path root) {
        return Fixtures.copyOfRepository(root);
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kidalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A temporary {@code --source} folder: the repository's ontology/ and queries/, the article and its encoding. */
final class SourceFolder {
    static final String ENCODING = "france24-kidal-2023-11-14.trig";

    private SourceFolder() {}

    /** Copies ontology/, queries/, data/kidal-article.txt and the article's encoding under {@code root}. */
    static Path create(Path root) {
        Path repository = Path.of("").toAbsolutePath();
        copyTree(repository.resolve("ontology"), root.resolve("ontology"));
        copyTree(repository.resolve("queries"), root.resolve("queries"));
        try {
            Files.createDirectories(root.resolve("data"));
            Files.copy(repository.resolve("data/kidal-article.txt"), root.resolve("data/kidal-article.txt"));
            Files.copy(repository.resolve("data").resolve(ENCODING), root.resolve("data").resolve(ENCODING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
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

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

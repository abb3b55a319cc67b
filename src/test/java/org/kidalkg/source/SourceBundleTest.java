package org.kidalkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle reads data/ and the corpus under data/sources/, and finds each text beside its encoding. */
class SourceBundleTest {
    @TempDir
    Path root;

    @Test
    void readsTheCorpusFolderAfterDataAndFindsItsTextsBesideIt() throws IOException {
        Files.createDirectories(root.resolve("data/sources"));
        for (String name : List.of("data/a.trig", "data/b.ttl", "data/top.txt", "data/sources/s.trig", "data/sources/s.txt",
                "data/sources/s.json")) {
            Files.writeString(root.resolve(name), "");
        }
        SourceBundle bundle = SourceBundle.at(root);
        assertEquals(List.of(root.resolve("data/a.trig"), root.resolve("data/b.ttl"), root.resolve("data/sources/s.trig")),
                bundle.dataFiles());
        assertEquals(root.resolve("data/top.txt"), bundle.dataFile("top.txt"));
        assertEquals(root.resolve("data/sources/s.txt"), bundle.dataFile("s.txt"));
        assertEquals(root.resolve("data/missing.txt"), bundle.dataFile("missing.txt"), "a missing text is reported where data/ would hold it");
    }

    @Test
    void theBuiltInBundleHoldsTheCorpus() {
        List<String> names = SourceBundle.builtIn().dataFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals("france24-kidal-2023-11-14.trig", names.get(0));
        assertEquals(true, names.contains("ap-2023-11-14-kidal.trig"), names.toString());
    }
}

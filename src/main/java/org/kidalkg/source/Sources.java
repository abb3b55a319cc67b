package org.kidalkg.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to build a knowledge graph from: a bundle (ontology, shapes, rules, data, queries), plus any
 * extra data folders a user adds with {@code --data}.
 */
public record Sources(SourceBundle bundle, List<Path> extraDataDirs) {

    public Sources {
        extraDataDirs = List.copyOf(extraDataDirs);
        for (Path dir : extraDataDirs) {
            if (!Files.isDirectory(dir)) {
                throw new LoadException(dir.toString(), 0, "--data expects a directory of .trig/.ttl files");
            }
        }
    }

    /** The built-in ontology and data, nothing else. */
    public static Sources builtIn() {
        return new Sources(SourceBundle.builtIn(), List.of());
    }

    /** Every data file: the bundle's, then each extra folder's, in name order. */
    public List<Path> dataFiles() {
        List<Path> files = new ArrayList<>(bundle.dataFiles());
        for (Path dir : extraDataDirs) {
            files.addAll(SourceBundle.list(dir, ".trig"));
            files.addAll(SourceBundle.list(dir, ".ttl"));
        }
        return files;
    }

    /** A source text named by {@code kkg:textFile}, looked up beside the data files. */
    public Path textFile(String name) {
        for (Path dir : extraDataDirs) {
            Path candidate = dir.resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return bundle.dataFile(name);
    }
}

package org.kidalkg.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kidalkg.source.SourceLocator;

/**
 * Where a resource a check complains about is written: the file and line a user should open. Validation runs
 * over the whole dataset, so a problem is located in the file that describes its focus node.
 */
public interface Located {
    /** The file (as shown to the user) and line (0 when unknown) where {@code node} is written. */
    Location of(Node node);

    /** A file and a line in it. */
    record Location(String file, long line) {}

    /** Everything is in {@code file}: a chunk of one import. */
    static Located inFile(Path file) {
        SourceLocator locator = new SourceLocator(file);
        return node -> new Location(file.toString(), locator.lineOf(node));
    }

    /**
     * The file that describes a node: the latest of the files that state something about it, else the latest
     * that mentions it. The newest source is the likeliest to hold the mistake; the built-in data is valid.
     */
    static Located inFiles(Map<Node, Path> subjectIn, Map<Node, Path> mentionedIn) {
        Map<Path, SourceLocator> locators = new HashMap<>();
        return node -> {
            Path file = subjectIn.containsKey(node) ? subjectIn.get(node) : mentionedIn.get(node);
            if (file == null) {
                return new Location("", 0);
            }
            return new Location(file.toString(), locators.computeIfAbsent(file, SourceLocator::new).lineOf(node));
        };
    }
}

package org.kidalkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Finds the line of a source file where a resource is first written, so a report on a parsed graph
 * can still point a user at the text to edit.
 */
public final class SourceLocator {
    private final Path file;
    private List<String> lines;

    public SourceLocator(Path file) {
        this.file = file;
    }

    /** The first line mentioning {@code node} as a full IRI or as a prefixed name; 0 when not found. */
    public long lineOf(Node node) {
        if (node == null || !node.isURI()) {
            return 0;
        }
        String iri = node.getURI();
        String local = localName(iri);
        List<String> text = lines();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.contains("<" + iri + ">") || (!local.isEmpty() && containsPrefixedName(line, local))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean containsPrefixedName(String line, String local) {
        int at = line.indexOf(":" + local);
        while (at >= 0) {
            int end = at + 1 + local.length();
            boolean endsHere = end == line.length() || " \t;,.)".indexOf(line.charAt(end)) >= 0;
            if (endsHere) {
                return true;
            }
            at = line.indexOf(":" + local, at + 1);
        }
        return false;
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 ? iri.substring(cut + 1) : "";
    }

    private List<String> lines() {
        if (lines == null) {
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                lines = List.of();
            }
        }
        return lines;
    }
}

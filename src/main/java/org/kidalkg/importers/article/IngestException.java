package org.kidalkg.importers.article;

import java.nio.file.Path;

import org.kidalkg.source.LoadException;

/** A refusal to ingest: names the annotation file, the claim or entity, and what is wrong. Nothing is written. */
public class IngestException extends LoadException {
    public IngestException(String file, long line, String problem) {
        super(file, line, problem);
    }

    public IngestException(Path file, String problem) {
        super(file.toString(), 0, problem);
    }
}

package org.kidalkg.store;

import java.nio.file.Path;

import org.kidalkg.source.LoadException;

/** A store or output that we refuse to open or write, naming the folder or file, the problem and how to fix it. */
public class StoreException extends LoadException {
    /** What to do about a store that is damaged or unfinished: it is rebuilt from its data, never repaired in place. */
    static final String REBUILD = "to rebuild it, remove the folder and run the command that built it again"
            + " (serve --tdb2, import-acled --tdb2 or ingest --tdb2)";

    public StoreException(Path path, String problem) {
        super(path.toString(), 0, problem);
    }
}

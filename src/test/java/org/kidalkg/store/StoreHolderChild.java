package org.kidalkg.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StoreSafetyTest}: opens the TDB2 store given, says {@code OPEN}, and holds it (and
 * Jena's lock on it) until its standard input closes or it is killed.
 */
public final class StoreHolderChild {
    private StoreHolderChild() {}

    public static void main(String[] args) throws IOException {
        KnowledgeStore.open(Path.of(args[0]));
        System.out.println("OPEN");
        System.out.flush();
        while (System.in.read() >= 0) {
            // holding the store
        }
    }
}

package org.kidalkg.source;

import org.apache.jena.sparql.core.Quad;

/**
 * Where an importer puts the quads it produces: a writer, a store, or the build pipeline checking them on the
 * way. Importers only produce quads; what happens to them is the sink's business.
 */
public interface QuadSink {
    void quad(Quad quad);

    /**
     * A quad describing a shared entity (the file, a place, region, actor or outlet), given once and referred
     * to by later rows. Most sinks treat it as any quad.
     */
    default void entity(Quad quad) {
        quad(quad);
    }

    /**
     * A quad already given with an earlier row, given again because the rows that follow are about it (the
     * open control period of a place, which the next transfer of the place succeeds). Not written twice: a
     * sink that checks rows in chunks shows it to the next chunk's checks, every other sink ignores it.
     */
    default void context(Quad quad) {}

    /** Every quad of one accepted row has been given. */
    default void endOfRow() {}

    /** Every quad of the file has been given (not called when the import fails). */
    default void endOfFile() {}
}

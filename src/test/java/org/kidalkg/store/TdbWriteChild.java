package org.kidalkg.store;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: writes synthetic quads into the existing TDB2 store given, the
 * way {@code import-acled --tdb2} writes into a built store, saying {@code WRITING} once the write has begun, so
 * the parent can kill it mid-transaction. Arguments: TDB2 directory, number of quads.
 */
public final class TdbWriteChild {
    private TdbWriteChild() {}

    public static void main(String[] args) {
        int quads = Integer.parseInt(args[1]);
        Node graph = NodeFactory.createURI("https://w3id.org/kidal-kg/graph/source/synthetic-import");
        KnowledgeStore.write(Path.of(args[0]), stream -> {
            System.out.println("WRITING");
            System.out.flush();
            for (int i = 0; i < quads; i++) {
                stream.quad(Quad.create(graph, NodeFactory.createURI("urn:kidal-kg:synthetic:r" + i),
                        NodeFactory.createURI("urn:kidal-kg:synthetic:value"), NodeFactory.createLiteralString("value " + i)));
            }
            return null;
        });
        System.out.println("DONE");
        System.out.flush();
    }
}

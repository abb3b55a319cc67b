package org.kidalkg.cli;

import java.nio.file.Path;
import java.util.List;

import org.kidalkg.build.BuiltGraph;
import org.kidalkg.build.Pipeline;
import org.kidalkg.source.LoadException;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

/**
 * Run by the Maven build (not a user command): builds the bundle under the given folder from its files and
 * saves it as a {@link PrebuiltGraph}, so {@code serve} on the built-in data starts without rebuilding it.
 * Bad built-in data fails the build here, with the same file:line message a start would give.
 */
public final class PrebuildTool {
    private PrebuildTool() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PrebuildTool BUNDLE_DIR   (a folder holding ontology/ and data/)");
            System.exit(2);
        }
        SourceBundle bundle = SourceBundle.at(Path.of(args[0]));
        try {
            BuiltGraph built = Pipeline.of(bundle).build(new Sources(bundle, List.of()), line -> { });
            boolean saved = PrebuiltGraph.write(built, bundle);
            System.out.println(saved
                    ? "kidal-kg: prebuilt graph saved in " + bundle.root().resolve("prebuilt")
                    : "kidal-kg: built-in data has warnings; no prebuilt graph (each start will rebuild and show them)");
        } catch (LoadException e) {
            System.err.println("kidal-kg: the built-in data does not load: " + e.getMessage());
            System.exit(1);
        }
    }
}

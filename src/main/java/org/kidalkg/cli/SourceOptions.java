package org.kidalkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

import picocli.CommandLine.Option;

/** The options every command shares: where the ontology, data and queries come from. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "DIR",
            description = "Build from the ontology/, data/ and queries/ folders under DIR instead of the built-in copy.")
    Path source;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Also load the .trig and .ttl files in DIR (repeatable). Source texts they cite are looked up in DIR.")
    List<Path> extraData = new ArrayList<>();

    SourceBundle bundle() {
        return source == null ? SourceBundle.builtIn() : SourceBundle.at(source);
    }

    Sources sources() {
        return new Sources(bundle(), extraData);
    }
}

package org.kidalkg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.kidalkg.importers.acled.AcledGenerator;

/** {@code kidal-kg generate}: a synthetic ACLED-shaped CSV for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic ACLED-shaped CSV: places in admin hierarchies, a few dozen actors,",
                "territorial transfers about once a year per place, and battles, air strikes and attacks.",
                "Deterministic for a given seed. Example: kidal-kg generate --places 1000 --years 10 -o acled.csv"})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--places", required = true, paramLabel = "N", description = "How many places.")
    int places;

    @Option(names = "--years", required = true, paramLabel = "Y", description = "How many years of history, from 2012.")
    int years;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--transfers-only", description = {"Write only the territorial transfers: the same places and control periods,",
            "without the battles, air strikes and attacks (a smaller store with as many periods)."})
    boolean transfersOnly;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        AcledGenerator generator = new AcledGenerator(places, years, seed);
        AcledGenerator.Counts counts;
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            counts = generator.write(out, transfersOnly);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                counts = generator.write(out, transfersOnly);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("Wrote %,d rows (%,d territorial transfers) for %,d places over %d years%s%n", counts.rows(),
                counts.transfers(), places, years, output == null ? "" : " to " + output);
        return 0;
    }
}

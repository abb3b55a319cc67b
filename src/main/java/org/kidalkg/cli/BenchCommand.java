package org.kidalkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.kidalkg.bench.Benchmark;
import org.kidalkg.bench.EndpointBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kidal-kg bench}: runs the {@link Benchmark} on generated corpora and appends it to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark import, query latency and endpoint throughput on generated data; appends to docs/benchmarks.md.",
                "Example: kidal-kg bench --sizes 1000,100000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", defaultValue = "1000,100000,1000000", split = ",", description = "Control periods per corpus.")
    long[] sizes;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "Markdown file to append to.")
    Path out;

    @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder for corpora and stores.")
    Path work;

    @Option(names = "--queries", defaultValue = "300", description = "Timed who-controlled queries per measurement.")
    int queries;

    @Option(names = "--seconds", defaultValue = "10", description = "Length of each 8-client throughput run.")
    int seconds;

    @Option(names = "--start-runs", defaultValue = "7", description = "Cold starts timed, with and without the class-data archive (default: ${DEFAULT-VALUE}).")
    int startRuns;

    @Option(names = "--start-only", description = "Time the cold start only; skip the generated corpora.")
    boolean startOnly;

    @Option(names = "--endpoint", description = {"Only our server against a plain embedded Fuseki, as ratios: raw SPARQL requests/s",
            "at --clients, /api/control against raw who-controlled, launcher start against plain Fuseki's."})
    boolean endpoint;

    @Option(names = "--clients", defaultValue = "8,32", split = ",", description = "With --endpoint: client counts (default: ${DEFAULT-VALUE}).")
    int[] clients;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getErr();
        Files.createDirectories(work);
        String md = endpoint
                ? new EndpointBenchmark(new EndpointBenchmark.Options(sizes[0], seconds, clients, startRuns, queries), log).run(work)
                : new Benchmark(new Benchmark.Options(sizes, work, queries, seconds, startRuns, startOnly), log).run();
        Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        log.println(md + "\nAppended to " + out);
        return 0;
    }
}

package org.kidalkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.kidalkg.build.Inputs;
import org.kidalkg.build.Pipeline;
import org.kidalkg.source.Problem;
import org.kidalkg.source.Sources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kidal-kg validate}: the SHACL and evidence report on the data; exit 1 on any violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the data against the SHACL shapes and every evidence quote against its source text.",
                "Prints one line per problem (file:line: [severity] focus path: message (shape)); exits 1 on violations."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Sources sources = sourceOptions.sources();
        List<Problem> problems = Pipeline.of(sources.bundle()).validate(Inputs.read(sources));
        problems.forEach(p -> out.println(p.describe()));
        long violations = problems.stream().filter(p -> p.severity() == Problem.Severity.VIOLATION).count();
        out.printf("%d violation(s), %d warning(s)%n", violations, problems.size() - violations);
        return violations > 0 ? 1 : 0;
    }
}

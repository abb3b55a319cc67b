package org.kidalkg.cli;

import java.util.concurrent.Callable;

import org.kidalkg.answers.SourceAnswers;
import org.kidalkg.query.NamedQueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kidal-kg sources}: every source document, as {@code GET /api/sources}. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Every source document: when it was published, by which outlet, in which language, how many claims",
                "it reports, its title and address.", "Example: kidal-kg sources"})
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        return AnswerOutput.print(spec, sourceOptions, json,
                store -> new SourceAnswers(store.dataset(), store.queries(), new NamedQueryRunner(store.dataset(), 0)).all(),
                AnswerOutput::sources);
    }
}

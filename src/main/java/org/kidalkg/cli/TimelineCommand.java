package org.kidalkg.cli;

import java.util.concurrent.Callable;

import org.kidalkg.answers.ControlAnswers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kidal-kg timeline PLACE}: every period of control of a place, as {@code GET /api/timeline} answers it. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Every period of control of a place, in time order.", "Example: kidal-kg timeline Kidal"})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Parameters(index = "0", paramLabel = "PLACE", description = "A place's label, alias or IRI.")
    String place;

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        return AnswerOutput.print(spec, sourceOptions, json,
                store -> new ControlAnswers(store.dataset(), store.queries(), 0).timeline(place),
                answer -> answer.place().label() + "\n" + AnswerOutput.controls(answer.periods(), answer.disagreements()));
    }
}

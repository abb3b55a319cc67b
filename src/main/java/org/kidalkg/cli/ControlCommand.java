package org.kidalkg.cli;

import java.util.concurrent.Callable;

import org.kidalkg.answers.ControlAnswers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kidal-kg control PLACE DATE}: who controlled a place on a date, as {@code GET /api/control} answers it. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = {"Who controlled a place on a date, how certainly, on whose word.",
                "Example: kidal-kg control Kidal 2019-03-01"})
final class ControlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Parameters(index = "0", paramLabel = "PLACE", description = "A place's label, alias or IRI.")
    String place;

    @Parameters(index = "1", paramLabel = "DATE", description = "An ISO date (YYYY-MM-DD).")
    String at;

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        return AnswerOutput.print(spec, sourceOptions, json,
                store -> new ControlAnswers(store.dataset(), store.queries(), 0).control(place, at),
                answer -> answer.place().label() + " on " + answer.at() + "\n" + AnswerOutput.controls(answer.controllers(), answer.disagreements()));
    }
}

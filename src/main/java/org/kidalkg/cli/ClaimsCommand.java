package org.kidalkg.cli;

import java.util.concurrent.Callable;

import org.kidalkg.answers.ClaimAnswers;
import org.kidalkg.answers.Views.ClaimsAnswer;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kidal-kg claims --disputed|--unverified|--claimant X}: claims by proposition, as {@code GET /api/claims}. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Claims grouped by what they are about.", "Example: kidal-kg claims --disputed"})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;

    /** Exactly one way of choosing the claims. */
    static final class Which {
        @Option(names = "--disputed", description = "Claims about propositions one party asserts and another denies.")
        boolean disputed;

        @Option(names = "--unverified", description = "Claims the source could not independently verify.")
        boolean unverified;

        @Option(names = "--claimant", paramLabel = "NAME", description = "Claims by an actor (label, alias or IRI).")
        String claimant;
    }

    @Override
    public Integer call() {
        return AnswerOutput.print(spec, sourceOptions, json, store -> choose(new ClaimAnswers(store.dataset(), store.queries(), 0)),
                AnswerOutput::claims);
    }

    private ClaimsAnswer choose(ClaimAnswers claims) {
        if (which.disputed) {
            return claims.disputed();
        }
        return which.unverified ? claims.unverified() : claims.by(which.claimant);
    }
}

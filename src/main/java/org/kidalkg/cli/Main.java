package org.kidalkg.cli;

import java.io.PrintWriter;

import org.kidalkg.source.LoadException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The {@code kidal-kg} command: parses arguments and hands over to one subcommand. */
@Command(name = "kidal-kg", mixinStandardHelpOptions = true, version = "kidal-kg 0.1.0 (Apache Jena 5.6.0)",
        description = {"A knowledge graph of who controlled a place, when, and according to whom,",
                "served over SPARQL 1.1 by an embedded Apache Jena Fuseki."},
        subcommands = {ServeCommand.class, QueryCommand.class, ControlCommand.class, TimelineCommand.class,
                ClaimsCommand.class, SourcesCommand.class, ValidateCommand.class, ExportCommand.class, IngestCommand.class, ExtractCommand.class,
                GenerateCommand.class, ImportCommand.class,
                BenchCommand.class, BenchLoadCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start here:  kidal-kg serve        (then open http://127.0.0.1:3030/queries)",
                "Exit codes: 0 success, 1 invalid data or failed command, 2 bad arguments."})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        JenaStartup.begin();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code, writing to the given streams (tests use this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(Main::failed);
        cli.setExecutionStrategy(parsed -> {
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
            JenaStartup.await();
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    /**
     * A command that failed: our own refusals ({@link LoadException}, {@link CommandFailure}) are their one-line
     * message; anything else is its first line with a pointer to {@code --verbose}, which prints the stack trace.
     */
    private static int failed(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof LoadException || e instanceof CommandFailure) {
            err.println("kidal-kg: " + e.getMessage());
            return 1;
        }
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            err.println("kidal-kg: " + e.getClass().getSimpleName() + message);
            err.println(hasVerbose(parsed) ? "kidal-kg: run again with --verbose for the stack trace"
                    : "kidal-kg: this is unexpected; please report it with the command you ran");
        }
        err.flush();
        return 1;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbose(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        return last.commandSpec().findOption("--verbose") != null;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (try 'kidal-kg serve' or 'kidal-kg --help')");
    }
}

package org.kidalkg.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.extract.Draft;
import org.kidalkg.extract.Extractor;
import org.kidalkg.extract.Languages;
import org.kidalkg.extract.Lexicon;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.article.IngestException;
import org.kidalkg.store.OutputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kidal-kg extract}: a draft of an article's annotations, found by rule, for an analyst to review (docs/extraction.md). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Draft the annotation file `ingest` reads from an article's text: its claims (who, stance, medium,",
                "relay, date), the changes of control it reports, and new actors, each marked \"review\": proposed with",
                "the rule that found it and a confidence. Accept an item by setting its status to \"accepted\", or",
                "delete it; `ingest` refuses a draft with items still proposed (docs/extraction.md).",
                "Example: kidal-kg extract article.txt --published 2023-11-14 --outlet \"France 24\" -o article.json"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The article's text (UTF-8).")
    Path article;

    @Option(names = "--published", required = true, paramLabel = "DATE", description = "The publication date (YYYY-MM-DD): relative dates resolve against it.")
    String published;

    @Option(names = "--lang", paramLabel = "en|fr", description = "The text's language (default: guessed from its words).")
    String language;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The publisher: a known actor's name, or a new outlet (default: the document id).")
    String outlet;

    @Option(names = "--id", paramLabel = "ID", description = "The document id (default: the file name without .txt).")
    String id;

    @Option(names = "--url", paramLabel = "URL", description = "The article's original address.")
    String url;

    @Option(names = {"-o", "--output"}, paramLabel = "DRAFT.json", description = "Write the draft here (default: standard output).")
    Path output;

    @Option(names = "--force", description = "Overwrite DRAFT.json if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            OutputFile.refuseExisting(output, force); // before the build: a wrong path is told at once
        }
        String text = read(article);
        LocalDate date = date();
        String lang = language == null ? Languages.guess(text) : language;
        Lexicon lexicon = lexicon(lang);
        String docId = id == null ? article.getFileName().toString().replaceFirst("\\.txt$", "") : id;
        KnownEntities known = KnownEntities.of(PrebuiltGraph.orBuild(sourceOptions.sources(), line -> { }).dataset());
        Extractor.Article about = new Extractor.Article(docId, firstLine(text), date, lang, outlet, url);
        Draft draft = new Extractor(lexicon, known).extract(text, about);
        write(draft.toJson());
        spec.commandLine().getErr().printf("Drafted %s (%s): %d claims, %d control periods, %d events, %d statements, %d new actors;"
                        + " review each item's \"review\", then: kidal-kg ingest %s %s%n", docId, lang,
                draft.section("claims").size(), draft.section("controlPeriods").size(), draft.section("events").size(),
                draft.section("statements").size(), draft.section("actors").size(), article, output == null ? "DRAFT.json" : output);
        return 0;
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--published '" + published + "': not an ISO date (YYYY-MM-DD)");
        }
    }

    private Lexicon lexicon(String lang) {
        try {
            return Lexicon.of(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file, "no such file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(file, "not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)");
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private void write(String json) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().println(json);
            return;
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        OutputFile.write(output, force, out -> out.write((json + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}

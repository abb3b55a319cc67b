package org.kidalkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.build.Pipeline;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.store.OutputFile;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.kidalkg.load.ArticleIngest;
import org.kidalkg.importers.article.IngestException;

/** {@code kidal-kg ingest}: an article and its JSON annotations to the article's source graph (docs/ingest.md). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Encode an article from its JSON annotations (docs/ingest.md): each claim's evidence is",
                "found from its quote, dates are resolved against the issued date, and the graph is validated",
                "(SHACL shapes, evidence spans) before anything is written. Errors name the file, the claim",
                "or entity and the problem; nothing is written on error (exit 1).",
                "Examples: kidal-kg ingest article.txt article.json              (writes data/<doc id>.trig)",
                "          kidal-kg ingest article.txt article.json --tdb2 store/"})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The article's text (UTF-8); offsets count its code points.")
    Path article;

    @Parameters(index = "1", paramLabel = "ANNOTATIONS.json", description = "What the article says, in the format of docs/ingest.md.")
    Path annotations;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT.trig",
                description = "Write TriG here (default: data/<doc id>.trig); the article is copied beside it.")
        Path output;

        @Option(names = "--tdb2", paramLabel = "DIR",
                description = "Add the graph to the TDB2 store in DIR (a new store gets the built-in graph too, with inferences).")
        Path tdb2;
    }

    @Option(names = "--source", paramLabel = "DIR", description = "Take the ontology and shapes from DIR/ontology instead of the built-in copy.")
    Path source;

    @Option(names = "--force", description = "Overwrite OUT.trig if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : List.of(article, annotations)) {
            if (!Files.isRegularFile(file)) {
                throw new IngestException(file, "no such file");
            }
        }
        SourceBundle bundle = source == null ? SourceBundle.builtIn() : SourceBundle.at(source);
        Pipeline pipeline = Pipeline.of(bundle);
        ArticleIngest.Result result = ArticleIngest.run(article, annotations, pipeline, new Sources(bundle, List.of()));
        result.warnings().forEach(w -> err.println(w.describe()));
        if (target != null && target.tdb2 != null) {
            toTdb2(result, pipeline, err);
        } else {
            Path out = target != null && target.output != null ? target.output : Path.of("data", result.docId() + ".trig");
            toTrig(result, out);
            err.printf("Ingested %s: %,d triples in %s, written to %s%n", annotations.getFileName(), result.triples(),
                    result.graph().getURI(), out);
        }
        return 0;
    }

    private void toTrig(ArticleIngest.Result result, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        OutputFile.refuseExisting(out, force);
        Path text = dir.resolve(article.getFileName().toString());
        boolean copyText = !Files.exists(text);
        if (!copyText && !Arrays.equals(Files.readAllBytes(text), Files.readAllBytes(article))) {
            throw new IngestException(text, "a different text with this name is already beside " + out.getFileName()
                    + "; the evidence offsets would point into the wrong text");
        }
        if (copyText) {
            OutputFile.write(text, false, stream -> Files.copy(article, stream));
        }
        OutputFile.write(out, force, stream -> RDFDataMgr.write(stream, result.dataset(), RDFFormat.TRIG_BLOCKS));
    }

    /**
     * A new store is built like {@code serve --tdb2} builds one, through the same pipeline, with this graph as one
     * more source (so the rules see it); an existing store gets the graph added in one transaction, refused if it
     * already has it. Inferences of an existing store are not recomputed.
     */
    private void toTdb2(ArticleIngest.Result result, Pipeline pipeline, PrintWriter err) {
        if (KnowledgeStore.isLoaded(target.tdb2)) {
            DatasetGraph store = KnowledgeStore.open(target.tdb2);
            if (Txn.calculateRead(store, () -> store.containsGraph(result.graph()))) {
                throw new IngestException(target.tdb2, "the store already holds " + result.graph().getURI());
            }
            KnowledgeStore.write(target.tdb2, stream -> {
                result.dataset().find().forEachRemaining(stream::quad);
                return null;
            });
            err.printf("Added %,d triples in %s to %s (inferences not recomputed)%n", result.triples(), result.graph().getURI(), target.tdb2);
            return;
        }
        KnowledgeStore.tdb2(target.tdb2, () -> pipeline.build(result.inputs(), err::println).dataset(), err::println);
        err.printf("Built TDB2 store %s with %s (%,d triples)%n", target.tdb2, result.graph().getURI(), result.triples());
    }
}

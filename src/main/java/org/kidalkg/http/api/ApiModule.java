package org.kidalkg.http.api;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.ClaimAnswers;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.PlaceAnswers;
import org.kidalkg.answers.SourceAnswers;

/**
 * The answers API as a Fuseki module: {@code /api/control}, {@code /api/timeline}, {@code /api/claims}, {@code /api/sources}, the
 * article view's {@code /api/article} and the known places, {@code /api/places}, all JSON, errors as {@code {"error": ..., "detail": ...}}.
 *
 * <pre>{@code
 * new ApiModule(controlAnswers, claimAnswers, sourceAnswers, dataset, SourceBundle.builtIn()::dataFile)
 * }</pre>
 */
public final class ApiModule implements FusekiModule {
    private final ControlAnswers control;
    private final ClaimAnswers claims;
    private final SourceAnswers sources;
    private final DatasetGraph dataset;
    private final Function<String, Path> texts;

    /** {@code texts} finds a source document's text by its {@code kkg:textFile} name, for {@code /api/article}. */
    public ApiModule(ControlAnswers control, ClaimAnswers claims, SourceAnswers sources, DatasetGraph dataset,
            Function<String, Path> texts) {
        this.control = control;
        this.claims = claims;
        this.sources = sources;
        this.dataset = dataset;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "kidal-kg answers API";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addProcessor("/api/*", new ApiRoute(control, claims, sources, new ArticleAnswer(dataset, texts),
                new PlaceAnswers(dataset)));
    }
}

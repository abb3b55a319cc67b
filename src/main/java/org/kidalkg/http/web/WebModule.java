package org.kidalkg.http.web;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.PlaceAnswers;
import org.kidalkg.answers.SourceAnswers;

/**
 * The web interface as a Fuseki module, served by the same server as the graph: the place view
 * ({@code /place/{name}}, with {@code /} sending to Kidal), the article view ({@code /article}), the disputed
 * claims ({@code /disputed}), the SPARQL editor ({@code /sparql-editor}), and the static files they load
 * ({@code /web/*} from the jar, {@code /webjars/*} from the WebJars). Plain ES modules, CSS and HTML: nothing
 * to build. The pages read their data from {@code /api} and {@code /queries}.
 *
 * <pre>{@code
 * FusekiServer.create().port(3030).fusekiModules(FusekiModules.create(new WebModule(controlAnswers, new PlaceAnswers(dataset), sourceAnswers)));
 * }</pre>
 */
public final class WebModule implements FusekiModule {
    private final PlacePage placePage;
    private final SourcesPage sourcesPage;

    /**
     * The place view is rendered by the server from {@code control} (unknown places listed from {@code places}) as well,
     * and the sources view from {@code sources}.
     */
    public WebModule(ControlAnswers control, PlaceAnswers places, SourceAnswers sources) {
        this.placePage = new PlacePage(control, places);
        this.sourcesPage = new SourcesPage(sources);
    }

    @Override
    public String name() {
        return "kidal-kg web interface";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        PagesRoute pages = new PagesRoute(placePage, sourcesPage);
        builder.addProcessor("", pages)
                .addProcessor("/place/*", pages)
                .addProcessor("/article", pages)
                .addProcessor("/article/*", pages)
                .addProcessor("/sources", pages)
                .addProcessor("/disputed", pages)
                .addProcessor("/sparql-editor", pages)
                .addProcessor("/web/*", new ClasspathResources("/web/*", "web/"))
                .addProcessor("/webjars/*", new ClasspathResources("/webjars/*", "META-INF/resources/webjars/"));
    }
}

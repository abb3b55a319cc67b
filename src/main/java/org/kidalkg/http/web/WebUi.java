package org.kidalkg.http.web;

import java.nio.file.Path;
import java.util.function.Function;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.http.api.ArticleServlet;

/**
 * The web interface, served by the same server as the graph: the place view ({@code /place/{name}}, with
 * {@code /} sending to Kidal), the article view ({@code /article}), the disputed claims ({@code /disputed}),
 * the SPARQL editor ({@code /sparql-editor}), the article's text and spans ({@code /api/article}), and the
 * static files they load ({@code /web/*} from the jar, {@code /webjars/*} from the WebJars). Plain ES
 * modules, CSS and HTML: nothing to build.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030);
 * WebUi.addTo(builder, dataset, SourceBundle.builtIn()::dataFile);
 * }</pre>
 */
public final class WebUi {
    private WebUi() {}

    /**
     * Adds the interface's servlets to {@code builder}; {@code dataset} answers {@code /api/article}, with the
     * source texts that {@code texts} finds by their {@code kkg:textFile} name.
     */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, DatasetGraph dataset, Function<String, Path> texts) {
        Pages pages = new Pages();
        return builder
                .addServlet("", pages)
                .addServlet("/place/*", pages)
                .addServlet("/article", pages)
                .addServlet("/disputed", pages)
                .addServlet("/sparql-editor", pages)
                .addServlet("/api/article", new ArticleServlet(dataset, texts))
                .addServlet("/web/*", new ClasspathResources("web/"))
                .addServlet("/webjars/*", new ClasspathResources("META-INF/resources/webjars/"));
    }
}

package org.kidalkg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The web interface, served by the same server as the graph: the place view ({@code /place/{name}}, with
 * {@code /} sending to Kidal), the article view ({@code /article}), the disputed claims ({@code /disputed}),
 * the SPARQL editor ({@code /sparql-editor}), the article's text and spans ({@code /api/article}), and the
 * static files they load ({@code /web/*} from the jar, {@code /webjars/*} from the WebJars). Plain ES
 * modules, CSS and HTML: nothing to build.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030);
 * WebUi.addTo(builder, dataset);
 * }</pre>
 */
public final class WebUi {
    private WebUi() {}

    /** Adds the interface's servlets to {@code builder}; {@code dataset} answers {@code /api/article}. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, DatasetGraph dataset) {
        Pages pages = new Pages();
        return builder
                .addServlet("", pages)
                .addServlet("/place/*", pages)
                .addServlet("/article", pages)
                .addServlet("/disputed", pages)
                .addServlet("/sparql-editor", pages)
                .addServlet("/api/article", new ArticleServlet(dataset))
                .addServlet("/web/*", new ClasspathResources("web/"))
                .addServlet("/webjars/*", new ClasspathResources("META-INF/resources/webjars/"));
    }
}

package org.kidalkg.http.web;

import static org.kidalkg.http.common.HtmlText.escape;

import static org.kidalkg.http.web.Html.localName;

import org.kidalkg.answers.SourceAnswers;
import org.kidalkg.answers.Views.SourceDoc;
import org.kidalkg.answers.Views.SourcesAnswer;
import org.kidalkg.answers.Wording;

/**
 * The sources view as the server renders it, for a browser without JavaScript: every source document with its
 * outlet, date, language, claims, its article view and its original, from the same {@link SourceAnswers} as
 * {@code /api/sources}. The script replaces it with its own table.
 */
final class SourcesPage {
    private final SourceAnswers sources;

    SourcesPage(SourceAnswers sources) {
        this.sources = sources;
    }

    /** The main element's content. */
    String render() {
        SourcesAnswer answer = sources.all();
        StringBuilder html = new StringBuilder("<h1>Sources</h1>\n<p class=\"lede\">").append(answer.sources().size())
                .append(" source documents.</p>\n<div class=\"table-wrap\"><table class=\"claims-table sources-table\">")
                .append("<caption>Every source document the graph holds</caption><thead><tr><th scope=\"col\">Title</th>")
                .append("<th scope=\"col\">Outlet</th><th scope=\"col\">Published</th><th scope=\"col\">Language</th>")
                .append("<th scope=\"col\">Claims</th><th scope=\"col\">Original</th></tr></thead><tbody>\n");
        for (SourceDoc s : answer.sources()) {
            html.append("<tr><th scope=\"row\"><a href=\"/article/").append(escape(localName(s.iri()))).append("\">")
                    .append(escape(s.title() == null ? s.iri() : s.title())).append("</a></th><td>").append(escape(s.outlet()))
                    .append("</td><td>").append(escape(Wording.date(s.published()))).append("</td><td>").append(escape(s.language()))
                    .append("</td><td>").append(s.claims()).append("</td><td>").append(Html.original(s.url())).append("</td></tr>\n");
        }
        return html.append("</tbody></table></div>\n").toString();
    }
}

package org.kidalkg.http.web;

import static org.kidalkg.http.common.HtmlText.escape;

import static org.kidalkg.http.web.Html.localName;
import static org.kidalkg.http.web.Html.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kidalkg.answers.ApiException;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.PlaceAnswers;
import org.kidalkg.answers.Views.Basis;
import org.kidalkg.answers.Views.Control;
import org.kidalkg.answers.Views.ControlAnswer;
import org.kidalkg.answers.Views.Named;
import org.kidalkg.answers.Views.SourceRef;
import org.kidalkg.answers.Wording;

/**
 * The place view as the server renders it, for a browser without JavaScript (and for the first paint with it): the
 * question form (a plain GET, so it works without a script) and, for {@code ?at=}, one card per controller with the
 * same words, quotes and sources as the script's cards, from the same {@link ControlAnswers} and {@link Wording}. The
 * script replaces it with the full view. Every value is escaped ({@link Html}).
 */
final class PlacePage {
    /** The main element's content and the page's status. */
    record Rendered(String title, String main, int status) {}

    private final ControlAnswers control;
    private final PlaceAnswers places;

    PlacePage(ControlAnswers control, PlaceAnswers places) {
        this.control = control;
        this.places = places;
    }

    /** The page for place {@code name} on {@code at} (null: the form only). */
    Rendered render(String name, String at) {
        String shown = at == null || at.isBlank() ? "2019-03-01" : at;
        String form = "<form class=\"ask\" action=\"/place/" + escape(segment(name)) + "\" method=\"get\">"
                + "<label for=\"at\">Who controlled it on</label> <input type=\"text\" id=\"at\" name=\"at\" value=\"" + escape(shown)
                + "\" inputmode=\"numeric\" placeholder=\"YYYY-MM-DD\" size=\"11\"> <button type=\"submit\" id=\"ask\">Ask</button>"
                + "<p class=\"hint\">A date as year-month-day, e.g. 2019-03-01.</p></form>\n";
        if (at == null || at.isBlank()) {
            return new Rendered("Who controlled " + name, "<h1>Who controlled " + escape(name) + "</h1>\n" + form, 200);
        }
        try {
            ControlAnswer answer = control.control(name, at);
            String label = answer.place().label();
            return new Rendered(label + " on " + Wording.date(answer.at()), "<h1>Who controlled " + escape(label) + "</h1>\n" + form
                    + answer(answer), 200);
        } catch (ApiException e) {
            String more = e.status() == 404 ? knownPlaces(name) : "";
            return new Rendered("Who controlled " + name, "<h1>Who controlled " + escape(name) + "</h1>\n" + form
                    + "<p class=\"error\" role=\"alert\">" + escape(e.getMessage()) + "</p>\n" + more, e.status());
        }
    }

    private String answer(ControlAnswer answer) {
        StringBuilder html = new StringBuilder("<section id=\"answer\" class=\"answer\" aria-label=\"Answer for the date\"><h2>")
                .append(escape(answer.place().label())).append(" on ").append(escape(Wording.date(answer.at()))).append("</h2>\n");
        if (answer.controllers().isEmpty()) {
            html.append("<p class=\"none\">No source says who controlled ").append(escape(answer.place().label()))
                    .append(" on ").append(escape(Wording.date(answer.at()))).append(".</p>\n");
        }
        html.append("<div class=\"cards\">\n");
        answer.controllers().forEach(c -> html.append(card(c)));
        return html.append("</div></section>\n").toString();
    }

    private static String card(Control c) {
        StringBuilder html = new StringBuilder("<article class=\"card ").append(escape(c.words().kind())).append("\" data-actor=\"")
                .append(escape(c.actor().label())).append("\"><h3>").append(escape(c.actor().label()))
                .append("<span class=\"kind\"> · ").append(escape(c.kind())).append("</span></h3>\n<dl><dt>When</dt><dd class=\"time\">")
                .append(escape(c.words().when())).append("</dd><dt>On whose word</dt><dd class=\"evidence\">")
                .append(escape(c.words().onWhoseWord())).append("</dd></dl>\n<h4>The words</h4><ul class=\"quotes\">\n");
        quotes(c).forEach((role, basis) -> basis.forEach(b -> html.append("<li class=\"role-").append(role).append("\"><q>")
                .append(escape(b.quote())).append("</q> <span class=\"who\">— ").append(escape(b.claimant().label())).append(", ")
                .append(escape(b.stance())).append(", ").append(escape(Wording.date(b.date()))).append(role.equals("support") ? "" : " (" + role + ")")
                .append(b.verified() ? " (independently verified)" : " (not independently verified)").append("</span></li>\n")));
        html.append("</ul><h4>Sources</h4><ul class=\"sources\">\n");
        for (SourceRef s : c.evidence() == null ? List.<SourceRef>of() : c.evidence().sources()) {
            html.append("<li><strong>").append(escape(s.outlet() == null ? "unknown outlet" : s.outlet())).append("</strong>, ")
                    .append(escape(Wording.date(s.published()))).append(": <a href=\"/article/").append(escape(localName(s.iri()))).append("\">")
                    .append(escape(s.title())).append("</a> · ")
                    .append(Html.original(s.url())).append("</li>\n");
        }
        return html.append("</ul></article>\n").toString();
    }

    /** The quotes by role, in the card's order: support, contest, caveat. */
    private static Map<String, List<Basis>> quotes(Control c) {
        if (c.evidence() == null) {
            return Map.of("support", c.basis());
        }
        Map<String, List<Basis>> byRole = new LinkedHashMap<>();
        byRole.put("support", c.evidence().support());
        byRole.put("contest", c.evidence().contest());
        byRole.put("caveat", c.evidence().caveats());
        return byRole;
    }

    private String knownPlaces(String name) {
        List<Named> known = new ArrayList<>(places.near(name).places());
        Function<Named, String> item = p -> "<li><a href=\"/place/" + escape(segment(p.name())) + "\">" + escape(p.label()) + "</a></li>";
        return "<section class=\"known-places\"><h2>Places the graph knows, closest names first</h2><ul>"
                + known.stream().map(item).collect(Collectors.joining()) + "</ul></section>\n";
    }
}

package org.kidalkg.http.api;

import java.io.IOException;
import java.util.Set;

import org.apache.jena.query.QueryCancelledException;
import org.kidalkg.answers.ApiException;
import org.kidalkg.answers.ClaimAnswers;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.PlaceAnswers;
import org.kidalkg.answers.SourceAnswers;
import org.kidalkg.answers.Params;
import org.kidalkg.http.common.JsonResponses;
import org.kidalkg.http.common.Route;
import org.kidalkg.query.QueryParameterException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Routes {@code /api/*}: {@code GET /api/control?place=&at=}, {@code GET /api/timeline?place=},
 * {@code GET /api/claims?disputed=true | unverified=true | claimant=}, {@code GET /api/sources},
 * {@code GET /api/article[?document=]} and {@code GET /api/places[?near=]}.
 * Bad input is a JSON 400 or 404, never a 500.
 */
final class ApiRoute extends Route {
    private static final Set<String> ENDPOINTS = Set.of("/control", "/timeline", "/claims", "/sources", "/article", "/places");

    private final ControlAnswers control;
    private final ClaimAnswers claims;
    private final SourceAnswers sources;
    private final ArticleAnswer article;
    private final PlaceAnswers places;

    ApiRoute(ControlAnswers control, ClaimAnswers claims, SourceAnswers sources, ArticleAnswer article, PlaceAnswers places) {
        super("/api");
        this.control = control;
        this.claims = claims;
        this.sources = sources;
        this.article = article;
        this.places = places;
    }

    @Override
    protected String routeOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        return ENDPOINTS.contains(path) ? "/api" + path : "/api/{unknown}";
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Object answer = switch (path) {
                case "/control" -> control.control(request.getParameter("place"), request.getParameter("at"));
                case "/timeline" -> control.timeline(request.getParameter("place"));
                case "/claims" -> claims(request);
                case "/sources" -> sources.all();
                case "/article" -> article.answer(request.getParameter("document"));
                case "/places" -> places.near(request.getParameter("near"));
                default -> throw new ApiException(404, "unknown endpoint",
                        "no API at /api" + path + "; try /api/control, /api/timeline, /api/claims, /api/sources, /api/article or /api/places");
            };
            JsonResponses.ok(response, answer);
        } catch (ApiException e) {
            JsonResponses.error(response, e.status(), e.error(), e.getMessage());
        } catch (QueryParameterException e) {
            JsonResponses.error(response, 400, "bad parameter", e.getMessage());
        } catch (QueryCancelledException e) {
            JsonResponses.timeout(response);
        }
    }

    private Object claims(HttpServletRequest request) {
        if (Params.flag("disputed", request.getParameter("disputed"))) {
            return claims.disputed();
        }
        if (Params.flag("unverified", request.getParameter("unverified"))) {
            return claims.unverified();
        }
        if (request.getParameter("claimant") != null) {
            return claims.by(request.getParameter("claimant"));
        }
        throw ApiException.badParameter("disputed, unverified or claimant", "missing (give one of disputed=true, "
                + "unverified=true or claimant=NAME)");
    }
}

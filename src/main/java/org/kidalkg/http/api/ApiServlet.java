package org.kidalkg.http.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryCancelledException;
import org.kidalkg.answers.ApiException;
import org.kidalkg.answers.ApiJson;
import org.kidalkg.answers.ClaimAnswers;
import org.kidalkg.answers.ControlAnswers;
import org.kidalkg.answers.Params;
import org.kidalkg.http.common.JsonResponses;
import org.kidalkg.query.QueryParameterException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Routes {@code /api/*}: {@code GET /api/control?place=&at=}, {@code GET /api/timeline?place=} and
 * {@code GET /api/claims?disputed=true | unverified=true | claimant=}. Bad input is a JSON 400 or 404, never a 500.
 */
public final class ApiServlet extends HttpServlet {
    private final transient ControlAnswers control;
    private final transient ClaimAnswers claims;

    public ApiServlet(ControlAnswers control, ClaimAnswers claims) {
        this.control = control;
        this.claims = claims;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Object answer = switch (path) {
                case "/control" -> control.control(request.getParameter("place"), request.getParameter("at"));
                case "/timeline" -> control.timeline(request.getParameter("place"));
                case "/claims" -> claims(request);
                default -> throw new ApiException(404, "unknown endpoint",
                        "no API at /api" + path + "; try /api/control, /api/timeline or /api/claims");
            };
            send(response, answer);
        } catch (ApiException e) {
            JsonResponses.error(response, e.status(), e.error(), e.getMessage());
        } catch (QueryParameterException e) {
            JsonResponses.error(response, 400, "bad parameter", e.getMessage());
        } catch (QueryCancelledException e) {
            JsonResponses.error(response, 503, "timeout", "the query ran past the server's time limit");
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

    /** Written with {@link ApiJson}, so the body is the very text {@code kidal-kg … --json} prints. */
    private static void send(HttpServletResponse response, Object answer) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ApiJson.write(answer).getBytes(StandardCharsets.UTF_8));
    }
}

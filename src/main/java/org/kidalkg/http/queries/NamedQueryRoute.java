package org.kidalkg.http.queries;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.kidalkg.answers.ApiJson;
import org.kidalkg.http.common.JsonResponses;
import org.kidalkg.http.common.Negotiation;
import org.kidalkg.http.common.Route;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.Parameter;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.query.QueryParameterException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /queries} lists the named queries; {@code GET /queries/{name}?param=value} runs one and
 * answers in the SPARQL results format the client accepts; {@code GET /queries/{name}.rq} sends its text.
 * Each named query is its own route in the metrics ({@code /queries/who-controlled}).
 */
final class NamedQueryRoute extends Route {
    private final QueryCatalogue catalogue;
    private final NamedQueryRunner runner;

    NamedQueryRoute(QueryCatalogue catalogue, NamedQueryRunner runner) {
        super("/queries");
        this.catalogue = catalogue;
        this.runner = runner;
    }

    @Override
    protected String routeOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() <= 1) {
            return "/queries";
        }
        String name = path.substring(1);
        return catalogue.get(QueryText.wanted(name) ? QueryText.queryName(name) : name) != null
                ? "/queries/" + name : "/queries/{unknown}";
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/") || path.isEmpty()) {
            JsonResponses.ok(response, listing());
            return;
        }
        String name = path.substring(1);
        boolean text = QueryText.wanted(name);
        name = text ? QueryText.queryName(name) : name;
        NamedQuery query = catalogue.get(name);
        if (query == null) {
            JsonResponses.error(response, 404, "unknown query", "no named query '" + name + "'; GET /queries lists them");
            return;
        }
        if (text) {
            try {
                QueryText.send(query, runner, request, response);
            } catch (QueryParameterException e) {
                JsonResponses.error(response, 400, "bad parameter", e.getMessage());
            }
            return;
        }
        run(query, request, response);
    }

    private void run(NamedQuery query, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> args = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format")) {
                args.put(k, v[0]);
            }
        });
        ResultFormat format = format(request, response);
        if (format == null) {
            return;
        }
        ResultSetRewindable rows;
        try {
            rows = runner.run(query, args);
        } catch (QueryParameterException | IllegalArgumentException e) {
            JsonResponses.error(response, 400, "bad parameter", e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            JsonResponses.timeout(response);
            return;
        }
        Lang lang = format.lang();
        response.setStatus(200);
        response.setContentType(lang.getHeaderString());
        response.setCharacterEncoding("UTF-8");
        ResultsWriter.create().lang(lang).write(response.getOutputStream(), rows);
    }

    /** The format asked for, or null once answered: an unknown {@code ?format=} is a 400, an {@code Accept} nothing matches a 406. */
    private static ResultFormat format(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String asked = request.getParameter("format");
        asked = asked == null || asked.isBlank() ? null : asked;
        ResultFormat format = Negotiation.choose(asked, request.getHeader("Accept"), ResultFormat.all()).orElse(null);
        if (format == null && asked != null) {
            JsonResponses.error(response, 400, "bad parameter", "format: '" + asked + "' is not one of " + Negotiation.names(ResultFormat.all()));
        } else if (format == null) {
            Negotiation.notAcceptable(response, ResultFormat.all());
        }
        return format;
    }

    private ObjectNode listing() {
        ObjectNode body = ApiJson.object();
        ArrayNode list = body.putArray("queries");
        for (NamedQuery q : catalogue.all()) {
            ObjectNode item = list.addObject();
            item.put("name", q.name());
            item.put("summary", q.summary());
            item.put("path", "/queries/" + q.name());
            ArrayNode params = item.putArray("params");
            for (Parameter p : q.params()) {
                params.addObject().put("name", p.name()).put("type", p.type().written()).put("optional", p.optional());
            }
            ArrayNode columns = item.putArray("columns");
            q.columns().forEach(columns::add);
        }
        return body;
    }
}

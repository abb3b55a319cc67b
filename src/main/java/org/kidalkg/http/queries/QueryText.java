package org.kidalkg.http.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.FmtUtils;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.Parameter;
import org.kidalkg.source.QueryHeader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /queries/{name}.rq}: a named query's text, ready to run anywhere. Its parameters are bound to
 * the values given in the request ({@code ?place=Kidal&at=2019-03-01}) or else to the query's own example,
 * the same substitution the catalogue makes, so the text is the query {@code /queries/{name}} runs.
 */
public final class QueryText {
    /** What the text is sent as. */
    public static final String MEDIA_TYPE = "application/sparql-query";

    private QueryText() {}

    /** True when {@code name} (the path after {@code /queries/}) asks for a query's text. */
    public static boolean wanted(String name) {
        return name.endsWith(".rq");
    }

    /** The query's name in a text request: {@code who-controlled.rq} is {@code who-controlled}. */
    public static String queryName(String name) {
        return name.substring(0, name.length() - ".rq".length());
    }

    /** Writes the query's text; a parameter the request and the example leave out stays a variable. */
    public static void send(NamedQuery query, NamedQueryRunner runner, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        Map<String, String> args = new LinkedHashMap<>(query.example());
        for (Parameter p : query.params()) {
            String given = request.getParameter(p.name());
            if (given != null && !given.isBlank()) {
                args.put(p.name(), given);
            }
        }
        String text = text(query, runner, args);
        response.setStatus(200);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The header (summary, parameters and the values bound) and the query with those values substituted. */
    static String text(NamedQuery query, NamedQueryRunner runner, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        out.append(QueryHeader.line("summary", query.summary()));
        Query body = query.query();
        boolean complete = query.params().stream().allMatch(p -> args.containsKey(p.name()));
        if (!query.params().isEmpty()) {
            out.append(QueryHeader.line("params", String.join(", ", query.params().stream()
                    .map(Parameter::written).toList())));
        }
        if (complete && !query.params().isEmpty()) {
            Map<String, RDFNode> bound = runner.bind(query, args);
            Map<Var, Node> substitutions = new HashMap<>();
            bound.forEach((name, node) -> substitutions.put(Var.alloc(name), node.asNode()));
            body = QueryTransformOps.syntaxSubstitute(body, substitutions);
            // The terms bound, written as SPARQL terms (escaped), never the request's text: a value with a line
            // break would otherwise end this comment and put the rest of it into the runnable query.
            out.append("# bound: ").append(String.join(" ", query.params().stream().filter(p -> substitutions
                    .containsKey(Var.alloc(p.name()))).map(p -> p.name() + "=" + FmtUtils.stringForNode(
                    substitutions.get(Var.alloc(p.name())), query.query().getPrefixMapping())).toList())).append('\n');
        }
        return out.append(body.serialize()).toString();
    }
}

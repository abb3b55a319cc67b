package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/**
 * What the Fuseki modules guarantee over HTTP: every feature route is in Fuseki's request log and in
 * {@code /$/metrics}, the errors of {@code /queries}, {@code /api} and {@code /id} share one JSON shape, and a
 * resource has one name on {@code /id/X} and in {@code /api}.
 */
class FeatureRoutesTest {
    /** One GET per feature route, with the route each is timed as. */
    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("/queries", "/queries"),
            Map.entry("/queries/who-controlled?place=Kidal&at=2019-03-01", "/queries/who-controlled"),
            Map.entry("/queries/who-controlled.rq", "/queries/who-controlled.rq"),
            Map.entry("/api/control?place=Kidal&at=2019-03-01", "/api/control"),
            Map.entry("/api/timeline?place=Kidal", "/api/timeline"),
            Map.entry("/api/claims?disputed=true", "/api/claims"),
            Map.entry("/api/article", "/api/article"),
            Map.entry("/id/Kidal", "/id/{name}"),
            Map.entry("/ontology", "/ontology"),
            Map.entry("/context.jsonld", "/context.jsonld"),
            Map.entry("/.well-known/void", "/.well-known/void"),
            Map.entry("/place/Kidal", "/place/{name}"),
            Map.entry("/sparql-editor", "/sparql-editor"),
            Map.entry("/web/app.js", "/web/*"));

    private static final String ID = "https://w3id.org/kidal-kg/id/";

    @Test
    void everyFeatureRouteIsTimedInFusekisMetrics() {
        try (RunningServer server = RunningServer.builtIn()) {
            ROUTES.keySet().forEach(path -> assertEquals(200, server.get(path, null).statusCode(), path));
            String metrics = server.get("/$/metrics", null).body();
            Set<String> timed = new LinkedHashSet<>();
            Matcher m = Pattern.compile("(?m)^kidal_requests_seconds_count\\{[^}]*route=\"([^\"]+)\",status=\"200\"").matcher(metrics);
            while (m.find()) {
                timed.add(m.group(1));
            }
            for (String route : ROUTES.values()) {
                assertTrue(timed.contains(route), route + " not in /$/metrics; timed: " + timed);
            }
            assertTrue(metrics.contains("fuseki_requests_good"), "Fuseki's own metrics are still there");
        }
    }

    @Test
    void everyFeatureRouteIsInFusekisRequestLog() {
        Collecting log = Collecting.attach("org.apache.jena.fuseki");
        try (RunningServer server = RunningServer.builtIn()) {
            ROUTES.keySet().forEach(path -> assertEquals(200, server.get(path, null).statusCode(), path));
            for (String path : ROUTES.keySet()) {
                String id = log.requestId("GET " + server.base() + path);
                assertFalse(id.isEmpty(), "no '[n] GET " + path + "' line in " + log.lines());
                assertTrue(log.waitFor(line -> line.startsWith("[" + id + "] 200 ")),
                        "no '[" + id + "] 200' line for " + path + " in " + log.lines());
            }
        } finally {
            log.detach();
        }
    }

    @Test
    void errorsOfQueriesApiAndIdShareOneJsonShape() {
        RunningServer server = RunningServer.shared();
        Map<String, Integer> errors = Map.of(
                "/queries/no-such-query", 404,
                "/queries/who-controlled?place=Kidal&at=yesterday", 400,
                "/queries/who-controlled?place=%C3%28&at=2019-03-01", 400,
                "/api/no-such-endpoint", 404,
                "/api/control?place=Atlantis&at=2019-03-01", 404,
                "/api/control?place=Kidal&at=2019-13-45", 400,
                "/api/article?document=urn:x:none", 404,
                "/id/NoSuchPlace", 404,
                "/id/Kidal?format=pdf", 406,
                "/ontology?format=pdf", 406);
        errors.forEach((path, status) -> {
            HttpResponse<String> response = server.get(path, null);
            assertEquals(status, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            JsonNode body = Json.parse(response.body());
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("error", "detail"), fields, path + ": " + response.body());
            assertFalse(body.path("error").asText().isBlank(), path);
            assertFalse(body.path("detail").asText().isBlank(), path);
        });
    }

    @Test
    void aResourceHasTheSameLabelOnIdAndInTheApi() {
        RunningServer server = RunningServer.shared();
        JsonNode timeline = Json.parse(server.get("/api/timeline?place=Kidal", null).body());
        List<JsonNode> refs = new ArrayList<>();
        refs.add(timeline.path("place"));
        for (JsonNode period : timeline.path("periods")) {
            refs.add(period.path("actor"));
            period.path("basis").forEach(basis -> refs.add(basis.path("claimant")));
        }
        Json.parse(server.get("/api/claims?disputed=true", null).body()).path("claims")
                .forEach(group -> group.path("stances").forEach(stance -> refs.add(stance.path("claimant"))));
        assertTrue(refs.size() > 5, "too few resources to compare: " + refs);
        for (JsonNode ref : refs) {
            String iri = ref.path("iri").asText();
            assertTrue(iri.startsWith(ID), iri);
            String page = server.get("/id/" + iri.substring(ID.length()), "text/html").body();
            String h1 = page.substring(page.indexOf("<h1>") + 4, page.indexOf("</h1>"));
            assertEquals(h1, escape(ref.path("label").asText()), iri);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    /** The messages one logger and those below it write while attached, at INFO whatever the configuration says. */
    static final class Collecting extends AbstractAppender {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final String logger;

        private Collecting(String logger) {
            super("collecting " + logger, null, null, true, Property.EMPTY_ARRAY);
            this.logger = logger;
        }

        static Collecting attach(String logger) {
            Collecting appender = new Collecting(logger);
            appender.start();
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            Configuration config = context.getConfiguration();
            LoggerConfig loggerConfig = new LoggerConfig(logger, Level.INFO, false);
            loggerConfig.addAppender(appender, Level.INFO, null);
            config.addLogger(logger, loggerConfig);
            context.updateLoggers();
            return appender;
        }

        void detach() {
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            context.getConfiguration().removeLogger(logger);
            context.updateLoggers();
            stop();
        }

        @Override
        public void append(LogEvent event) {
            lines.add(event.getMessage().getFormattedMessage());
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        /** Whether a line matching {@code wanted} is logged within 5 s (the response line follows the answer). */
        boolean waitFor(Predicate<String> wanted) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (lines().stream().noneMatch(wanted)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        /** The request id of the line {@code [n] <request>}, or "". */
        String requestId(String request) {
            for (String line : lines()) {
                if (line.endsWith("] " + request) && line.startsWith("[")) {
                    return line.substring(1, line.indexOf(']'));
                }
            }
            return "";
        }
    }
}

package org.kidalkg.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.kidalkg.http.queries.QueryText;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** The web interface's routes over HTTP, without a browser: pages, assets, /api/article, query texts. */
class WebRoutesTest {
    private static final RunningServer server = RunningServer.shared();

    @Test
    void rootSendsToKidalAndViewsArePages() {
        HttpResponse<String> root = server.get("/", null);
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/place/Kidal"), root.headers().toString());
        for (String page : List.of("/place/Kidal", "/article", "/disputed", "/sparql-editor")) {
            HttpResponse<String> answer = server.get(page, null);
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
        }
        assertEquals(200, server.get("/place/Ti%C3%AFn-Zaouat%C3%A8ne", null).statusCode());
        assertEquals(404, server.get("/place/Kidal/more", null).statusCode());
        assertEquals(404, server.get("/no-such-page", null).statusCode());
    }

    @Test
    void assetsAndWebJarsAreServedFromTheJarNotACdn() {
        HttpResponse<String> script = server.get("/web/place.js", null);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, server.get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null).statusCode());
        for (String page : List.of("/web/app.html", "/web/sparql-editor.html")) {
            String html = server.get(page, null).body();
            assertTrue(!html.contains("//cdn") && !html.contains("https://"), page + " loads something from outside");
        }
    }

    @Test
    void traversalIsRefused() throws IOException {
        for (String path : List.of("/web/../../etc/passwd", "/web/%2e%2e/%2e%2e/etc/passwd", "/webjars/../kidal-kg/data/kidal-article.txt",
                "/web/..%2fapp.html", "/web/.hidden", "/web/%5c..%5capp.html")) {
            int status = rawStatus(path);
            assertTrue(status == 400 || status == 404, path + " answered " + status);
        }
        assertEquals(Optional.empty(), ClasspathResources.safePath("/a/../b.js"));
        assertEquals(Optional.empty(), ClasspathResources.safePath("/a//b.js"));
        assertEquals(Optional.empty(), ClasspathResources.safePath("/a\\b.js"));
        assertEquals(Optional.empty(), ClasspathResources.safePath("/C:/b.js"));
        assertEquals(Optional.of("a/b.js"), ClasspathResources.safePath("/a/b.js"));
    }

    @Test
    void articleSpansAreCodePointOffsetsIntoTheText() {
        HttpResponse<String> answer = server.get("/api/article", "application/json");
        assertEquals(200, answer.statusCode());
        JsonNode article = Json.parse(answer.body());
        String text = article.path("text").asText();
        int[] codePoints = text.codePoints().toArray();
        assertTrue(article.path("spans").size() > 10);
        for (JsonNode span : article.path("spans")) {
            int start = span.path("start").asInt();
            int end = span.path("end").asInt();
            assertEquals(span.path("quote").asText(), new String(codePoints, start, end - start), "span " + start + "-" + end);
            assertTrue(span.path("claims").size() >= 1);
        }
        JsonNode goita = null;
        for (JsonNode span : article.path("spans")) {
            for (JsonNode claim : span.path("claims")) {
                if (claim.path("claim").asText().endsWith("claim-goita-takeover")) {
                    goita = span;
                    assertEquals("Assimi Goïta", claim.path("claimantLabel").asText());
                    assertEquals("asserts", claim.path("stance").asText());
                }
            }
        }
        assertTrue(goita != null, "no span for Goïta's claim");
        assertEquals(253, goita.path("start").asInt());
        assertEquals(310, goita.path("end").asInt());
        assertEquals(404, server.get("/api/article?document=urn:x:none", null).statusCode());
    }

    @Test
    void aNamedQuerysTextComesWithItsExampleBoundAndRuns() {
        HttpResponse<String> text = server.get("/queries/who-controlled.rq", null);
        assertEquals(200, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith(QueryText.MEDIA_TYPE));
        assertTrue(text.body().startsWith("#+ summary: Who controlled"), text.body());
        assertTrue(text.body().contains("# bound: place=Kidal at=2019-03-01"), text.body());
        List<String> controllers = Json.column(server.sparql(text.body(), "application/sparql-results+json").body(), "controllerLabel");
        assertTrue(!controllers.isEmpty() && controllers.stream().allMatch(List.of("Tuareg separatist rebels",
                "Coordination of Azawad Movements")::contains), controllers.toString());

        String later = server.get("/queries/who-controlled.rq?at=2023-11-20", null).body();
        assertTrue(later.contains("at=2023-11-20"), later);
        assertEquals(400, server.get("/queries/who-controlled.rq?at=someday", null).statusCode());
        assertEquals(404, server.get("/queries/nothing.rq", null).statusCode());
        assertTrue(server.get("/queries/actors.rq", null).body().contains("SELECT"));
    }

    /** The status line of a request sent as raw bytes, so no client tidies the path first. */
    private static int rawStatus(String path) throws IOException {
        int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}

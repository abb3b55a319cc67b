package org.kidalkg.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

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
        for (String page : List.of("/place/Kidal", "/article", "/article/doc-ap-2023-11-14-kidal", "/disputed", "/sources",
                "/sparql-editor")) {
            HttpResponse<String> answer = server.get(page, null);
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
        }
        assertEquals(200, server.get("/place/Ti%C3%AFn-Zaouat%C3%A8ne", null).statusCode());
        HttpResponse<String> more = server.get("/place/Kidal/more", null);
        assertEquals(404, more.statusCode());
        assertTrue(more.body().contains("<h1>Page not found</h1>") && more.body().contains("/web/style.css"), "a styled 404 page");
        assertEquals(404, server.get("/article/a/b", null).statusCode());
        assertEquals(404, server.get("/no-such-page", null).statusCode());
    }

    @Test
    void thePlacePageIsRenderedByTheServerForTheDateInTheAddress() {
        HttpResponse<String> page = server.get("/place/Kidal?at=2019-03-01", null);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<h2>Kidal on 1 Mar 2019</h2>") && html.contains("data-actor=\"Tuareg separatist rebels\"")
                && html.contains("within the stated dates") && !html.contains("Malian Armed Forces<span"), html);
        assertTrue(html.contains("href=\"https://keyt.com/news/2023/11/14/"), "the original article's URL");
        assertTrue(html.contains("<title>Kidal on 1 Mar 2019 · kidal-kg</title>"), html);
        HttpResponse<String> unknown = server.get("/place/Kidl?at=2019-03-01", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("<li><a href=\"/place/Kidal\">Kidal</a></li>"), unknown.body());
        HttpResponse<String> badDate = server.get("/place/Kidal?at=01032019", null);
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("not a date (expected YYYY-MM-DD)"), badDate.body());
        assertTrue(server.get("/place/Kidal?at=%3Cscript%3E", null).body().contains("&lt;script&gt;"), "escaped");
    }

    @Test
    void theSourcesPageIsRenderedByTheServer() {
        String html = server.get("/sources", null).body();
        assertTrue(html.contains("<a href=\"/article/doc-reuters-2023-11-14-kidal\">Mali&apos;s army claims capture of rebel stronghold of Kidal</a>"),
                html);
        assertTrue(html.contains("href=\"https://www.perthnow.com.au/") && html.contains("<td>14 Nov 2023</td>"), html);
    }

    @Test
    void anAddressNobodyServesGetsTheStyledPage() {
        HttpResponse<String> page = server.get("/no-such-page", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Page not found</h1>") && page.body().contains("/web/style.css"), page.body());
    }

    @Test
    void assetsAreCompressedWhenTheBrowserAsks() throws Exception {
        HttpResponse<byte[]> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.base() + "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""));
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(script.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.length() > 3 * script.body().length && text.contains("Yasgui"), "compressed " + script.body().length + " of " + text.length());
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
        assertTrue(text.body().contains("# bound: place=<https://w3id.org/kidal-kg/id/Kidal> at=\"2019-03-01\"^^<http://www.w3.org/2001/XMLSchema#date>"), text.body());
        String rows = server.sparql(text.body(), "application/sparql-results+json").body();
        List<String> controllers = Json.column(rows, "controllerLabel");
        List<String> kinds = Json.column(rows, "kind");
        List<String> inControl = new ArrayList<>();
        for (int i = 0; i < controllers.size(); i++) {
            if (kinds.get(i).equals("effective control")) {
                inControl.add(controllers.get(i));
            }
        }
        assertTrue(!inControl.isEmpty() && inControl.stream().allMatch(List.of("Tuareg separatist rebels", "Coordination of Azawad Movements")::contains), controllers + " " + kinds);

        String later = server.get("/queries/who-controlled.rq?at=2023-11-20", null).body();
        assertTrue(later.contains("at=\"2023-11-20\""), later);
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

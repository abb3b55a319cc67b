package org.kidalkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.kidalkg.query.NamedQuery;

/**
 * {@code serve --self-test}: asks the started server a named query's own example over HTTP, as a user would,
 * and reports the answer. The build uses it as the training run of the class-data archive.
 */
final class SelfTest {
    private SelfTest() {}

    /** Asks {@code query}'s example at {@code base}; true when the server answered 200 with at least one row. */
    static boolean ask(String base, NamedQuery query, PrintWriter out) {
        URI uri = URI.create(base + "/queries/" + query.name() + "?" + queryString(query.example()));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/tab-separated-values").GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            out.println("Self-test: GET " + uri + " -> " + response.statusCode());
            out.print(response.body());
            out.flush();
            return response.statusCode() == 200 && response.body().lines().count() > 1;
        } catch (IOException e) {
            out.println("Self-test: GET " + uri + " failed: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String queryString(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

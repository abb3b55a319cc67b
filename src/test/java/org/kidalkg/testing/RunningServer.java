package org.kidalkg.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.query.QueryCatalogue;

/**
 * A kidal-kg server started on a free port by the same factory as {@code serve}, with a small HTTP
 * client. Use in try-with-resources so it is stopped whatever happens.
 */
public final class RunningServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final FusekiServer server;

    private RunningServer(FusekiServer server) {
        this.server = server;
    }

    private static RunningServer shared;

    /**
     * One server on the built-in graph for the whole test JVM, stopped when the JVM exits: starting one per
     * test class only repeats work. Tests that need other settings start their own with {@link #start}.
     */
    public static synchronized RunningServer shared() {
        if (shared == null) {
            shared = builtIn();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
        }
        return shared;
    }

    /** The built-in graph served with default settings on a free port. */
    public static RunningServer builtIn() {
        return start(ServerConfig.defaults().withPort(0), BuiltInGraph.store(), BuiltInGraph.queries());
    }

    /** A client for a server started elsewhere; closing it stops that server. */
    public static RunningServer attach(FusekiServer server) {
        return new RunningServer(server);
    }

    public static RunningServer start(ServerConfig config, DatasetGraph store, QueryCatalogue queries) {
        return new RunningServer(KidalServer.start(config, store, queries));
    }

    /** The server's base URL, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    /** GET {@code path} (query string included) with an {@code Accept} header (null for none). */
    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    /** POST {@code body} to {@code path} with the given content type. */
    public HttpResponse<String> post(String path, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    /** GET a SPARQL query from {@code /kidal/sparql}. */
    public HttpResponse<String> sparql(String query, String accept) {
        return get("/kidal/sparql?query=" + encode(query), accept);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> send(HttpRequest request) {
        // A request with a body gets a fresh connection: the server may close one after refusing a body it did
        // not read, and a pooled connection reused then fails with "received no bytes".
        boolean hasBody = request.bodyPublisher().map(b -> b.contentLength() != 0).orElse(false);
        return send(hasBody ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build() : HTTP, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

package org.kidalkg.http.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.testing.BuiltInGraph;

/**
 * A SPARQL endpoint the W3C suite runs against, over {@code data} (which the suite reloads between tests):
 * ours, started by the factory {@code serve} uses, or a stock embedded Fuseki, read-only as ours is, with
 * Fuseki's defaults and nothing of ours in front.
 */
final class Endpoint implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    private final FusekiServer server;
    private final String path;

    private Endpoint(String name, FusekiServer server, String path) {
        this.name = name;
        this.server = server;
        this.path = path;
    }

    /** kidal-kg as {@code serve} starts it, serving {@code data} instead of the built-in graph. */
    static Endpoint kidal(DatasetGraph data) {
        FusekiServer server = KidalServer.start(ServerConfig.defaults().withPort(0), data, BuiltInGraph.queries());
        return new Endpoint("kidal-kg", server, KidalServer.DATASET + "/sparql");
    }

    /** A stock Fuseki: {@code FusekiServer.create().add("/ds", data, false)}, no update, defaults otherwise. */
    static Endpoint stock(DatasetGraph data) {
        FusekiServer server = FusekiServer.create().port(0).add("/ds", data, false).build().start();
        return new Endpoint("stock Fuseki", server, "/ds/sparql");
    }

    /** The endpoint's absolute URL. */
    String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + path;
    }

    /** The server's address with {@code path} (which starts with a slash). */
    String at(String path) {
        return "http://127.0.0.1:" + server.getHttpPort() + path;
    }

    /** Sends {@code request}; an I/O failure is a response of status 0 with the error as its body. */
    static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Response(0, "", e.toString().getBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to this endpoint's URL (plus {@code query}, which may be empty). */
    HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create(url() + query)).timeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** What came back. */
    record Response(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The body's first line, for a failure report. */
        String firstLine() {
            String t = text().strip();
            int nl = t.indexOf('\n');
            return (nl < 0 ? t : t.substring(0, nl)).strip();
        }
    }
}

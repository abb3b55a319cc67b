package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * Slow and greedy clients on loopback do not take the server: while POST bodies trickle in a byte a second,
 * clients hold results they never read, and VoID is asked for sixteen times at once, {@code /$/ping} still
 * answers (a bounded wait, not a speed assertion), and the server answers queries again afterwards.
 */
class SlowClientTest {
    private static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";

    @Test
    void pingAnswersWhileSlowClientsHoldConnections() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(3));
        List<Socket> sockets = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries())) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            for (int i = 0; i < 24; i++) {
                sockets.add(trickle(port, pool));
            }
            for (int i = 0; i < 24; i++) {
                sockets.add(neverRead(port));
            }
            List<CompletableFuture<Integer>> voids = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                voids.add(CompletableFuture.supplyAsync(() -> get(server, "/.well-known/void"), pool));
            }
            Thread.sleep(1_000); // let them all arrive
            List<Long> pings = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                int status = CompletableFuture.supplyAsync(() -> get(server, "/$/ping")).get(10, TimeUnit.SECONDS);
                pings.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(200, status);
                Thread.sleep(200);
            }
            for (CompletableFuture<Integer> v : voids) {
                int status = v.get(60, TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 503, "VoID answered " + status);
            }
            System.out.println("[slow] 24 trickling bodies, 24 unread results, 16 VoID at once: ping " + pings + " ms");
            sockets.forEach(SlowClientTest::close);
            sockets.clear();
            int after = CompletableFuture.supplyAsync(() -> get(server, "/kidal/sparql?query="
                    + RunningServer.encode("ASK { ?s ?p ?o }"))).get(30, TimeUnit.SECONDS);
            assertEquals(200, after, "the server did not answer a query after the slow clients left");
        } finally {
            sockets.forEach(SlowClientTest::close);
            pool.shutdownNow();
        }
    }

    /**
     * The status of a GET on a fresh HTTP/1.1 connection: the JDK client's default (HTTP/2 first) makes a
     * request wait for others to the same server, which would measure the client, not the server.
     */
    private static int get(RunningServer server, String path) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(path + ": " + e, e);
        }
    }

    /** A POST whose body arrives a byte a second. */
    private static Socket trickle(int port, ExecutorService pool) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /kidal/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        pool.submit(() -> {
            try {
                for (int i = 0; i < 60 && !socket.isClosed(); i++) {
                    out.write('A');
                    out.flush();
                    Thread.sleep(1_000);
                }
            } catch (Exception closed) {
                // the server cut it, or the test closed it
            }
        });
        return socket;
    }

    /** A GET of millions of rows whose answer is never read. */
    private static Socket neverRead(int port) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setReceiveBufferSize(4096);
        socket.getOutputStream().write(("GET /kidal/sparql?query=" + RunningServer.encode(CROSS) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}

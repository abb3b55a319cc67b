package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * {@code /$/ping} answers while every slot of the server is held: 8 results never read (127.0.0.1), 8 runaway
 * queries keeping both cores busy (127.0.0.2, sent again as each is cut), 32 more requests queued behind them
 * (127.0.0.3) and 24 request bodies trickling in. A fresh connection pings every 50 ms from 127.0.0.4; each must
 * answer 200 within 2 s (a bound against a hang, not a speed assertion: the figures are printed for
 * docs/reliability.md).
 */
class PingUnderLoadTest {
    private static final String ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final int BOUND_MILLIS = 2_000;

    @Test
    void pingAnswersWhileAllSlotsAreHeld() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(3));
        List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(40);
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries())) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            String idle = ping(port);
            assertTrue(idle.matches("(?s)HTTP/1.1 200 .*\r\n\r\n\\d{4}-\\d\\d-\\d\\dT[^\n]*\n"), idle);
            assertTrue(idle.contains("X-Content-Type-Options: nosniff") && idle.contains("no-store"), idle);
            for (int i = 0; i < 8; i++) {
                sockets.add(open(port, "127.0.0.1", get(ROWS)));
                load.submit(() -> runaways(port, sockets));
            }
            for (int i = 0; i < 24; i++) {
                trickle(port, sockets, load);
            }
            Thread.sleep(1_000); // the sixteen slots taken
            for (int i = 0; i < 32; i++) {
                sockets.add(open(port, "127.0.0.3", get("ASK { ?s ?p ?o } # " + i)));
            }
            List<Long> pings = new ArrayList<>();
            for (long end = System.nanoTime() + 8_000_000_000L; System.nanoTime() < end; ) {
                long start = System.nanoTime();
                String answer = ping(port);
                pings.add((System.nanoTime() - start) / 1_000_000);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                Thread.sleep(50);
            }
            List<Long> sorted = new ArrayList<>(pings);
            Collections.sort(sorted);
            System.out.println("[ping] all slots held, " + pings.size() + " pings: median " + sorted.get(sorted.size() / 2)
                    + " ms, p99 " + sorted.get(sorted.size() * 99 / 100) + " ms, max " + sorted.get(sorted.size() - 1) + " ms");
        } finally {
            load.shutdownNow();
            load.awaitTermination(10, TimeUnit.SECONDS);
            synchronized (sockets) {
                sockets.forEach(PingUnderLoadTest::close);
            }
        }
    }

    /** Runaway queries from 127.0.0.2, one after another (each is cut by the 3 s timeout), until the test ends. */
    private static void runaways(int port, List<Socket> sockets) {
        while (!Thread.currentThread().isInterrupted()) {
            try (Socket socket = open(port, "127.0.0.2", get(RUNAWAY + " # " + System.nanoTime()))) {
                sockets.add(socket);
                socket.setSoTimeout(30_000);
                socket.getInputStream().readAllBytes();
            } catch (Exception stopped) {
                return;
            }
        }
    }

    private static String get(String query) {
        return "GET /kidal/sparql?query=" + RunningServer.encode(query) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/csv\r\nConnection: close\r\n\r\n";
    }

    /** A connection from {@code local} that sent {@code request} and reads nothing back (a small receive buffer). */
    private static Socket open(int port, String local, String request) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** A POST whose body arrives a byte every 500 ms. */
    private static void trickle(int port, List<Socket> sockets, ExecutorService load) throws Exception {
        Socket socket = open(port, "127.0.0.5", "POST /kidal/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n");
        sockets.add(socket);
        load.submit(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                while (!socket.isClosed()) {
                    out.write('A');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (Exception closed) {
                // the server cut it, or the test closed it
            }
        });
    }

    /** The answer to a GET of {@code /$/ping} on a fresh connection from 127.0.0.4, read within the bound. */
    private static String ping(int port) throws Exception {
        try (Socket socket = open(port, "127.0.0.4", "GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
            socket.setSoTimeout(BOUND_MILLIS);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}

package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RunningServer;

/**
 * The cap on concurrent requests per client address: eight clients on 127.0.0.1 that never read their results hold
 * that address's eight slots; 32 more requests from it wait and the next one is refused at once, each with a 503
 * naming the limit (the 32 after their 5 s), while 127.0.0.2 (another address on loopback) and {@code /$/ping} are
 * still answered; and the write timeout frees the slots well before the connector's 30 s idle timeout and the query
 * timeout (60 s here), with the unread sockets still open. Raw sockets throughout, so the local address is ours to
 * choose. Every wait is bounded.
 */
class ClientAddressLimitTest {
    private static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
    private static final String ASK = "ASK { ?s ?p ?o }";

    @Test
    void oneAddressBeyondItsCapGets503WhileAnotherIsServed() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(60));
        List<Socket> unread = new ArrayList<>();
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries())) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) {
                unread.add(neverRead(port));
            }
            Thread.sleep(1_500); // let the eight start writing
            List<Socket> waiting = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                waiting.add(send(port, "/kidal/sparql?query=" + RunningServer.encode(ASK)));
            }
            Thread.sleep(500); // let the 32 join the queue
            String full = answer(port, "127.0.0.1", "/kidal/sparql?query=" + RunningServer.encode(ASK), 4_000);
            assertTrue(full.startsWith("HTTP/1.1 503"), full);
            assertTrue(full.contains("8 requests from your address were running and 32 more were waiting"), full);
            assertTrue(full.toLowerCase().contains("retry-after: 5"), full);
            String other = answer(port, "127.0.0.2", "/kidal/sparql?query=" + RunningServer.encode(ASK), 20_000);
            assertTrue(other.startsWith("HTTP/1.1 200"), other);
            assertTrue(answer(port, "127.0.0.1", "/$/ping", 10_000).startsWith("HTTP/1.1 200"));
            for (Socket queued : waiting) {
                queued.setSoTimeout(20_000);
                String text = new String(queued.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("HTTP/1.1 503") && text.contains("8 requests from your address were running"
                        + " and this one waited 5 s"), text);
                queued.close();
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            String again = "";
            long freedAt = 0;
            for (long deadline = System.nanoTime() + 25_000_000_000L; System.nanoTime() < deadline; ) {
                again = answer(port, "127.0.0.1", "/kidal/sparql?query=" + RunningServer.encode(ASK), 20_000);
                if (again.startsWith("HTTP/1.1 200")) {
                    freedAt = (System.nanoTime() - start) / 1_000_000;
                    break;
                }
            }
            assertTrue(again.startsWith("HTTP/1.1 200"), "127.0.0.1 still refused after 25 s: " + again);
            assertTrue(unread.stream().noneMatch(Socket::isClosed));
            System.out.println("[per-address] the 32 waiting refused " + waited + " ms after the first unread request;"
                    + " 127.0.0.1 answered again after " + freedAt + " ms");
        } finally {
            unread.forEach(ClientAddressLimitTest::close);
        }
    }

    /** A GET of millions of rows whose answer is never read, from 127.0.0.1. */
    private static Socket neverRead(int port) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(("GET /kidal/sparql?query=" + RunningServer.encode(CROSS) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** A GET sent from 127.0.0.1 on its own connection, closed after the answer. */
    private static Socket send(int port, String path) throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The whole answer to one GET sent from {@code local} (the connection closed after it), read in a bounded time. */
    private static String answer(int port, String local, String path, int timeoutMillis) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

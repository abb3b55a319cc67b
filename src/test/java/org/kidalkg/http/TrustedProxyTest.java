package org.kidalkg.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kidalkg.http.guard.ServerLimits;
import org.kidalkg.http.guard.TrustedProxies;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.testing.RawHttp;
import org.kidalkg.testing.RunningServer;

/**
 * Whose address the per-address cap counts: the connection's, unless it comes from a proxy the operator trusts,
 * whose {@code X-Forwarded-For} / {@code Forwarded: for=} then names the client. One request per address at once,
 * no queue: 127.0.0.2 holds its slot with a result it never reads, so a request counted as 127.0.0.2's gets 503
 * and one counted as anyone else's is answered.
 */
class TrustedProxyTest {
    private static final ServerLimits ONE_EACH = new ServerLimits(16, 0, Duration.ofSeconds(1), 1, 0,
            Duration.ofSeconds(1), Duration.ofSeconds(30), ServerLimits.MAX_BODY, ServerLimits.MAX_STRING,
            ServerLimits.MAX_TRIPLES);
    private static final String CROSS = "/kidal/sparql?query=" + RunningServer.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }");
    private static final String ASK = "/kidal/sparql?query=" + RunningServer.encode("ASK {}");

    @Test
    void byDefaultTheForwardedHeadersNameNoClient() throws Exception {
        try (RunningServer server = start(List.of()); Socket held = hold(server)) {
            int port = RawHttp.port(server);
            assertBusy(RawHttp.answer(port, "127.0.0.2", ASK, "X-Forwarded-For: 198.51.100.9\r\n"));
            assertBusy(RawHttp.answer(port, "127.0.0.2", ASK, "Forwarded: for=198.51.100.9\r\n"));
            assertAnswered(RawHttp.answer(port, "127.0.0.1", ASK, "X-Forwarded-For: 127.0.0.2\r\n"));
        }
    }

    @Test
    void aTrustedProxysHeadersNameTheClientAndNoOneElsesDo() throws Exception {
        try (RunningServer server = start(List.of("127.0.0.1")); Socket held = hold(server)) {
            int port = RawHttp.port(server);
            assertBusy(RawHttp.answer(port, "127.0.0.1", ASK, "X-Forwarded-For: 127.0.0.2\r\n"));
            assertBusy(RawHttp.answer(port, "127.0.0.1", ASK, "Forwarded: for=127.0.0.2\r\n"));
            assertAnswered(RawHttp.answer(port, "127.0.0.1", ASK, "X-Forwarded-For: 198.51.100.9\r\n"));
            assertBusy(RawHttp.answer(port, "127.0.0.2", ASK, "X-Forwarded-For: 198.51.100.9\r\n"));
        }
    }

    /** Where the machine has an address besides loopback: a client there cannot pass for 127.0.0.1 to read metrics. */
    @Test
    void aClaimedLoopbackAddressDoesNotOpenTheMetrics() throws Exception {
        String address = NetworkInterface.networkInterfaces().filter(TrustedProxyTest::up)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .map(InetAddress::getHostAddress).findFirst().orElse(null);
        assumeTrue(address != null, "no address but loopback on this machine");
        ServerConfig config = ServerConfig.defaults().withPort(0).withHost("0.0.0.0");
        try (RunningServer server = RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries())) {
            int port = RawHttp.port(server);
            assertTrue(RawHttp.answer("127.0.0.1", port, "127.0.0.1", "/$/metrics", "").startsWith("HTTP/1.1 200"));
            for (String claim : List.of("X-Forwarded-For: 127.0.0.1\r\n", "Forwarded: for=127.0.0.1\r\n")) {
                String answer = RawHttp.answer(address, port, address, "/$/metrics", claim);
                assertTrue(answer.startsWith("HTTP/1.1 403"), claim + answer);
            }
        }
    }

    private static boolean up(NetworkInterface face) {
        try {
            return face.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void aProxyThatIsNoAddressIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrustedProxies(List.of("10.0.0.0/8", "proxy.example")));
        assertTrue(e.getMessage().contains("'proxy.example'"), e.getMessage());
    }

    private static RunningServer start(List<String> proxies) {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)).withLimits(ONE_EACH)
                .withTrustedProxies(proxies);
        return RunningServer.start(config, BuiltInGraph.store(), BuiltInGraph.queries());
    }

    /** 127.0.0.2's one slot, held by a result it does not read; returned once it is being written. */
    private static Socket hold(RunningServer server) throws Exception {
        Socket socket = RawHttp.unread(RawHttp.port(server), "127.0.0.2", CROSS);
        Thread.sleep(500);
        return socket;
    }

    private static void assertBusy(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("from your address"), answer);
    }

    private static void assertAnswered(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }
}

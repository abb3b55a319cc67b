package org.kidalkg.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a raw socket from a chosen loopback address (127.0.0.2 is another client than 127.0.0.1), with
 * headers of the test's choosing: what the JDK client cannot send (a forged {@code X-Forwarded-For} from a chosen
 * address) or do (never read an answer).
 */
public final class RawHttp {
    private RawHttp() {}

    /** The port of a server's base URL. */
    public static int port(RunningServer server) {
        return Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
    }

    /** A GET of {@code path} from {@code local} whose answer is never read (a small receive buffer): it holds a slot. */
    public static Socket unread(int port, String local, String path) throws Exception {
        Socket socket = connect(port, local);
        send(socket, path, "Accept: text/csv\r\n");
        return socket;
    }

    /** The whole answer to a GET of {@code path} sent from {@code local} with {@code headers} (each ending CRLF). */
    public static String answer(int port, String local, String path, String headers) throws Exception {
        return answer("127.0.0.1", port, local, path, headers);
    }

    /** As {@link #answer(int, String, String, String)}, to the server listening on {@code host}. */
    public static String answer(String host, int port, String local, String path, String headers) throws Exception {
        try (Socket socket = connect(host, port, local)) {
            socket.setSoTimeout(20_000);
            send(socket, path, headers + "Connection: close\r\n");
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Socket connect(int port, String local) throws Exception {
        return connect("127.0.0.1", port, local);
    }

    private static Socket connect(String host, int port, String local) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting, so that the window stays small
        socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
        socket.connect(new InetSocketAddress(host, port), 5_000);
        return socket;
    }

    private static void send(Socket socket, String path, String headers) throws Exception {
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }
}

package org.kidalkg.http.guard;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Reads the proxy headers ({@code Forwarded}, {@code X-Forwarded-*}) with Jetty's {@link ForwardedRequestCustomizer},
 * but takes the client's address from them ({@code for=}, {@code X-Forwarded-For}) only when the connection comes
 * from a proxy the operator named ({@code serve --trust-proxy}). From anyone else the header is a claim the client
 * makes about itself: each made-up address would get its own share of the per-address cap, and a made-up
 * 127.0.0.1 would pass the loopback check of {@code /$/metrics}. The scheme and host the headers give are read
 * from any connection as before: they only shape the absolute URLs written back to that client.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {
    /** Written addresses only (IPv4 or IPv6, a range, a CIDR block): a host name would be looked up, and could change. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+(/[0-9]+|-[0-9.]+)?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(/[0-9]+)?");
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
    private final InetAddressSet trusted = new InetAddressSet();

    /**
     * @param proxies the proxies' addresses: literal addresses, ranges ({@code 10.0.0.1-10.0.0.9}) or CIDR blocks
     *                ({@code 10.0.0.0/8}), as Jetty's {@link InetAddressSet} reads them; none trusts no one
     * @throws IllegalArgumentException naming an address that is none of these
     */
    public TrustedProxies(List<String> proxies) {
        for (String proxy : proxies) {
            try {
                if (!LITERAL.matcher(proxy.strip()).matches()) {
                    throw new IllegalArgumentException(proxy);
                }
                trusted.add(proxy.strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + proxy + "' is not an address, range or CIDR block", e);
            }
        }
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        Request customized = forwarded.customize(request, responseHeaders);
        if (customized == request || (peer instanceof InetSocketAddress socket && trusted.test(socket.getAddress()))) {
            return customized;
        }
        ConnectionMetaData meta = new ConnectionMetaData.Wrapper(customized.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return peer;
            }
        };
        return new Request.Wrapper(customized) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return meta;
            }
        };
    }
}

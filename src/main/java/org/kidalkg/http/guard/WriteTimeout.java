package org.kidalkg.http.guard;

import java.time.Duration;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A shorter idle timeout on a connection while its request is handled, so a response the client stops reading fails
 * (and frees its slot) after that long without progress, not after the connector's idle timeout. The connection's
 * own timeout (Fuseki's 30 s, for keep-alive) is put back when the response completes. Jetty 12.1 has no write
 * timeout of its own for HTTP/1: its {@code IdleTimeoutHandler} is deprecated and does nothing, and
 * {@code HttpConfiguration.setMinResponseDataRate} is not read. Request bodies were already read by then
 * ({@code EagerContentHandler}), and a query computing without writing is not idle I/O: Jetty fails only a pending
 * read or write on an idle timeout.
 */
final class WriteTimeout extends Handler.Wrapper {
    private final long millis;

    WriteTimeout(Handler inner, Duration timeout) {
        super(inner);
        this.millis = timeout.toMillis();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        long before = endPoint.getIdleTimeout();
        if (before > 0 && before <= millis) {
            return super.handle(request, response, callback);
        }
        endPoint.setIdleTimeout(millis);
        Runnable restore = () -> endPoint.setIdleTimeout(before);
        boolean handled;
        try {
            handled = super.handle(request, response, Callback.from(callback, restore));
        } catch (Throwable failure) {
            restore.run();
            throw failure;
        }
        if (!handled) {
            restore.run();
        }
        return handled;
    }
}

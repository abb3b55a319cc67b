package org.kidalkg.http.guard;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.apache.jena.atlas.logging.FmtLog;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;

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

    /** Whether {@code failure} (a write of the response) failed because the connection's idle timeout expired. */
    static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs the cut of {@code action}'s response as what it is, and returns what to throw so that Fuseki logs no
     * more: its own line was "Runtime IO Exception (client left?) RC = 500" then "500 Server Error", though the client
     * got no 500 (it had the status line and some rows, then a closed connection). Fuseki then logs the status the
     * client got (200) as the request's last line.
     */
    static ActionErrorException logCut(HttpAction action, Duration timeout) {
        long millis = timeout.toMillis();
        String limit = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        FmtLog.warn(action.log, "[%d] cut by the write timeout: the client read nothing more of its results for %s "
                + "(serve --write-timeout); its connection is closed", action.id, limit);
        return new ActionErrorException(action.getResponse().getStatus(), null, null);
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

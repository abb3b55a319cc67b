package org.kidalkg.http.guard;

import java.util.List;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a query cut by the timeout while its rows are being written ends as: a 503 if nothing has reached the
 * client yet, else a broken connection. Fuseki 5.6 catches the cut inside its writer and appends a
 * {@code ## Query cancelled} trailer to a 200 (invalid JSON, fake CSV rows, a well-formed partial answer in
 * some formats); the rows are therefore wrapped so that the cut passes Fuseki's writer as another exception,
 * and {@link #end} answers it.
 */
final class CutResults {
    private CutResults() {}

    /** The query was cut while its rows were being written. */
    static final class Cut extends RuntimeException {
        Cut(QueryCancelledException cause) {
            super("query cut by the timeout while its results were being written", cause);
        }
    }

    /** {@code rows}, with a cut surfacing as {@link Cut} instead of the exception Fuseki's writer swallows. */
    static RowSet wrap(RowSet rows) {
        return new RowSet() {
            @Override public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (QueryCancelledException e) {
                    throw new Cut(e);
                }
            }

            @Override public Binding next() {
                try {
                    return rows.next();
                } catch (QueryCancelledException e) {
                    throw new Cut(e);
                }
            }

            @Override public List<Var> getResultVars() { return rows.getResultVars(); }
            @Override public long getRowNumber() { return rows.getRowNumber(); }
            @Override public void close() { rows.close(); }
        };
    }

    /**
     * Ends a response whose query failed while its results were written (cut by the timeout, or refused by a
     * limit): uncommitted, its buffered rows are dropped and the failure returned for Fuseki to answer (503,
     * 400); committed, the connection is aborted, so the client sees a truncated response (no final chunk) and
     * cannot mistake the rows it got for the whole answer.
     */
    static RuntimeException end(RuntimeException failed, HttpServletRequest request, HttpServletResponse response) {
        RuntimeException cancelled = failed instanceof Cut cut ? (QueryCancelledException) cut.getCause() : failed;
        if (!response.isCommitted()) {
            response.resetBuffer();
            return cancelled;
        }
        // Aborting the exchange alone lets Fuseki's error message still complete the response; closing the
        // connection is what no client can take for the end of the results.
        ServletChannel channel = ServletContextRequest.getServletContextRequest(request).getServletChannel();
        channel.abort(cancelled);
        channel.getEndPoint().close(cancelled);
        return cancelled;
    }
}

package org.kidalkg.http.guard;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Fuseki's SPARQL query operation with {@link QueryLimits} applied: the text is checked before Fuseki parses it
 * (length, digits), the query Fuseki has parsed before it runs (depth). Nothing is parsed or decoded twice:
 * Fuseki reads the request (GET, form or {@code application/sparql-query} body) as it always does. A refusal
 * is Fuseki's own 400 for a bad query, its message starting {@code query too complex:}.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    @Override
    public void validate(HttpAction action) {
        withinBodyLimit(action, () -> super.validate(action));
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        withinBodyLimit(action, () -> super.executeWithParameter(action));
    }

    @Override
    protected void executeBody(HttpAction action) {
        withinBodyLimit(action, () -> super.executeBody(action));
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        refuseIf(QueryLimits.beforeParsing(queryString));
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError deep) {
            // ARQ's parser recurses once per nesting level too.
            refuseIf(QueryLimits.TOO_DEEP);
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        refuseIf(QueryLimits.afterParsing(query));
    }

    /**
     * Runs {@code reading} (which reads the request's body or form), answering a body Jetty's size limit cut
     * (a streamed body, whose size was not declared) with its 413, where Fuseki would see an I/O error (500).
     */
    private static void withinBodyLimit(HttpAction action, Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof HttpException refused && refused.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                    // The rest of the body is never read, so the connection cannot carry another request: say so,
                    // or a client that pools connections sends its next request down a socket about to close.
                    action.setResponseHeader("Connection", "close");
                    ServletOps.error(refused.getCode(), "request body too large: this server accepts request bodies up to "
                            + GuardModule.MAX_BODY + " bytes");
                }
            }
            throw e;
        }
    }

    private static void refuseIf(String problem) {
        if (problem != null) {
            ServletOps.errorBadRequest("query too complex: " + problem);
        }
    }
}

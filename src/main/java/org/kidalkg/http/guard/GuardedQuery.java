package org.kidalkg.http.guard;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Fuseki's SPARQL query operation with {@link QueryLimits} applied: the text is checked before Fuseki parses it
 * (length, digits, EXISTS nesting), and a query nested past the stack is refused when it overflows. Nothing is
 * parsed or decoded twice: Fuseki reads the request (GET, form or {@code application/sparql-query} body) as it always does. A refusal
 * is Fuseki's own 400 for a bad query, its message starting {@code query too complex:}. Fuseki's request-level
 * overrides ({@link #REFUSED}) are refused with 400, a query the server's memory budget cuts answers 503 naming it
 * ({@link HeapBudget}), and a query cut while its rows are written never ends as a well-formed partial answer
 * ({@link CutResults}).
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /**
     * Parameters Fuseki reads that a public endpoint must not honour, with why: {@code timeout} lets a client
     * lift the server's time limit ({@code timeout=100000,1} held both cores for minutes), {@code stylesheet}
     * is written into the XML results' prolog (script in our origin), {@code callback} is JSONP (any site
     * reads the results with the visitor's cookies).
     */
    static final Map<String, String> REFUSED = Map.of(
            "timeout", "the query timeout is the server's (--timeout) and cannot be changed by a request",
            "stylesheet", "this endpoint does not attach XSLT stylesheets to its results",
            "callback", "this endpoint does not answer JSONP; read the results with CORS instead");

    private final ServerLimits limits;

    GuardedQuery(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public void validate(HttpAction action) {
        for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
            if (action.getRequest().getParameter(refused.getKey()) != null) {
                ServletOps.errorBadRequest("parameter '" + refused.getKey() + "' is not accepted: " + refused.getValue());
            }
        }
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
        refuseIf(QueryLimits.beforeParsing(queryString, limits.maxBody()));
        try {
            BoundedStrings.within(timeoutMillis(action), limits.maxString(), () -> QueryTimeout.within(
                    () -> HeapBudget.within(() -> super.execute(queryString, action))));
        } catch (StackOverflowError deep) {
            // Parser, algebra, optimiser and evaluation recurse once per nesting level.
            refuseIf(QueryLimits.TOO_DEEP);
        }
    }

    /** The server's overall query timeout, as Fuseki reads it from the dataset's context ("T,T"); 0 for none. */
    private static long timeoutMillis(HttpAction action) {
        String setting = action.getContext().getAsString(ARQ.queryTimeout);
        Pair<Long, Long> timeouts = setting == null ? null : Timeouts.parseTimeoutStr(setting, TimeUnit.MILLISECONDS);
        return timeouts == null ? 0 : Math.max(0, timeouts.getRight());
    }

    /**
     * The query Fuseki runs, built as Fuseki builds it (its dataset, query and the request's context) but timed by
     * {@link QueryTimeout} instead of Jena's timeout, whose callback one slow plan held up for every query; it has
     * REGEX, REPLACE, CONCAT and GROUP_CONCAT bounded ({@link BoundedStrings}), and is watched by the memory budget
     * ({@link HeapBudget}).
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context untimed = action.getContext().copy();
        untimed.remove(ARQ.queryTimeout);
        QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(BoundedStrings.apply(query)).context(untimed).build();
        QueryTimeout.arm(exec, timeoutMillis(action));
        HeapBudget.watch(exec);
        return exec;
    }

    /** As Fuseki's, with CONSTRUCT and DESCRIBE built in bounded graphs ({@link TripleBudget}). */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isConstructType()) {
            return new QueryExecResult(exec.constructDataset(TripleBudget.dataset("CONSTRUCT", limits.maxTriples())));
        }
        if (query.isDescribeType()) {
            return new QueryExecResult(exec.describe(TripleBudget.graph("DESCRIBE", limits.maxTriples())));
        }
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        return result.isRowSet() ? new QueryExecResult(CutResults.wrap(result.rowSet())) : result;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } catch (RuntimeException failed) {
            RuntimeException ended = CutResults.end(failed, action.getRequest(), action.getResponse());
            if (WriteTimeout.expired(failed)) {
                throw WriteTimeout.logCut(action, limits.writeTimeout());
            }
            throw ended;
        }
    }

    /**
     * Runs {@code reading} (which reads the request's body or form), answering a body Jetty's size limit cut
     * (a streamed body, whose size was not declared) with its 413, where Fuseki would see an I/O error (500).
     */
    private void withinBodyLimit(HttpAction action, Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof HttpException refused && refused.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                    // The rest of the body is never read, so the connection cannot carry another request: say so,
                    // or a client that pools connections sends its next request down a socket about to close.
                    action.setResponseHeader("Connection", "close");
                    ServletOps.error(refused.getCode(), "request body too large: this server accepts request bodies up to "
                            + limits.maxBody() + " bytes");
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

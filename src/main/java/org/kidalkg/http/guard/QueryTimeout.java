package org.kidalkg.http.guard;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoint's query timeout, in place of Jena's. Jena fires every query's timeout from one thread
 * ({@code AlarmClock}, "alarm-clock"), and its callback takes the execution's lock, which the query holds while
 * Jena builds its plan; a plan that takes long to build (a MINUS whose right side has no row: Jena reads all of it
 * while building the plan) held that one thread, and no query in the server was cut any more. This timeout only
 * sets the query's cancel signal, the flag Jena's callback sets and its iterators read, which never waits: one
 * slow plan cannot delay another query's timeout, and the slow query itself is cut as soon as it reads a row.
 */
final class QueryTimeout {
    private static final ScheduledThreadPoolExecutor CLOCK = clock();
    private static final ThreadLocal<ScheduledFuture<?>> ARMED = new ThreadLocal<>();

    private QueryTimeout() {}

    private static ScheduledThreadPoolExecutor clock() {
        ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "kidal-kg query timeout");
            thread.setDaemon(true);
            return thread;
        });
        // A query that ends in time takes its alarm out of the queue, rather than leaving it there until it is due.
        clock.setRemoveOnCancelPolicy(true);
        return clock;
    }

    /**
     * Cancels {@code exec} {@code millis} from now (never if {@code millis} is 0), unless the query has ended by
     * then: call on the thread that runs it, inside {@link #within}.
     */
    static void arm(QueryExec exec, long millis) {
        if (millis > 0) {
            ARMED.set(CLOCK.schedule(() -> cancel(exec), millis, TimeUnit.MILLISECONDS));
        }
    }

    /** Runs {@code query}, whose timeout is {@link #arm armed} in it and disarmed when it ends, however it ends. */
    static void within(Runnable query) {
        try {
            query.run();
        } finally {
            ScheduledFuture<?> armed = ARMED.get();
            ARMED.remove();
            if (armed != null) {
                armed.cancel(false);
            }
        }
    }

    /**
     * Cancels {@code exec} as Jena's timeout does, through its cancel signal, without {@link QueryExec#abort},
     * which waits for the execution's lock as long as the query's plan is being built.
     */
    static void cancel(QueryExec exec) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        if (signal != null) {
            signal.set(true);
        }
    }
}

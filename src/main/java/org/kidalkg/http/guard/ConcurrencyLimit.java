package org.kidalkg.http.guard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * At most so many requests of one key (a client address, or one key for all) at once, a bounded queue that waits a
 * bounded time, and a plain-text 503 with {@code Retry-After} naming the limit beyond it. Jetty's {@code QoSHandler}
 * has one queue for the whole server and answers a full queue with an empty 503 (its {@code notAvailable} is
 * private); its {@code ThreadLimitHandler} keys by address but waits without a time limit, so a client that never
 * reads held everyone from its address for minutes. A waiting request holds no thread: it is resumed on Jetty's
 * pool when a slot frees, or answered 503 by Jetty's scheduler when its wait is over.
 */
final class ConcurrencyLimit extends Handler.Wrapper {
    private final Function<Request, String> keyOf;
    private final int running;
    private final int queued;
    private final Duration wait;
    private final String who;
    private final Map<String, Slots> slots = new HashMap<>();

    /**
     * @param keyOf   which requests share the limit
     * @param running how many of one key run at once
     * @param queued  how many more of one key may wait
     * @param wait    how long one may wait
     * @param who     whose requests, for the 503's text ("from your address", "in all")
     */
    ConcurrencyLimit(Handler inner, Function<Request, String> keyOf, int running, int queued, Duration wait, String who) {
        super(inner);
        this.keyOf = keyOf;
        this.running = running;
        this.queued = queued;
        this.wait = wait;
        this.who = who;
    }

    /** The requests of one key that run and wait; removed from the map when it holds none. */
    private static final class Slots {
        int busy;
        final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    }

    private record Waiting(String key, Request request, Response response, Callback callback) {}

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String key = keyOf.apply(request);
        Waiting entry = new Waiting(key, request, response, callback);
        boolean run;
        synchronized (slots) {
            Slots mine = slots.computeIfAbsent(key, k -> new Slots());
            run = mine.busy < running;
            if (run) {
                mine.busy++;
            } else if (mine.waiting.size() < queued) {
                mine.waiting.add(entry);
            } else {
                busy(request, response, callback, "and " + queued + " more were waiting");
                return true;
            }
        }
        if (run) {
            return dispatch(entry);
        }
        request.getComponents().getScheduler().schedule(() -> expire(entry), wait.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    /** Runs a request that holds a slot; the slot is freed once, when its response completes or it is not handled. */
    private boolean dispatch(Waiting entry) throws Exception {
        AtomicBoolean freed = new AtomicBoolean();
        Runnable free = () -> {
            if (freed.compareAndSet(false, true)) {
                release(entry.key());
            }
        };
        try {
            boolean handled = super.handle(entry.request(), entry.response(), Callback.from(free, entry.callback()));
            if (!handled) {
                free.run();
            }
            return handled;
        } catch (Throwable failure) {
            free.run();
            throw failure;
        }
    }

    private void release(String key) {
        Waiting next;
        synchronized (slots) {
            Slots mine = slots.get(key);
            next = mine.waiting.poll();
            if (next == null && --mine.busy == 0) {
                slots.remove(key);
            }
        }
        if (next != null) {
            Waiting resumed = next;
            resumed.request().getContext().execute(() -> resume(resumed));
        }
    }

    private void resume(Waiting entry) {
        try {
            if (!dispatch(entry)) {
                Response.writeError(entry.request(), entry.response(), entry.callback(), HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(entry.request(), entry.response(), entry.callback(), failure);
        }
    }

    /** The wait is over: a request still in the queue is answered 503 (one already resumed is not there). */
    private void expire(Waiting entry) {
        synchronized (slots) {
            Slots mine = slots.get(entry.key());
            if (mine == null || !mine.waiting.remove(entry)) {
                return;
            }
        }
        busy(entry.request(), entry.response(), entry.callback(), "and this one waited " + wait.toSeconds() + " s");
    }

    private void busy(Request request, Response response, Callback callback, String why) {
        String text = "the server is busy: " + running + " requests " + who + " were running " + why
                + "; try again later\n";
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
        Content.Sink.write(response, true, text, callback);
    }
}

package org.kidalkg.http.guard;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What keeps slow or greedy clients from taking the server. Fuseki's Jetty had 20 threads and read request bodies
 * on them: 16 POST bodies sent a byte every 5 s, or 20 clients that never read their results, stopped every answer,
 * {@code /$/ping} included. In front of Fuseki now, in order:
 * <ul>
 *   <li>request bodies are read before a thread is given to the request ({@link EagerContentHandler}), so a
 *       slow body holds a connection, not a thread; and a body arriving under {@value #MIN_REQUEST_RATE} bytes/s
 *       is cut;</li>
 *   <li>at most {@value #PER_ADDRESS} requests at once from one client address; up to {@value #PER_ADDRESS_QUEUED}
 *       more wait at most {@value #PER_ADDRESS_SECONDS} s, then get 503 naming the limit
 *       ({@link ConcurrencyLimit});</li>
 *   <li>at most {@value #CONCURRENT} requests at once in all; up to {@value #QUEUED} more wait at most
 *       {@value #QUEUE_SECONDS} s, then get 503 naming the limit;</li>
 *   <li>a response that makes no progress for {@value #WRITE_SECONDS} s (a client that does not read it) fails,
 *       freeing its slot ({@link WriteTimeout}), well before the connector's 30 s idle timeout;</li>
 *   <li>the pool has threads to spare ({@value #THREADS}), so {@code /$/ping}, answered before all this
 *       ({@link Ping}), never waits for one.</li>
 * </ul>
 */
final class ClientLimits {
    static final int THREADS = 64;
    static final int CONCURRENT = 16;
    static final int QUEUED = 256;
    static final int QUEUE_SECONDS = 10;
    /** Half the server's slots: one address (a proxy, a script) cannot take them all; the load tests use 8. */
    static final int PER_ADDRESS = 8;
    static final int PER_ADDRESS_QUEUED = 32;
    static final int PER_ADDRESS_SECONDS = 5;
    static final int WRITE_SECONDS = 10;
    static final int MIN_REQUEST_RATE = 1024;

    private ClientLimits() {}

    /** Wraps {@code inner} in the limits; sets the thread pool and data rates of {@code jetty}. */
    static Handler around(Server jetty, Handler inner) {
        if (jetty.getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setMaxThreads(Math.max(pool.getMaxThreads(), THREADS));
        }
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(MIN_REQUEST_RATE);
            }
        }
        Handler written = new WriteTimeout(inner, Duration.ofSeconds(WRITE_SECONDS));
        Handler all = new ConcurrencyLimit(written, request -> "", CONCURRENT, QUEUED,
                Duration.ofSeconds(QUEUE_SECONDS), "in all");
        Handler perAddress = new ConcurrencyLimit(all, Request::getRemoteAddr, PER_ADDRESS, PER_ADDRESS_QUEUED,
                Duration.ofSeconds(PER_ADDRESS_SECONDS), "from your address");
        return new EagerContentHandler(perAddress,
                new EagerContentHandler.RetainedContentLoaderFactory(GuardModule.MAX_BODY, 0, false));
    }
}

package org.kidalkg.http.guard;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.http.HttpStatus;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The server's memory budget, the last resort behind the limits that bound a query's work by kind (strings,
 * GROUP_CONCAT, CONSTRUCT and DESCRIBE, the timeout). ORDER BY, GROUP BY, DISTINCT and the right side of a join hold
 * their rows in the heap, and so many rows arrive within the timeout that one such query over a cross product would
 * take any heap. The JVM tells us of every garbage collection (its own notification): when more than
 * {@value #PERCENT} % of the maximum heap is still in use after one, a full collection confirms it (a young
 * collection leaves garbage the old generation has not yet given back, which would cut queries that hold nothing);
 * if it is still over after that, the running query that has allocated the most since it began (at least
 * {@value #MIN_CUT_MIB} MiB, so that a small query is never taken for the cause) is cancelled as the timeout cancels
 * one ({@link QueryTimeout#cancel}, which never waits for a query's plan), and answers 503 naming the budget; the server goes on answering. While a query
 * cut is unwinding, another cut waits up to {@value #GRACE_MILLIS} ms. Past {@value #CRITICAL_PERCENT} % a reading cuts
 * at once, without confirmation or grace, and every query that allocated {@value #MIN_CUT_MIB} MiB or more: several
 * heavy queries fill the rest of the heap within the grace, or while they are cut one at a time. Under {@code -XX:+DisableExplicitGC} there is no
 * confirmation, and the first reading over the budget cuts.
 */
final class HeapBudget {
    /** The share of the maximum heap that may stay in use after a collection while queries run. */
    static final int PERCENT = 75;
    /** The least a query must have allocated to be cut: a query that allocated less cannot be what fills the heap. */
    static final int MIN_CUT_MIB = 16;
    /** How long a second cut waits for the query cut before it to end. */
    static final int GRACE_MILLIS = 500;
    /**
     * The share past which no confirmation and no grace is waited for: with several heavy queries at once, the
     * heap filled during the grace given to the first one cut (an OutOfMemoryError in one of six on 256 MiB).
     */
    static final int CRITICAL_PERCENT = 90;

    /** The cause the JVM gives a collection asked for by {@link System#gc}: the full one that confirms a reading. */
    private static final String CONFIRMING_CAUSE = "System.gc()";
    private static final boolean CAN_CONFIRM = !ManagementFactory.getRuntimeMXBean().getInputArguments()
            .contains("-XX:+DisableExplicitGC");
    private static final AtomicBoolean CONFIRMING = new AtomicBoolean();
    private static final int CONFIRM_PAUSE_MILLIS = 200;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final Map<Thread, Watched> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile long lastCut = System.nanoTime() - GRACE_MILLIS * 1_000_000L;

    private HeapBudget() {}

    /** A query running on {@code thread}; {@code cut} says why it was cancelled, if the budget cancelled it. */
    private static final class Watched {
        final Thread thread;
        final QueryExec exec;
        final long allocatedBefore;
        volatile String cut;

        Watched(Thread thread, QueryExec exec) {
            this.thread = thread;
            this.exec = exec;
            this.allocatedBefore = allocated(thread);
        }

        long allocatedSince() {
            return allocated(thread) - allocatedBefore;
        }
    }

    /** Listens to the JVM's garbage collections, once per JVM. */
    static void start() {
        if (!STARTED.compareAndSet(false, true) || !THREADS.isThreadAllocatedMemorySupported()) {
            return;
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(HeapBudget::afterCollection, notification -> notification.getType()
                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
            }
        }
    }

    /** Watches {@code exec}, the query the current thread is about to run (in {@link #within}). */
    static void watch(QueryExec exec) {
        RUNNING.put(Thread.currentThread(), new Watched(Thread.currentThread(), exec));
    }

    /**
     * Runs {@code query}, whose execution is {@link #watch watched}; answers it 503 naming the budget if the budget
     * cancelled it.
     */
    static void within(Runnable query) {
        try {
            query.run();
        } catch (RuntimeException failed) {
            // Whatever a query the budget cut fails with is the cut: a sort cut mid-way says "SortedDataBag is closed".
            Watched watched = RUNNING.get(Thread.currentThread());
            if (watched != null && watched.cut != null) {
                ServletOps.error(HttpStatus.SERVICE_UNAVAILABLE_503, watched.cut);
            }
            throw failed;
        } finally {
            RUNNING.remove(Thread.currentThread());
        }
    }

    private static void afterCollection(Notification notification, Object handback) {
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            used += HEAP_POOLS.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
        }
        long max = Runtime.getRuntime().maxMemory();
        if (used <= max / 100 * PERCENT || RUNNING.isEmpty()) {
            return;
        }
        boolean critical = used > max / 100 * CRITICAL_PERCENT;
        if (CONFIRMING_CAUSE.equals(info.getGcCause()) || !CAN_CONFIRM || critical) {
            cutHeaviest(used, max, critical);
        } else if (CONFIRMING.compareAndSet(false, true)) {
            // Not on the JVM's notification thread, which must go on to deliver the full collection's notice.
            Thread confirm = new Thread(() -> {
                try {
                    System.gc();
                    // At most a few confirmations a second, however often young collections come.
                    Thread.sleep(CONFIRM_PAUSE_MILLIS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } finally {
                    CONFIRMING.set(false);
                }
            }, "kidal-kg heap budget");
            confirm.setDaemon(true);
            confirm.start();
        }
    }

    /**
     * Cancels the query that allocated the most, unless one cut less than the grace time ago is still unwinding
     * (what it holds is still in use, and no second query should pay for it).
     */
    private static synchronized void cutHeaviest(long used, long max, boolean critical) {
        long now = System.nanoTime();
        boolean unwinding = RUNNING.values().stream().anyMatch(watched -> watched.cut != null);
        if (unwinding && !critical && now - lastCut < GRACE_MILLIS * 1_000_000L) {
            return;
        }
        List<Map.Entry<Watched, Long>> heavy = RUNNING.values().stream().filter(watched -> watched.cut == null)
                .map(watched -> Map.entry(watched, watched.allocatedSince()))
                .filter(entry -> entry.getValue() >= MIN_CUT_MIB * (1L << 20))
                .sorted(Comparator.comparingLong((Map.Entry<Watched, Long> entry) -> entry.getValue()).reversed())
                .toList();
        // Past the critical share every heavy query is cut: one at a time, the others fill the heap meanwhile.
        for (Map.Entry<Watched, Long> cut : critical ? heavy : heavy.subList(0, Math.min(1, heavy.size()))) {
            cut.getKey().cut = "query cut: the server's heap passed its memory budget (" + mib(used)
                    + " MiB of its " + mib(max) + " MiB in use after a garbage collection, over " + PERCENT
                    + " %) while this query ran, and it had allocated " + (cut == heavy.get(0) ? "the most" : "among the most")
                    + " (" + mib(cut.getValue())
                    + " MiB); narrow it, add a LIMIT or try again later";
            lastCut = now;
            QueryTimeout.cancel(cut.getKey().exec);
        }
    }

    /** What {@code thread} has allocated so far; 0 on a JVM that does not count it (the budget is then off). */
    private static long allocated(Thread thread) {
        return THREADS.isThreadAllocatedMemorySupported() ? THREADS.getThreadAllocatedBytes(thread.getId()) : 0;
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }
}

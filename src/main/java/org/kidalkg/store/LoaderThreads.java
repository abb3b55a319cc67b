package org.kidalkg.store;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a TDB2 bulk load on a thread of its own group, so that an error killing one of the threads Jena's phased loader
 * starts (a full disk under a memory-mapped index is an {@link InternalError} there) stops the load with that error,
 * where the loading thread would otherwise wait for the dead thread forever.
 */
final class LoaderThreads {
    private LoaderThreads() {}

    static <T> T run(Supplier<T> load) {
        AtomicReference<Throwable> died = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicReference<T> result = new AtomicReference<>();
        Thread[] loader = new Thread[1];
        // Threads Jena starts from the loader inherit its group, and a group hears what kills its threads.
        ThreadGroup group = new ThreadGroup("tdb2-load") {
            @Override
            public void uncaughtException(Thread thread, Throwable e) {
                if (died.compareAndSet(null, e)) {
                    loader[0].interrupt();
                }
            }
        };
        loader[0] = new Thread(group, () -> {
            try {
                result.set(load.get());
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "tdb2-load");
        loader[0].start();
        join(loader[0]);
        Throwable cause = died.get() != null ? died.get() : failed.get();
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    private static void join(Thread loader) {
        try {
            loader.join();
        } catch (InterruptedException e) {
            loader.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }
}

package org.kidalkg.cli;

import org.apache.jena.sys.JenaSystem;

/**
 * Initialises Jena on a second thread while the command line is parsed, the longest single step of a cold
 * start (about a second: RIOT, ARQ, TDB2, SHACL, GeoSPARQL and logging).
 *
 * <p>Jena's static initialisers can deadlock when two threads run them at once, so no command may touch
 * Jena before {@link #await()} returns: argument parsing (picocli and our converters) must stay free of it.
 */
final class JenaStartup {
    private static Thread initialising;

    private JenaStartup() {}

    /** Starts initialising Jena in the background. */
    static synchronized void begin() {
        if (initialising == null) {
            initialising = new Thread(JenaSystem::init, "jena-init");
            initialising.setDaemon(true);
            initialising.start();
        }
    }

    /** Waits for {@link #begin()}'s work, or initialises Jena here when it was never begun. */
    static void await() {
        Thread thread;
        synchronized (JenaStartup.class) {
            thread = initialising;
        }
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JenaSystem.init();
    }
}

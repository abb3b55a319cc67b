package org.kidalkg.http;

import java.net.URI;

import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Sets up logging through Fuseki's own mechanism with the configuration shipped in the jar: quiet (warnings
 * only) by default, every request logged when verbose.
 */
public final class ServerLogging {
    private static final String QUIET = "kidal-kg-log4j2-quiet.properties";
    private static final String VERBOSE = "kidal-kg-log4j2-verbose.properties";

    private ServerLogging() {}

    /** Chooses the shipped configuration unless the user named one with {@code -Dlog4j2.configurationFile}. */
    public static void setUp(boolean verbose) {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:" + (verbose ? VERBOSE : QUIET));
            if (verbose) {
                // Log4j may already be running on the quiet default (Jena is initialised while the command line
                // is parsed, and that starts it): switch it over.
                Configurator.reconfigure(URI.create("classpath:" + VERBOSE));
            }
        }
        FusekiLogging.setLogging();
    }
}

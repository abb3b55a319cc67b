package org.kidalkg.http;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Whether SPARQL {@code SERVICE} may reach remote endpoints. Off by default: a public endpoint must not
 * fetch arbitrary URLs on anyone's behalf.
 */
final class ServicePolicy {
    private ServicePolicy() {}

    /**
     * Refuses every {@code SERVICE} clause evaluated against {@code context}'s dataset. The refusal is a
     * {@link QueryParseException} because that is what Fuseki 5.6 answers with 400 when raised during
     * execution: the request, not the server, is at fault. Any other exception there would be a 500.
     */
    static void refuseService(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.add((opExecute, original, binding, execCxt) -> {
            throw new ServiceRefusedException("SERVICE is disabled on this endpoint: it does not query remote "
                    + "endpoints (" + original.getService() + "). Start the server with --allow-service to allow it.");
        });
        ServiceExecutorRegistry.set(context, refusing);
    }

    /** A query that asked for a remote call the server does not make. */
    static final class ServiceRefusedException extends QueryParseException {
        ServiceRefusedException(String message) {
            super(message, -1, -1);
        }
    }
}

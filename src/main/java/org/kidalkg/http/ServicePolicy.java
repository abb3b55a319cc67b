package org.kidalkg.http;

import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Whether SPARQL {@code SERVICE} may reach remote endpoints. Off by default: a public endpoint must not
 * fetch arbitrary URLs on anyone's behalf.
 */
final class ServicePolicy {
    private ServicePolicy() {}

    /**
     * Refuses every {@code SERVICE} clause evaluated against {@code context}'s dataset, {@code SERVICE SILENT}
     * too (silently answering without the remote data would hide why). The refusal is Fuseki's
     * {@link ActionErrorException}, which it answers with 400 and the message alone; a
     * {@code QueryParseException} was answered as a "Query parse error" quoting the whole query.
     */
    static void refuseService(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.add((opExecute, original, binding, execCxt) -> {
            throw new ServiceRefusedException("SERVICE is disabled on this endpoint (SERVICE " + original.getService()
                    + "): it does not query remote endpoints. To turn it on, start the server with "
                    + "--allow-service.");
        });
        ServiceExecutorRegistry.set(context, refusing);
    }

    /** A query that asked for a remote call the server does not make. */
    static final class ServiceRefusedException extends ActionErrorException {
        ServiceRefusedException(String message) {
            super(400, message, null);
        }
    }
}

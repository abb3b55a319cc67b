package org.kidalkg.http.guard;

import org.apache.jena.fuseki.servlets.ActionErrorException;

/**
 * A query refused while it runs because it passed one of the guard's limits: Fuseki answers it with 400 and
 * this message (which names the limit), where any other exception raised during execution would be a 500.
 */
final class RefusedQueryException extends ActionErrorException {
    RefusedQueryException(String message) {
        super(400, message, null);
    }
}

package org.kidalkg.query;

/** A named query was called with a missing, unknown or ill-typed parameter; the message names it. */
public class QueryParameterException extends RuntimeException {
    private final String parameter;

    public QueryParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

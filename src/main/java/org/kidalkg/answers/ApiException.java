package org.kidalkg.answers;

/** A question the API cannot answer as asked: carries the HTTP status, a short error and a detail to act on. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    /** A 400: a parameter is missing or malformed; the detail names it. */
    public static ApiException badParameter(String name, String problem) {
        return new ApiException(400, "bad parameter", name + ": " + problem);
    }

    /** A 404: nothing in the graph answers to what was asked for. */
    public static ApiException notFound(String name, String value) {
        return new ApiException(404, "not found", name + ": nothing in the graph is called '" + value + "'");
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}

package org.kidalkg.query;

/** A named query's parameter: bound to the query variable of the same name. */
public record Parameter(String name, ParameterType type, boolean optional) {
    /** A required parameter. */
    public Parameter(String name, ParameterType type) {
        this(name, type, false);
    }

    /** How the header writes it: {@code place (label or IRI)}, or {@code place? (label or IRI)} when optional. */
    public String written() {
        return name + (optional ? "?" : "") + " (" + type.written() + ")";
    }
}

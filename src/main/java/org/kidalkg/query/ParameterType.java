package org.kidalkg.query;

/** The kinds of value a named query's parameter takes, as written in its {@code #+ params:} header. */
public enum ParameterType {
    /** An ISO date, bound as {@code xsd:date}. */
    DATE("xsd:date"),
    /** A whole number, bound as {@code xsd:integer}. */
    INTEGER("xsd:integer"),
    /** A plain string literal. */
    STRING("string"),
    /** An absolute IRI. */
    IRI("IRI"),
    /** A label or alias (case-insensitive) or an IRI, bound as the IRI it names. */
    RESOURCE("label or IRI");

    private final String written;

    ParameterType(String written) {
        this.written = written;
    }

    /** How the type is written in a query header. */
    public String written() {
        return written;
    }

    /** The type written as {@code text} in a header, or null. */
    static ParameterType parse(String text) {
        String t = text.trim();
        for (ParameterType type : values()) {
            if (type.written.equalsIgnoreCase(t)) {
                return type;
            }
        }
        return "xsd:string".equalsIgnoreCase(t) ? STRING : null;
    }
}

package org.kidalkg.source;

/**
 * One thing wrong with a source, located as precisely as we can: the file, the line where the
 * offending resource is first written (0 if unknown), its focus node, the property path, the message
 * and the rule (SHACL shape or check) that found it.
 */
public record Problem(Severity severity, String file, long line, String focus, String path, String message, String rule) {

    /** How bad a problem is; only violations stop a load. */
    public enum Severity { VIOLATION, WARNING, INFO }

    /** A one-line, human-readable form: {@code file:line: [Violation] focus path: message (rule)}. */
    public String describe() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": [").append(severity.name().charAt(0)).append(severity.name().substring(1).toLowerCase()).append("] ");
        out.append(focus);
        if (path != null && !path.isEmpty()) {
            out.append(' ').append(path);
        }
        out.append(": ").append(message);
        if (rule != null && !rule.isEmpty()) {
            out.append(" (").append(rule).append(')');
        }
        return out.toString();
    }
}

package org.kidalkg.source;

/** A refusal to load: names the file, the line (0 when unknown) and what is wrong, so a user can fix it. */
public class LoadException extends RuntimeException {
    private final String file;
    private final long line;
    private final String problem;

    public LoadException(String file, long line, String problem) {
        super(format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() { return file; }

    public long line() { return line; }

    public String problem() { return problem; }

    private static String format(String file, long line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }
}

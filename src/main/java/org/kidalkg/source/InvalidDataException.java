package org.kidalkg.source;

import java.util.List;
import java.util.stream.Collectors;

/** A refusal to load because validation found violations; carries every problem found, not just the first. */
public class InvalidDataException extends LoadException {
    private final transient List<Problem> problems;

    public InvalidDataException(List<Problem> problems) {
        super(problems.get(0).file(), problems.get(0).line(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.size() + " violation(s); nothing was loaded:\n"
                + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return "invalid data: " + summary(problems);
    }
}

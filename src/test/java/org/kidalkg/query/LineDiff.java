package org.kidalkg.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A readable difference between two texts by line: what is missing, what is extra, in order. */
final class LineDiff {
    private LineDiff() {}

    static String of(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        StringBuilder diff = new StringBuilder();
        Set<String> gotSet = new LinkedHashSet<>(got);
        Set<String> wantSet = new LinkedHashSet<>(want);
        want.stream().filter(l -> !gotSet.contains(l)).forEach(l -> diff.append("- ").append(l).append('\n'));
        got.stream().filter(l -> !wantSet.contains(l)).forEach(l -> diff.append("+ ").append(l).append('\n'));
        if (diff.length() == 0) {
            diff.append("(same lines, different order or count: expected ").append(want.size())
                    .append(" lines, got ").append(got.size()).append(")\n");
        }
        return diff.toString();
    }
}

package org.kidalkg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/** No package imports a package that imports it back, directly or around a loop: read by the JDK's jdeps. */
class PackageCyclesTest {
    @Test
    void theProductionPackagesFormNoCycle() {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.containsKey("org.kidalkg.build") && uses.containsKey("org.kidalkg.http"),
                "jdeps found the packages: " + uses.keySet());
        List<List<String>> cycles = new StronglyConnected(uses).cycles();
        assertEquals(List.of(), cycles, "package cycles");
    }

    /** Package to the kidal-kg packages it uses, from {@code jdeps -verbose:package target/classes}. */
    private static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-filter:none", "target/classes");
        assertEquals(0, code, out.toString());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[0].startsWith("org.kidalkg") && parts[1].equals("->") && parts[2].startsWith("org.kidalkg")) {
                uses.computeIfAbsent(parts[0], k -> new TreeSet<>());
                if (!parts[0].equals(parts[2])) {
                    uses.get(parts[0]).add(parts[2]);
                }
            }
        }
        return uses;
    }

    /** Tarjan's strongly connected components; a component of two or more packages is a cycle. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> cycles = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> cycles() {
            graph.keySet().forEach(v -> {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            });
            return cycles;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    cycles.add(component);
                }
            }
        }
    }
}

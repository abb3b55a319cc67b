package org.kidalkg.build;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.source.Problem;

/** What the {@link Pipeline} built: the validated, reasoned dataset, what validation warned about, what each rule inferred. */
public record BuiltGraph(DatasetGraph dataset, List<Problem> warnings, Map<String, Integer> inferred) {
    public BuiltGraph {
        warnings = List.copyOf(warnings);
        inferred = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inferred));
    }
}

package org.kidalkg.query;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named queries of a bundle, by name, in file-name order. */
public final class QueryCatalogue {
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();

    private QueryCatalogue(List<NamedQuery> list) {
        list.forEach(q -> queries.put(q.name(), q));
    }

    /** Reads every query file given; a bad file stops with its name, line and problem. */
    public static QueryCatalogue read(List<Path> files) {
        return new QueryCatalogue(files.stream().map(NamedQuery::read).toList());
    }

    /** The query called {@code name}, or null. */
    public NamedQuery get(String name) {
        return queries.get(name);
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }
}

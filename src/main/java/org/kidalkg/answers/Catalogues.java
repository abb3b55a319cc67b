package org.kidalkg.answers;

import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.QueryCatalogue;

/** Looks up the named queries the API is built on, failing at start-up rather than on the first request. */
final class Catalogues {
    private Catalogues() {}

    static NamedQuery require(QueryCatalogue queries, String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new IllegalStateException("the HTTP API needs the named query '" + name + "', which the bundle lacks");
        }
        return query;
    }
}

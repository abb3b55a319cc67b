package org.kidalkg.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A SPARQL query the API needs beyond the named queries, kept as a {@code .rq} resource beside this class
 * and run with its variables bound to RDF terms (substitution, never string splicing).
 */
final class ResourceQuery {
    private static final Model TERMS = ModelFactory.createDefaultModel();

    private final Query query;

    private ResourceQuery(Query query) {
        this.query = query;
    }

    /** Reads {@code name} from the resources of this package. */
    static ResourceQuery load(String name) {
        try (InputStream in = ResourceQuery.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("query resource missing: " + name);
            }
            return new ResourceQuery(QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows for the given bindings, read in a transaction (joining the caller's, if any). */
    List<QuerySolution> rows(DatasetGraph dataset, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query);
            bindings.forEach((name, node) -> builder.substitution(name, TERMS.asRDFNode(node)));
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution exec = builder.build()) {
                exec.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}

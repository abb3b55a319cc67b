package org.kidalkg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs a named query with its parameters bound as RDF terms (Jena's syntax-level substitution of the
 * query's variables), never by splicing strings into the query text.
 */
public final class NamedQueryRunner {
    /** Only used to wrap nodes as RDFNodes for substitution. */
    private static final Model TERMS = ModelFactory.createDefaultModel();

    private final DatasetGraph dataset;
    private final ResourceResolver resolver;
    private final long timeoutMillis;

    public NamedQueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.resolver = new ResourceResolver(dataset);
        this.timeoutMillis = timeoutMillis;
    }

    /** The label resolver this runner binds {@code label or IRI} parameters with: one label index per store. */
    public ResourceResolver resolver() {
        return resolver;
    }

    /**
     * The query's answer for {@code args} (parameter name to text), read in one transaction.
     *
     * @throws QueryParameterException naming a parameter that is missing, unknown or ill-typed
     */
    public ResultSetRewindable run(NamedQuery query, Map<String, String> args) {
        Map<String, RDFNode> bindings = bind(query, args);
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query.query());
            bindings.forEach(builder::substitution);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution exec = builder.build()) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }

    /** Checks every argument against the query's parameters and converts it to the RDF term it stands for. */
    public Map<String, RDFNode> bind(NamedQuery query, Map<String, String> args) {
        for (String given : args.keySet()) {
            if (query.param(given) == null) {
                throw new QueryParameterException(given, "unknown parameter of '" + query.name() + "' (it takes "
                        + query.params().stream().map(Parameter::name).toList() + ")");
            }
        }
        Map<String, RDFNode> bindings = new HashMap<>();
        for (Parameter p : query.params()) {
            String value = args.get(p.name());
            if (value == null || value.isBlank()) {
                if (p.optional()) {
                    continue; // left unbound: the query answers for every value
                }
                throw new QueryParameterException(p.name(), "missing (expected " + p.type().written() + ")");
            }
            bindings.put(p.name(), TERMS.asRDFNode(toNode(p, value.trim())));
        }
        return bindings;
    }

    private Node toNode(Parameter p, String value) {
        return switch (p.type()) {
            case DATE -> date(p, value);
            case INTEGER -> integer(p, value);
            case STRING -> NodeFactory.createLiteralString(value);
            case IRI -> iri(p, value);
            case RESOURCE -> resource(p, value);
        };
    }

    private static Node date(Parameter p, String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new QueryParameterException(p.name(), "'" + value + "' is not a date (expected YYYY-MM-DD)");
        }
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
    }

    private static Node integer(Parameter p, String value) {
        try {
            Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new QueryParameterException(p.name(), "'" + value + "' is not a whole number");
        }
        return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
    }

    private static Node iri(Parameter p, String value) {
        if (!IRIs.check(value) || !value.contains(":")) {
            throw new QueryParameterException(p.name(), "'" + value + "' is not an absolute IRI");
        }
        return NodeFactory.createURI(value);
    }

    private Node resource(Parameter p, String value) {
        try {
            return resolver.resolve(value).orElseThrow(() ->
                    new QueryParameterException(p.name(), "nothing in the graph is labelled '" + value + "'"));
        } catch (IllegalArgumentException e) {
            throw new QueryParameterException(p.name(), e.getMessage());
        }
    }
}

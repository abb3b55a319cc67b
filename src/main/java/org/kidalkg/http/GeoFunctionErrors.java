package org.kidalkg.http;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Makes GeoSPARQL's functions fail the SPARQL way. In Jena 5.6 a bad argument (an unknown unit of
 * measure, a malformed WKT literal) makes them throw a plain runtime exception, which Fuseki answers
 * with 500; SPARQL says a function error only leaves the expression unbound. The wrappers turn those
 * exceptions into {@link ExprEvalException}s.
 */
final class GeoFunctionErrors {
    private static final List<String> NAMESPACES = List.of(
            "http://www.opengis.net/def/function/geosparql/",
            "http://jena.apache.org/function/spatial#",
            "http://jena.apache.org/spatial#");

    private static boolean contained;

    private GeoFunctionErrors() {}

    /** Wraps every registered GeoSPARQL function once per JVM; later calls do nothing. */
    static synchronized void contain() {
        if (contained) {
            return;
        }
        FunctionRegistry registry = FunctionRegistry.get();
        List<String> geo = new ArrayList<>();
        registry.keys().forEachRemaining(uri -> {
            if (NAMESPACES.stream().anyMatch(uri::startsWith)) {
                geo.add(uri);
            }
        });
        for (String uri : geo) {
            FunctionFactory original = registry.get(uri);
            registry.put(uri, (FunctionFactory) u -> new Contained(original.create(u)));
        }
        contained = true;
    }

    /** A function whose runtime failures are expression errors. */
    private record Contained(Function inner) implements Function {
        @Override
        public void build(String uri, ExprList args, Context context) {
            inner.build(uri, args, context);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            try {
                return inner.exec(binding, args, uri, env);
            } catch (ExprEvalException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ExprEvalException(uri + ": " + e.getMessage());
            }
        }
    }
}

package org.kidalkg.http.guard;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * REGEX, REPLACE and CONCAT with bounds the query timeout cannot give them. Jena runs a regular expression in
 * one call to {@code java.util.regex}, which never looks at the timeout: {@code REGEX(?s, "(.*a){12}b")} held
 * a core for 85 s. And a string function's result has no size limit: a 447-byte nested {@code REPLACE} grew a
 * string past the heap (OutOfMemoryError, a 500). {@link #apply} rewrites a query so that these run as our own
 * functions, with Jena's semantics (its pattern compilation and replacement loop), where the text matched is a
 * {@link CharSequence} that checks the query's cancel signal as the matcher reads it (the timeout then cuts a
 * runaway pattern: 503), and every result longer than {@link ServerLimits#maxString()} characters refuses the
 * query (400, naming the limit).
 */
final class BoundedStrings {
    private static final String NS = "urn:x-kidal-kg:guard:";
    private static final String REGEX = NS + "regex";
    private static final String REPLACE = NS + "replace";
    private static final String BOUNDED = NS + "bounded";

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
        FunctionRegistry.get().put(BOUNDED, Bounded.class);
        // The XPath names of the same two functions, which a query may call directly.
        FunctionRegistry.get().put("http://www.w3.org/2005/xpath-functions#matches", Regex.class);
        FunctionRegistry.get().put("http://www.w3.org/2005/xpath-functions#replace", Replace.class);
    }

    private BoundedStrings() {}

    /**
     * {@code query} with REGEX, REPLACE, CONCAT and GROUP_CONCAT ({@link BoundedGroupConcat}) bounded; the query
     * itself is left as it was.
     */
    static Query apply(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                if (func instanceof E_StrConcat) {
                    return new E_Function(BOUNDED, new ExprList(func.copy(args)));
                }
                return super.transform(func, args);
            }

            @Override
            public Expr transform(ExprAggregator aggregate) {
                // Jena's copy first: it transforms the aggregate's arguments (a REGEX inside a GROUP_CONCAT).
                Expr copied = super.transform(aggregate);
                if (copied instanceof ExprAggregator copy) {
                    Aggregator bounded = BoundedGroupConcat.of(copy.getAggregator());
                    if (bounded != copy.getAggregator()) {
                        return new ExprAggregator(copy.getVar(), bounded);
                    }
                }
                return copied;
            }
        });
    }

    /** What a query that made too long a string is told. */
    static void refuseLength(long length) {
        throw new RefusedQueryException("query too costly: a string function made a string of " + length
                + " characters; this endpoint allows strings of up to " + maxString() + " characters");
    }

    /** Whether {@code length} passes the longest string the query running on this thread may make. */
    static boolean tooLong(long length) {
        return length > maxString();
    }

    private static int maxString() {
        Integer max = MAX_STRING.get();
        return max == null ? ServerLimits.MAX_STRING : max;
    }

    /**
     * When the query running on this thread must end ({@link System#nanoTime}), or none. The optimiser folds
     * constant expressions before the query has an execution context whose cancel signal the timeout sets, so
     * the deadline is kept for the request's thread, which runs the whole query in Fuseki.
     */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    /** The longest string the query running on this thread may make (the functions are Jena's, not ours, to build). */
    private static final ThreadLocal<Integer> MAX_STRING = new ThreadLocal<>();

    /**
     * Runs {@code query} with the string functions it calls cut {@code timeoutMillis} from now, and bounded to
     * strings of {@code maxString} characters.
     */
    static void within(long timeoutMillis, int maxString, Runnable query) {
        DEADLINE.set(timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : null);
        MAX_STRING.set(maxString);
        try {
            query.run();
        } finally {
            DEADLINE.remove();
            MAX_STRING.remove();
        }
    }

    /**
     * Text that throws {@link QueryCancelledException} once the query's timeout has fired (its cancel signal is
     * set or its deadline passed), checked every 1,024 characters the matcher reads: a runaway pattern reads
     * the same few characters over and over.
     */
    static final class Cancellable implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private final Long deadline;
        private int reads;

        Cancellable(String text, AtomicBoolean cancelled) {
            this(text, cancelled, DEADLINE.get());
        }

        private Cancellable(String text, AtomicBoolean cancelled, Long deadline) {
            this.text = text;
            this.cancelled = cancelled;
            this.deadline = deadline;
        }

        @Override public int length() { return text.length(); }

        @Override public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && ((cancelled != null && cancelled.get())
                    || (deadline != null && System.nanoTime() - deadline > 0))) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override public CharSequence subSequence(int start, int end) {
            return new Cancellable(text.substring(start, end), cancelled, deadline);
        }

        @Override public String toString() { return text; }
    }

    /** The cancel signal of the query {@code env} evaluates for (set when its timeout fires), or null. */
    private static AtomicBoolean signal(FunctionEnv env) {
        return env instanceof ExecutionContext context ? context.getCancelSignal() : null;
    }

    /** A function with a pattern argument: the last pattern compiled is kept (it is nearly always a constant). */
    abstract static class WithPattern extends FunctionBase {
        private String lastKey;
        private Pattern lastPattern;
        protected AtomicBoolean cancelled;

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            cancelled = signal(env);
            return super.exec(binding, args, uri, env);
        }

        Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
            String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
            String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
            String key = f + "\u0000" + p;
            if (!key.equals(lastKey)) {
                lastPattern = RegexEngine.makePattern(label, p, f);
                lastKey = key;
            }
            return lastPattern;
        }
    }

    /** SPARQL {@code REGEX(text, pattern[, flags])}, as Jena's, cut by the timeout. */
    public static final class Regex extends WithPattern {
        @Override public void checkBuild(String uri, ExprList args) { checkArity(args, 2, 3); }

        @Override public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = pattern("REGEX", args.get(1), args.size() == 3 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(new Cancellable(text.getLiteralLexicalForm(), cancelled)).find());
        }
    }

    /** SPARQL {@code REPLACE(text, pattern, replacement[, flags])}, as Jena's, cut by the timeout and bounded. */
    public static final class Replace extends WithPattern {
        @Override public void checkBuild(String uri, ExprList args) { checkArity(args, 3, 4); }

        @Override public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
            Pattern p = pattern("replace", args.get(1), args.size() == 4 ? args.get(3) : null);
            String lexical = text.getLiteralLexicalForm();
            Matcher matcher = p.matcher(new Cancellable(lexical, cancelled));
            StringBuilder out = null;
            // Jena's loop (XSDFuncOp.replaceAll): an empty match after the first is skipped.
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
                if (tooLong(out.length())) {
                    refuseLength(out.length());
                }
            }
            if (out == null) {
                return args.get(0);
            }
            matcher.appendTail(out);
            if (tooLong(out.length())) {
                refuseLength(out.length());
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(out.toString(), text.getLiteralLanguage(),
                    text.getLiteralDatatype()));
        }
    }

    /** Its one argument's value, unless that is a string over the limit. */
    public static final class Bounded extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) { checkArity(args, 1, 1); }

        @Override public NodeValue exec(List<NodeValue> args) {
            NodeValue value = args.get(0);
            if (value.isLiteral() && tooLong(value.asNode().getLiteralLexicalForm().length())) {
                refuseLength(value.asNode().getLiteralLexicalForm().length());
            }
            return value;
        }
    }

    private static void checkArity(ExprList args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new org.apache.jena.query.QueryBuildException("wrong number of arguments: " + args.size());
        }
    }
}

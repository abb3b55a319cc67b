package org.kidalkg.http.guard;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT bounded like the string functions ({@link BoundedStrings}): Jena's accumulator appends every value of a
 * group to one string with no limit, so a GROUP_CONCAT over a cross product grew a string by the row until the heap or
 * the timeout gave out. These are Jena's two GROUP_CONCAT aggregates (plain and DISTINCT), with its semantics (the
 * values' strings, its default separator, errors skipped), whose accumulator refuses the query (400, naming the limit)
 * before a group's string passes {@value BoundedStrings#MAX_STRING} characters.
 */
final class BoundedGroupConcat {
    private BoundedGroupConcat() {}

    /** {@code aggregator} bounded if it is a GROUP_CONCAT; any other aggregator as it is. */
    static Aggregator of(Aggregator aggregator) {
        if (aggregator instanceof Plain || aggregator instanceof Distinct) {
            return aggregator;
        }
        if (aggregator instanceof AggGroupConcat concat) {
            return new Plain(concat.getExprList().get(0), concat.getSeparator());
        }
        if (aggregator instanceof AggGroupConcatDistinct concat) {
            return new Distinct(concat.getExprList().get(0), concat.getSeparator());
        }
        return aggregator;
    }

    /** {@code GROUP_CONCAT(expr; separator=…)}. */
    static final class Plain extends AggGroupConcat {
        Plain(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator());
        }

        @Override
        public Accumulator createAccumulator() {
            return new Bounded(getExpr(), false, getSeparator());
        }
    }

    /** {@code GROUP_CONCAT(DISTINCT expr; separator=…)}. */
    static final class Distinct extends AggGroupConcatDistinct {
        Distinct(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator());
        }

        @Override
        public Accumulator createAccumulator() {
            return new Bounded(getExpr(), true, getSeparator());
        }
    }

    /** Jena's GROUP_CONCAT accumulator (AggGroupConcat.AccGroupConcat), checking the length before each append. */
    private static final class Bounded extends AccumulatorExpr {
        /** SPARQL's default separator, a single space, as Jena's. */
        private static final String DEFAULT_SEPARATOR = " ";

        private final StringBuilder soFar = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Bounded(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator == null ? DEFAULT_SEPARATOR : separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            long length = (long) soFar.length() + (first ? 0 : separator.length()) + text.length();
            if (BoundedStrings.tooLong(length)) {
                BoundedStrings.refuseLength(length);
            }
            if (!first) {
                soFar.append(separator);
            }
            soFar.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // As Jena's: a value that is an error is left out.
        }

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(soFar.toString());
        }
    }
}

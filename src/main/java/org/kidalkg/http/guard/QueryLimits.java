package org.kidalkg.http.guard;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpN;

/**
 * The queries that are valid SPARQL or nearly so but would cost the server far more than their size suggests,
 * where the query timeout does not reach (it starts after parsing), refused with 400 by {@link GuardedQuery}:
 * <ul>
 *   <li>query text longer than {@value #MAX_CHARS} characters: ARQ's parser spends about 2 s of CPU per MB of
 *       query (a 1 MB literal or IRI), outside the timeout; 256 Ki characters is a hundred times the longest
 *       named query, and still leaves a form-encoded body (up to 3 bytes a character) under the 1 MiB limit;</li>
 *   <li>a number written with more than {@value #MAX_DIGITS} digits: ARQ parses integer literals as
 *       {@code BigInteger}, in time quadratic in their length (100,000 digits take 2 s, 1,000,000 take 3 min);</li>
 *   <li>a query whose algebra is more than {@value #MAX_DEPTH} operators deep (e.g. 5,000 UNIONs, 5,000
 *       nested groups): compiling, optimising or running it recurses once per level and overflowed the
 *       stack, which Fuseki answered with 500.</li>
 * </ul>
 * The first two are read off the text before it is parsed; the depth off the query Fuseki has parsed.
 */
final class QueryLimits {
    static final int MAX_CHARS = 256 * 1024;
    static final int MAX_DIGITS = 1_000;
    static final int MAX_DEPTH = 200;

    /** What the refusal of a query nested past the stack says. */
    static final String TOO_DEEP = "the query is nested too deeply to evaluate (limit " + MAX_DEPTH + " levels)";

    private QueryLimits() {}

    /** What makes {@code text} too costly to parse, or null. */
    static String beforeParsing(String text) {
        if (text.length() > MAX_CHARS) {
            return "a query of " + text.length() + " characters; this endpoint accepts queries of up to " + MAX_CHARS
                    + " characters";
        }
        int digits = longestDigitRun(text);
        if (digits > MAX_DIGITS) {
            return "a number of " + digits + " digits; this endpoint accepts numbers of up to " + MAX_DIGITS + " digits";
        }
        return null;
    }

    /** What makes the parsed {@code query} too costly to evaluate, or null. */
    static String afterParsing(Query query) {
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (StackOverflowError deep) {
            return TOO_DEEP;
        } catch (RuntimeException notCompiled) {
            return null; // Fuseki reports it when it compiles the query itself
        }
        int depth = depth(op);
        return depth > MAX_DEPTH
                ? "the query's algebra is " + depth + " operators deep; this endpoint accepts up to " + MAX_DEPTH
                        + " (split a long UNION or deep nesting into several queries)"
                : null;
    }

    static int longestDigitRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The depth of the operator tree, walked without recursion so that measuring it cannot overflow. */
    static int depth(Op root) {
        Deque<Op> ops = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        ops.push(root);
        depths.push(1);
        int max = 0;
        while (!ops.isEmpty()) {
            Op op = ops.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            if (op instanceof Op1 one) {
                push(ops, depths, one.getSubOp(), depth + 1);
            } else if (op instanceof Op2 two) {
                push(ops, depths, two.getLeft(), depth + 1);
                push(ops, depths, two.getRight(), depth + 1);
            } else if (op instanceof OpN many) {
                many.getElements().forEach(child -> push(ops, depths, child, depth + 1));
            }
        }
        return max;
    }

    private static void push(Deque<Op> ops, Deque<Integer> depths, Op op, int depth) {
        if (op != null) {
            ops.push(op);
            depths.push(depth);
        }
    }
}

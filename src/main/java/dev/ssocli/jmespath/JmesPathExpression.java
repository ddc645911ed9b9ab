package dev.ssocli.jmespath;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;

/**
 * A compiled {@code --query}, as Python's {@code jmespath.compile} returns it: a bad expression fails when compiled
 * with the CLI's {@code Bad value for --query ...} (exit 252, docs/cli-surface.md), and {@link #search} evaluates
 * the tree with Python's semantics.
 */
public final class JmesPathExpression {
    private static final String RECURSION = "maximum recursion depth exceeded";

    private final Node tree;

    private JmesPathExpression(Node tree) {
        this.tree = tree;
    }

    /** {@code jmespath.compile}; a syntax error becomes the CLI's parameter validation error. */
    public static JmesPathExpression compile(String expression) {
        try {
            return new JmesPathExpression(Parser.parse(expression));
        } catch (Parser.SyntaxError e) {
            throw new ParamValidationException("Bad value for --query " + expression + ": " + e.getMessage());
        }
    }

    /** {@code ParsedResult.search}: the query's result on a response model, sharing the input's objects. */
    public Object search(Object data) {
        try {
            return new TreeInterpreter().visit(tree, data);
        } catch (StackOverflowError e) {
            throw new GeneralException(RECURSION);
        }
    }
}

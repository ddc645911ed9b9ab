package dev.ssocli.output;

/**
 * A compiled {@code --query}: checked like Python's {@code jmespath.compile} when created, evaluated by
 * jmespath-jackson ({@link JmesPathEvaluator}, loaded on the first search only).
 */
final class JmesPathQuery {
    private final JmesPathSyntax.Checked checked;
    private JmesPathEvaluator evaluator;

    private JmesPathQuery(JmesPathSyntax.Checked checked) {
        this.checked = checked;
    }

    static JmesPathQuery compile(String expression) {
        return new JmesPathQuery(JmesPathSyntax.check(expression));
    }

    /** The result of the query on a response model, as a response model. */
    Object search(Object data) {
        if (evaluator == null) {
            evaluator = new JmesPathEvaluator(checked);
        }
        return evaluator.search(data);
    }
}

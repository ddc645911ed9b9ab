package dev.ssocli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssocli.errors.GeneralException;
import io.burt.jmespath.Adapter;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.RuntimeConfiguration;
import io.burt.jmespath.function.ArgumentConstraint;
import io.burt.jmespath.function.ArgumentError;
import io.burt.jmespath.function.Function;
import io.burt.jmespath.function.FunctionArgument;
import io.burt.jmespath.function.FunctionRegistry;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.node.Node;
import io.burt.jmespath.node.NodeFactory;
import io.burt.jmespath.node.Operator;
import io.burt.jmespath.node.StandardNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a checked query with jmespath-jackson on a Jackson tree built from the response model (only here, so
 * that printing without {@code --query} loads neither JMESPath nor jackson-databind). Every function call goes to
 * {@link PythonFunctions}, so function results and errors are those of the CLI's Python library.
 */
final class JmesPathEvaluator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JmesPathSyntax.Checked checked;
    private Expression<JsonNode> expression;
    private PythonRuntime runtime;
    private ModelNodes current;

    JmesPathEvaluator(JmesPathSyntax.Checked checked) {
        this.checked = checked;
    }

    Object search(Object data) {
        if (expression == null) {
            compile();
        }
        try {
            current = new ModelNodes();
            return current.toModel(expression.search(current.toNode(data)));
        } catch (JmesPathException e) {
            throw new GeneralException(String.valueOf(e.getMessage()), e);
        }
    }

    private void compile() {
        Set<String> names = new LinkedHashSet<>();
        for (JmesPathSyntax.FunctionCall call : checked.functionCalls()) {
            names.add(call.name());
        }
        List<Function> functions = new ArrayList<>();
        for (String name : names) {
            functions.add(new PythonFunction(name));
        }
        FunctionRegistry registry = new FunctionRegistry(functions.toArray(new Function[0]));
        runtime = new PythonRuntime(RuntimeConfiguration.builder().withFunctionRegistry(registry).build());
        try {
            expression = runtime.compile(checked.javaExpression());
        } catch (JmesPathException e) {
            // Python's grammar is looser in places (e.g. {a:b c:d}); such a query cannot be evaluated here.
            throw new GeneralException("Unsupported JMESPath expression: " + checked.expression(), e);
        }
    }

    /**
     * Converts between response models and Jackson nodes, keeping object identity both ways: Python's jmespath
     * returns the input's own objects (twice, if the query names them twice), and the YAML output anchors a
     * container that occurs more than once.
     */
    static final class ModelNodes {
        private final Map<Object, JsonNode> nodes = new IdentityHashMap<>();
        private final Map<JsonNode, Object> models = new IdentityHashMap<>();

        JsonNode toNode(Object value) {
            if (value instanceof Map<?, ?> map) {
                JsonNode known = nodes.get(value);
                if (known != null) {
                    return known;
                }
                ObjectNode node = NODES.objectNode();
                remember(value, node);
                map.forEach((k, v) -> node.set(String.valueOf(k), toNode(v)));
                return node;
            }
            if (value instanceof List<?> list) {
                JsonNode known = nodes.get(value);
                if (known != null) {
                    return known;
                }
                ArrayNode node = NODES.arrayNode(list.size());
                remember(value, node);
                list.forEach(v -> node.add(toNode(v)));
                return node;
            }
            return scalarNode(value);
        }

        Object toModel(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isObject()) {
                Object known = models.get(node);
                if (known != null) {
                    return known;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                remember(map, node);
                node.properties().forEach(e -> map.put(e.getKey(), toModel(e.getValue())));
                return map;
            }
            if (node.isArray()) {
                Object known = models.get(node);
                if (known != null) {
                    return known;
                }
                List<Object> list = new ArrayList<>(node.size());
                remember(list, node);
                node.forEach(e -> list.add(toModel(e)));
                return list;
            }
            return scalarModel(node);
        }

        private void remember(Object model, JsonNode node) {
            nodes.put(model, node);
            models.put(node, model);
        }
    }

    private static JsonNode scalarNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (PythonValues.isInteger(value)) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static Object scalarModel(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }

    /** jmespath-jackson with Python's comparison operators. */
    private static final class PythonRuntime extends JacksonRuntime {
        private final NodeFactory<JsonNode> factory = new StandardNodeFactory<>(this) {
            @Override
            public Node<JsonNode> createComparison(Operator operator, Expression<JsonNode> left,
                    Expression<JsonNode> right) {
                return new PythonComparison(PythonRuntime.this, operator, left, right);
            }

            @Override
            public Node<JsonNode> createFlattenArray() {
                return new DroppingNulls(PythonRuntime.this, true);
            }

            @Override
            public Node<JsonNode> createFlattenObject() {
                return new DroppingNulls(PythonRuntime.this, false);
            }
        };

        PythonRuntime(RuntimeConfiguration configuration) {
            // No ObjectMapper: building one costs ~150 ms on a cold JVM, and literals are parsed below.
            super(configuration, null);
        }

        /** JSON literals of the query, already re-spelled canonically by {@link JmesPathSyntax}. */
        @Override
        public JsonNode parseString(String string) {
            try {
                return new ModelNodes().toNode(PythonJsonDecoder.loads(string));
            } catch (PythonJsonDecoder.DecodeError e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        @Override
        public NodeFactory<JsonNode> nodeFactory() {
            return factory;
        }
    }

    /**
     * {@code foo[]} and {@code foo.*}: in Python both are projections, which drop None results even when nothing
     * follows them; jmespath-java keeps the nulls when no expression is chained.
     */
    private static final class DroppingNulls extends Node<JsonNode> {
        private final boolean array;

        DroppingNulls(Adapter<JsonNode> runtime, boolean array) {
            super(runtime);
            this.array = array;
        }

        @Override
        public JsonNode search(JsonNode input) {
            if (array ? !input.isArray() : !input.isObject()) {
                return NODES.nullNode();
            }
            ArrayNode result = NODES.arrayNode();
            for (JsonNode element : input) {
                if (array && element.isArray()) {
                    element.forEach(inner -> {
                        if (!inner.isNull()) {
                            result.add(inner);
                        }
                    });
                } else if (!element.isNull()) {
                    result.add(element);
                }
            }
            return result;
        }

        @Override
        protected boolean internalEquals(Object o) {
            return o == this;
        }

        @Override
        protected int internalHashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * {@code TreeInterpreter.visit_comparator}: {@code ==} is Python equality except that 0 and 1 never equal a
     * boolean; ordering works on numbers and strings, is null for other types, and raises for a number against a
     * string.
     */
    private static final class PythonComparison extends Node<JsonNode> {
        private final Operator operator;
        private final Expression<JsonNode> left;
        private final Expression<JsonNode> right;

        PythonComparison(Adapter<JsonNode> runtime, Operator operator, Expression<JsonNode> left,
                Expression<JsonNode> right) {
            super(runtime);
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        public JsonNode search(JsonNode input) {
            ModelNodes conversion = new ModelNodes();
            Object x = conversion.toModel(left.search(input));
            Object y = conversion.toModel(right.search(input));
            switch (operator) {
                case EQUALS:
                    return NODES.booleanNode(equal(x, y));
                case NOT_EQUALS:
                    return NODES.booleanNode(!equal(x, y));
                default:
                    break;
            }
            if (!comparable(x) || !comparable(y)) {
                return NODES.nullNode();
            }
            int c = PythonFunctions.compare(x, y, symbol());
            boolean result = switch (operator) {
                case GREATER_THAN -> c > 0;
                case GREATER_THAN_OR_EQUALS -> c >= 0;
                case LESS_THAN -> c < 0;
                default -> c <= 0;
            };
            return NODES.booleanNode(result);
        }

        private String symbol() {
            return switch (operator) {
                case GREATER_THAN -> ">";
                case GREATER_THAN_OR_EQUALS -> ">=";
                case LESS_THAN -> "<";
                default -> "<=";
            };
        }

        private static boolean comparable(Object value) {
            return value instanceof String || (value instanceof Number);
        }

        private static boolean equal(Object x, Object y) {
            if (isZeroOrOne(x)) {
                if (y instanceof Boolean) {
                    return false;
                }
            } else if (isZeroOrOne(y) && x instanceof Boolean) {
                return false;
            }
            return PythonFunctions.pythonEquals(x, y);
        }

        private static boolean isZeroOrOne(Object value) {
            return value instanceof Number n && (n.doubleValue() == 0.0 || n.doubleValue() == 1.0);
        }

        @Override
        protected boolean internalEquals(Object o) {
            return o == this;
        }

        @Override
        protected int internalHashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Accepts any arguments: Python checks arity and types when the function runs, with its own messages. */
    private static final ArgumentConstraint ANY_ARGUMENTS = new ArgumentConstraint() {
        @Override
        public <T> Iterator<ArgumentError> check(Adapter<T> runtime, Iterator<FunctionArgument<T>> arguments,
                boolean expectNoRemainingArguments) {
            return Collections.emptyIterator();
        }

        @Override
        public int minArity() {
            return 0;
        }

        @Override
        public int maxArity() {
            return Integer.MAX_VALUE;
        }

        @Override
        public boolean arityViolated(int n) {
            return false;
        }

        @Override
        public String expectedType() {
            return "any";
        }
    };

    /** A jmespath-java function that delegates to {@link PythonFunctions}. */
    private final class PythonFunction implements Function {
        private final String name;

        PythonFunction(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ArgumentConstraint argumentConstraints() {
            return ANY_ARGUMENTS;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T call(Adapter<T> runtime, List<FunctionArgument<T>> arguments) {
            List<Object> args = new ArrayList<>(arguments.size());
            for (FunctionArgument<T> argument : arguments) {
                if (argument.isExpression()) {
                    Expression<T> reference = argument.expression();
                    args.add((PythonFunctions.Expref) value -> current.toModel(
                            (JsonNode) reference.search((T) current.toNode(value))));
                } else {
                    args.add(current.toModel((JsonNode) argument.value()));
                }
            }
            return (T) current.toNode(PythonFunctions.call(name, args));
        }
    }
}

package dev.ssocli.jmespath;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonComparison;
import dev.ssocli.python.PythonValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A port of {@code jmespath/visitor.py TreeInterpreter} over response models (maps, lists, strings, booleans,
 * {@code Long}/{@code BigInteger} ints, {@code Double} floats, null). Results share the input's own objects, as in
 * Python: the YAML output anchors a container that occurs twice.
 */
final class TreeInterpreter {
    /**
     * Python's recursion limit: each node costs two Python frames ({@code Visitor.visit} and its {@code visit_*}
     * method) above {@link #CALLER_FRAMES} frames of the CLI, so a query nested about 500 deep fails with
     * {@code RecursionError} where the CLI's does (measured on the CLI 2.36.12: 491 pipes {@code @|} evaluate,
     * 492 fail with {@code maximum recursion depth exceeded}, exit 255).
     */
    private static final int RECURSION_LIMIT = 1000;
    private static final int CALLER_FRAMES = 15;
    private static final int FRAMES_PER_NODE = 2;

    private int depth;

    Object visit(Node node, Object value) {
        depth += FRAMES_PER_NODE;
        if (depth + CALLER_FRAMES > RECURSION_LIMIT) {
            throw new GeneralException("maximum recursion depth exceeded");
        }
        try {
            return dispatch(node, value);
        } finally {
            depth -= FRAMES_PER_NODE;
        }
    }

    private Object dispatch(Node node, Object value) {
        switch (node.type) {
            case "subexpression", "index_expression", "pipe": {
                Object result = value;
                for (Node child : node.children) {
                    result = visit(child, result);
                }
                return result;
            }
            case "field":
                return value instanceof Map<?, ?> map ? map.get(node.value) : null;
            case "comparator":
                return comparator(node, value);
            case "current", "identity":
                return value;
            case "expref": {
                Node expression = node.child(0);
                return (Functions.Expref) element -> visit(expression, element);
            }
            case "function_expression": {
                List<Object> arguments = new ArrayList<>();
                for (Node child : node.children) {
                    arguments.add(visit(child, value));
                }
                return Functions.call((String) node.value, arguments);
            }
            case "filter_projection":
                return filterProjection(node, value);
            case "flatten":
                return flatten(visit(node.child(0), value));
            case "index":
                return index(value, (BigInteger) node.value);
            case "slice":
                return value instanceof List<?> list ? Slices.slice(list, node.slice) : null;
            case "key_val_pair":
                return visit(node.child(0), value);
            case "literal":
                return node.value;
            case "multi_select_dict": {
                if (value == null) {
                    return null;
                }
                Map<Object, Object> collected = new LinkedHashMap<>();
                for (Node child : node.children) {
                    collected.put(child.value, visit(child, value));
                }
                return collected;
            }
            case "multi_select_list": {
                if (value == null) {
                    return null;
                }
                List<Object> collected = new ArrayList<>();
                for (Node child : node.children) {
                    collected.add(visit(child, value));
                }
                return collected;
            }
            case "or_expression": {
                Object matched = visit(node.child(0), value);
                return isFalse(matched) ? visit(node.child(1), value) : matched;
            }
            case "and_expression": {
                Object matched = visit(node.child(0), value);
                return isFalse(matched) ? matched : visit(node.child(1), value);
            }
            case "not_expression":
                return not(visit(node.child(0), value));
            case "projection": {
                Object base = visit(node.child(0), value);
                return base instanceof List<?> list ? project(list, node.child(1)) : null;
            }
            case "value_projection": {
                Object base = visit(node.child(0), value);
                return base instanceof Map<?, ?> map ? project(map.values(), node.child(1)) : null;
            }
            default:
                throw new IllegalStateException(node.type);
        }
    }

    private List<Object> project(Iterable<?> base, Node right) {
        List<Object> collected = new ArrayList<>();
        for (Object element : base) {
            Object current = visit(right, element);
            if (current != null) {
                collected.add(current);
            }
        }
        return collected;
    }

    private Object filterProjection(Node node, Object value) {
        Object base = visit(node.child(0), value);
        if (!(base instanceof List<?> list)) {
            return null;
        }
        List<Object> collected = new ArrayList<>();
        for (Object element : list) {
            if (!isFalse(visit(node.child(2), element))) {
                Object current = visit(node.child(1), element);
                if (current != null) {
                    collected.add(current);
                }
            }
        }
        return collected;
    }

    private static Object flatten(Object base) {
        if (!(base instanceof List<?> list)) {
            return null;
        }
        List<Object> merged = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof List<?> inner) {
                merged.addAll(inner);
            } else {
                merged.add(element);
            }
        }
        return merged;
    }

    /** {@code visit_index}: Python indexing, counting from the end for a negative index; IndexError is None. */
    private static Object index(Object value, BigInteger position) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        BigInteger at = position.signum() < 0 ? position.add(BigInteger.valueOf(list.size())) : position;
        if (at.signum() < 0 || at.compareTo(BigInteger.valueOf(list.size())) >= 0) {
            return null;
        }
        return list.get(at.intValueExact());
    }

    /**
     * {@code visit_comparator}: {@code ==}/{@code !=} are Python equality except that 0 and 1 never equal a boolean
     * ({@code _is_special_number_case}); ordering needs two numbers or two strings ({@code _is_comparable}), else
     * None, and Python raises for a number against a string.
     */
    private Object comparator(Node node, Object value) {
        Object left = visit(node.child(0), value);
        Object right = visit(node.child(1), value);
        String operator = (String) node.value;
        if (operator.equals("eq")) {
            return equal(left, right);
        }
        if (operator.equals("ne")) {
            return !equal(left, right);
        }
        if (!isComparable(left) || !isComparable(right)) {
            return null;
        }
        String symbol = switch (operator) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "lte" -> "<=";
            default -> ">=";
        };
        int order = PythonComparison.compare(left, right, symbol);
        if (isNaN(left) || isNaN(right)) {
            return false;
        }
        return switch (operator) {
            case "lt" -> order < 0;
            case "gt" -> order > 0;
            case "lte" -> order <= 0;
            default -> order >= 0;
        };
    }

    private static boolean equal(Object x, Object y) {
        if (isActualNumber(x) && isZeroOrOne(x)) {
            if (y instanceof Boolean) {
                return false;
            }
        } else if (isActualNumber(y) && isZeroOrOne(y) && x instanceof Boolean) {
            return false;
        }
        return PythonComparison.equals(x, y);
    }

    private static boolean isZeroOrOne(Object number) {
        double d = ((Number) number).doubleValue();
        return d == 0.0 || d == 1.0;
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }

    private static boolean isComparable(Object value) {
        return isActualNumber(value) || value instanceof String;
    }

    /** {@code _is_actual_number}: a bool is an int in Python, but not a number to JMESPath. */
    private static boolean isActualNumber(Object value) {
        return value instanceof Number;
    }

    /** {@code visit_not_expression}: {@code !0} is false, otherwise Python's {@code not}. */
    private static boolean not(Object value) {
        if (isActualNumber(value) && PythonComparison.equals(value, 0L)) {
            return false;
        }
        return !PythonValues.truthy(value);
    }

    /** {@code _is_false}: JMESPath's falsy values; unlike Python, 0 is true. */
    static boolean isFalse(Object value) {
        return value == null || Boolean.FALSE.equals(value) || "".equals(value)
                || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof Map<?, ?> map && map.isEmpty());
    }
}

package dev.ssocli.jmespath;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonComparison;
import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonStrings;
import dev.ssocli.python.PythonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JMESPath built-in functions as Python's {@code jmespath/functions.py Functions} implements them, over
 * response models: {@code call_function} checks arity and types with its exact error texts, Python number types
 * ({@code sum} of ints is an int, {@code ceil} returns an int), {@code to_string} as {@code json.dumps}, and
 * {@code sort}/{@code sort_by} stable like Python's {@code sorted}. {@link TreeInterpreter} calls them.
 */
final class Functions {
    /** An expression-reference argument ({@code &expr}). */
    interface Expref {
        Object apply(Object value);
    }

    private record Signature(List<List<String>> types, boolean variadic) {
    }

    private static final Map<String, Signature> SIGNATURES = new LinkedHashMap<>();

    static {
        sig("abs", false, List.of("number"));
        sig("avg", false, List.of("array-number"));
        sig("not_null", true, List.of());
        sig("to_array", false, List.of());
        sig("to_string", false, List.of());
        sig("to_number", false, List.of());
        sig("contains", false, List.of("array", "string"), List.of());
        sig("length", false, List.of("string", "array", "object"));
        sig("ends_with", false, List.of("string"), List.of("string"));
        sig("starts_with", false, List.of("string"), List.of("string"));
        sig("reverse", false, List.of("array", "string"));
        sig("ceil", false, List.of("number"));
        sig("floor", false, List.of("number"));
        sig("join", false, List.of("string"), List.of("array-string"));
        sig("map", false, List.of("expref"), List.of("array"));
        sig("max", false, List.of("array-number", "array-string"));
        sig("merge", true, List.of("object"));
        sig("min", false, List.of("array-number", "array-string"));
        sig("sort", false, List.of("array-string", "array-number"));
        sig("sum", false, List.of("array-number"));
        sig("keys", false, List.of("object"));
        sig("values", false, List.of("object"));
        sig("type", false, List.of());
        sig("sort_by", false, List.of("array"), List.of("expref"));
        sig("min_by", false, List.of("array"), List.of("expref"));
        sig("max_by", false, List.of("array"), List.of("expref"));
    }

    @SafeVarargs
    private static void sig(String name, boolean variadic, List<String>... types) {
        SIGNATURES.put(name, new Signature(List.of(types), variadic));
    }

    private static final Map<String, List<String>> PYTHON_TYPES = Map.of(
            "boolean", List.of("bool"), "array", List.of("list", "_Projection"),
            "object", List.of("dict", "OrderedDict"), "null", List.of("NoneType"),
            "string", List.of("unicode", "str"), "number", List.of("float", "int", "long"),
            "expref", List.of("_Expression"));

    private static final Pattern PYTHON_FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    private Functions() {
    }

    /** {@code Functions.call_function}. */
    static Object call(String name, List<Object> args) {
        Signature signature = SIGNATURES.get(name);
        if (signature == null) {
            throw new GeneralException("Unknown function: " + name + "()");
        }
        int expected = signature.types.size();
        if (signature.variadic) {
            if (args.size() < expected) {
                throw new GeneralException("Expected at least " + expected + " " + plural(expected)
                        + " for function " + name + "(), received " + args.size());
            }
        } else if (args.size() != expected) {
            throw new GeneralException("Expected " + expected + " " + plural(expected) + " for function " + name
                    + "(), received " + args.size());
        }
        for (int i = 0; i < expected; i++) {
            List<String> allowed = signature.types.get(i);
            if (!allowed.isEmpty()) {
                typeCheck(args.get(i), allowed, name);
            }
        }
        return invoke(name, args);
    }

    private static String plural(int count) {
        return count == 1 ? "argument" : "arguments";
    }

    static String pythonTypeName(Object value) {
        return value instanceof Expref ? "_Expression" : PythonValues.typeName(value);
    }

    static String jmespathType(String pythonTypeName) {
        return switch (pythonTypeName) {
            case "bool" -> "boolean";
            case "list", "_Projection" -> "array";
            case "dict", "OrderedDict" -> "object";
            case "NoneType" -> "null";
            case "unicode", "str" -> "string";
            case "float", "int", "long" -> "number";
            case "_Expression" -> "expref";
            default -> "unknown";
        };
    }

    private static void typeCheck(Object current, List<String> types, String name) {
        List<String> allowedTypes = new ArrayList<>();
        List<List<String>> allowedSubtypes = new ArrayList<>();
        for (String t : types) {
            int dash = t.indexOf('-');
            if (dash >= 0) {
                allowedSubtypes.add(PYTHON_TYPES.get(t.substring(dash + 1)));
                allowedTypes.addAll(PYTHON_TYPES.get(t.substring(0, dash)));
            } else {
                allowedTypes.addAll(PYTHON_TYPES.get(t));
            }
        }
        String actual = pythonTypeName(current);
        if (!allowedTypes.contains(actual)) {
            throw typeError(name, current, jmespathType(actual), types);
        }
        if (allowedSubtypes.isEmpty()) {
            return;
        }
        List<?> elements = (List<?>) current;
        if (allowedSubtypes.size() == 1) {
            for (Object element : elements) {
                String elementType = pythonTypeName(element);
                if (!allowedSubtypes.get(0).contains(elementType)) {
                    throw typeError(name, element, elementType, types);
                }
            }
        } else if (!elements.isEmpty()) {
            String first = pythonTypeName(elements.get(0));
            List<String> allowed = null;
            for (List<String> subtypes : allowedSubtypes) {
                if (subtypes.contains(first)) {
                    allowed = subtypes;
                    break;
                }
            }
            if (allowed == null) {
                throw typeError(name, elements.get(0), first, types);
            }
            for (Object element : elements) {
                String elementType = pythonTypeName(element);
                if (!allowed.contains(elementType)) {
                    throw typeError(name, element, elementType, types);
                }
            }
        }
    }

    private static GeneralException typeError(String name, Object value, String actualType, List<String> expected) {
        String shown = value instanceof Expref ? "<jmespath.visitor._Expression object>" : PythonValues.str(value);
        return new GeneralException("In function " + name + "(), invalid type for value: " + shown
                + ", expected one of: " + PythonValues.repr(expected) + ", received: \"" + actualType + "\"");
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(String name, List<Object> args) {
        Object arg = args.isEmpty() ? null : args.get(0);
        switch (name) {
            case "abs":
                return abs(arg);
            case "avg": {
                List<Object> list = (List<Object>) arg;
                return list.isEmpty() ? null : PythonComparison.toDouble(sum(list)) / list.size();
            }
            case "not_null":
                for (Object a : args) {
                    if (a != null) {
                        return a;
                    }
                }
                return null;
            case "to_array":
                return arg instanceof List ? arg : new ArrayList<>(Collections.singletonList(arg));
            case "to_string":
                return arg instanceof String ? arg : PythonJson.COMPACT.dumps(arg);
            case "to_number":
                return toNumber(arg);
            case "contains":
                return contains(arg, args.get(1));
            case "length":
                return (long) (arg instanceof String s ? s.codePointCount(0, s.length())
                        : arg instanceof List<?> l ? l.size() : ((Map<?, ?>) arg).size());
            case "ends_with":
                return ((String) arg).endsWith((String) args.get(1));
            case "starts_with":
                return ((String) arg).startsWith((String) args.get(1));
            case "reverse":
                if (arg instanceof String s) {
                    return new StringBuilder(s).reverse().toString();
                }
                List<Object> reversed = new ArrayList<>((List<Object>) arg);
                Collections.reverse(reversed);
                return reversed;
            case "ceil":
                return roundToInteger(arg, RoundingMode.CEILING);
            case "floor":
                return roundToInteger(arg, RoundingMode.FLOOR);
            case "join": {
                List<String> parts = new ArrayList<>();
                for (Object o : (List<Object>) args.get(1)) {
                    parts.add((String) o);
                }
                return String.join((String) arg, parts);
            }
            case "map": {
                Expref expref = (Expref) arg;
                List<Object> result = new ArrayList<>();
                for (Object element : (List<Object>) args.get(1)) {
                    result.add(expref.apply(element));
                }
                return result;
            }
            case "max":
                return extreme((List<Object>) arg, 1);
            case "min":
                return extreme((List<Object>) arg, -1);
            case "merge": {
                Map<Object, Object> merged = new LinkedHashMap<>();
                for (Object a : args) {
                    if (!(a instanceof Map<?, ?> m)) {
                        throw new GeneralException("'" + PythonValues.typeName(a) + "' object is not iterable");
                    }
                    merged.putAll(m);
                }
                return merged;
            }
            case "sort": {
                List<Object> sorted = new ArrayList<>((List<Object>) arg);
                sorted.sort(PythonComparison::compare);
                return sorted;
            }
            case "sum":
                return sum((List<Object>) arg);
            case "keys":
                return new ArrayList<>(((Map<Object, Object>) arg).keySet());
            case "values":
                return new ArrayList<>(((Map<Object, Object>) arg).values());
            case "type":
                return jmespathType(PythonValues.typeName(arg));
            case "sort_by":
                return sortBy((List<Object>) arg, (Expref) args.get(1));
            case "min_by":
                return extremeBy((List<Object>) arg, (Expref) args.get(1), -1, "min_by");
            case "max_by":
                return extremeBy((List<Object>) arg, (Expref) args.get(1), 1, "max_by");
            default:
                throw new GeneralException("Unknown function: " + name + "()");
        }
    }

    private static Object abs(Object value) {
        if (value instanceof BigInteger b) {
            return b.abs();
        }
        if (PythonValues.isInteger(value)) {
            long l = ((Number) value).longValue();
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).abs() : (Object) Math.abs(l);
        }
        return Math.abs(((Number) value).doubleValue());
    }

    /** Python's {@code sum}: exact while the items are ints, float arithmetic from the first float on. */
    private static Object sum(List<Object> values) {
        BigInteger exact = BigInteger.ZERO;
        Double floating = null;
        for (Object value : values) {
            if (floating == null && PythonValues.isInteger(value)) {
                exact = exact.add(PythonComparison.toBigInteger(value));
            } else {
                if (floating == null) {
                    floating = exact.doubleValue();
                }
                floating += PythonComparison.toDouble(value);
            }
        }
        return floating != null ? (Object) floating : normalize(exact);
    }

    private static Object roundToInteger(Object value, RoundingMode mode) {
        if (PythonValues.isInteger(value)) {
            return value;
        }
        double d = PythonComparison.toDouble(value);
        if (Double.isNaN(d)) {
            throw new GeneralException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new GeneralException("cannot convert float infinity to integer");
        }
        return normalize(new BigDecimal(d).setScale(0, mode).toBigIntegerExact());
    }

    private static Object toNumber(Object arg) {
        if (arg == null || arg instanceof List || arg instanceof Map || arg instanceof Boolean) {
            return null;
        }
        if (arg instanceof Number) {
            return arg;
        }
        String s = (String) arg;
        BigInteger integer = PythonStrings.parseInt(s);
        if (integer != null) {
            return normalize(integer);
        }
        String stripped = s.strip();
        String lower = stripped.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+-]", "");
        boolean negative = stripped.startsWith("-");
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (PYTHON_FLOAT.matcher(stripped).matches()) {
            return Double.parseDouble(stripped.replace("_", ""));
        }
        return null;
    }

    private static boolean contains(Object subject, Object search) {
        if (subject instanceof String s) {
            if (!(search instanceof String needle)) {
                throw new GeneralException("'in <string>' requires string as left operand, not "
                        + PythonValues.typeName(search));
            }
            return s.contains(needle);
        }
        for (Object element : (List<?>) subject) {
            if (PythonComparison.equals(element, search)) {
                return true;
            }
        }
        return false;
    }

    private static Object extreme(List<Object> values, int sign) {
        if (values.isEmpty()) {
            return null;
        }
        Object best = values.get(0);
        for (Object value : values.subList(1, values.size())) {
            if (sign * PythonComparison.compare(value, best) > 0) {
                best = value;
            }
        }
        return best;
    }

    private static Object extremeBy(List<Object> values, Expref expref, int sign, String name) {
        if (values.isEmpty()) {
            return null;
        }
        List<String> allowed = List.of("number", "string");
        Object best = values.get(0);
        Object bestKey = key(expref, best, allowed, name);
        for (Object value : values.subList(1, values.size())) {
            Object k = key(expref, value, allowed, name);
            if (sign * PythonComparison.compare(k, bestKey) > 0) {
                best = value;
                bestKey = k;
            }
        }
        return best;
    }

    private static List<Object> sortBy(List<Object> values, Expref expref) {
        if (values.isEmpty()) {
            return values;
        }
        String required = jmespathType(pythonTypeName(expref.apply(values.get(0))));
        if (!required.equals("number") && !required.equals("string")) {
            throw typeError("sort_by", values.get(0), required, List.of("string", "number"));
        }
        List<Object[]> decorated = new ArrayList<>();
        for (Object value : values) {
            decorated.add(new Object[] {key(expref, value, List.of(required), "sort_by"), value});
        }
        decorated.sort(Comparator.comparing(pair -> pair[0], PythonComparison::compare));
        List<Object> sorted = new ArrayList<>();
        for (Object[] pair : decorated) {
            sorted.add(pair[1]);
        }
        return sorted;
    }

    private static Object key(Expref expref, Object value, List<String> allowed, String name) {
        Object result = expref.apply(value);
        String type = jmespathType(pythonTypeName(result));
        if (!allowed.contains(type)) {
            throw typeError(name, result, type, allowed);
        }
        return result;
    }

    private static Object normalize(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}

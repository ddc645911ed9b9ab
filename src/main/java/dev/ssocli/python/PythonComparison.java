package dev.ssocli.python;

import dev.ssocli.errors.GeneralException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python's {@code ==} and {@code <} over JSON-like values (bool, int, float, str, list, dict, None). */
public final class PythonComparison {
    private PythonComparison() {
    }

    /** Python's {@code ==} (True equals 1, 1 equals 1.0). */
    public static boolean equals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equals(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : ma.entrySet()) {
                if (!mb.containsKey(entry.getKey()) || !equals(entry.getValue(), mb.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumeric(Object value) {
        return value instanceof Boolean || value instanceof Number;
    }

    /** Python's {@code <} between two numbers or two strings; anything else is a TypeError. */
    public static int compare(Object a, Object b) {
        return compare(a, b, "<");
    }

    public static int compare(Object a, Object b, String operator) {
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return PythonValues.compareCodePoints(sa, sb);
        }
        throw new GeneralException("'" + operator + "' not supported between instances of '" + PythonValues.typeName(a)
                + "' and '" + PythonValues.typeName(b) + "'");
    }

    private static int compareNumbers(Object a, Object b) {
        if (!PythonValues.isFloat(a) && !PythonValues.isFloat(b)) {
            return toBigInteger(a).compareTo(toBigInteger(b));
        }
        double da = toDouble(a);
        double db = toDouble(b);
        if (Double.isNaN(da) || Double.isNaN(db)) {
            return 1;
        }
        if (Double.isInfinite(da) || Double.isInfinite(db)) {
            return Double.compare(da, db);
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    /** Python's {@code int(x)} of an int or a bool. */
    public static BigInteger toBigInteger(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    /** Python's {@code float(x)} of a number or a bool. */
    public static double toDouble(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).doubleValue();
    }

    private static BigDecimal toBigDecimal(Object value) {
        if (PythonValues.isFloat(value)) {
            return new BigDecimal(toDouble(value));
        }
        return new BigDecimal(toBigInteger(value));
    }
}

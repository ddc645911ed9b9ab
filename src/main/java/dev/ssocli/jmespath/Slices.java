package dev.ssocli.jmespath;

import dev.ssocli.errors.GeneralException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python's {@code list[start:stop:step]} ({@code slice.indices}), which {@code TreeInterpreter.visit_slice} uses. */
final class Slices {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE / 2);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE / 2);

    private Slices() {
    }

    static List<Object> slice(List<?> list, Object[] bounds) {
        long step = bounds[2] == null ? 1 : clamp(bounds[2]);
        if (step == 0) {
            throw new GeneralException("slice step cannot be zero");
        }
        long length = list.size();
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start = bounds[0] == null ? (step < 0 ? upper : lower) : adjust(clamp(bounds[0]), length, lower, upper);
        long stop = bounds[1] == null ? (step < 0 ? lower : upper) : adjust(clamp(bounds[1]), length, lower, upper);
        List<Object> result = new ArrayList<>();
        if (step > 0) {
            for (long i = start; i < stop; i += step) {
                result.add(list.get((int) i));
            }
        } else {
            for (long i = start; i > stop; i += step) {
                result.add(list.get((int) i));
            }
        }
        return result;
    }

    private static long adjust(long bound, long length, long lower, long upper) {
        if (bound < 0) {
            return Math.max(bound + length, lower);
        }
        return Math.min(bound, upper);
    }

    private static long clamp(Object bound) {
        return ((BigInteger) bound).max(LONG_MIN).min(LONG_MAX).longValueExact();
    }
}

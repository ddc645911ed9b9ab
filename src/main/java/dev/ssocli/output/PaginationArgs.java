package dev.ssocli.output;

import dev.ssocli.errors.UsageException;
import dev.ssocli.python.PythonStrings;
import dev.ssocli.python.PythonValues;
import java.math.BigInteger;

/** The CLI's paging options: {@code --max-items}, {@code --starting-token}, {@code --page-size}, {@code --no-paginate}. */
public record PaginationArgs(Integer maxItems, String startingToken, Integer pageSize, boolean noPaginate) {
    /** Automatic pagination with no paging options. */
    public static final PaginationArgs NONE = new PaginationArgs(null, null, null, false);

    /**
     * Parses the option values as the CLI's argument parser does ({@code type=int}: surrounding whitespace, a sign
     * and underscores between digits allowed); a bad number is a usage error such as
     * {@code argument --max-items: invalid int value: 'abc'} (exit 252). Null means the option was not given.
     */
    public static PaginationArgs parse(String maxItems, String startingToken, String pageSize, boolean noPaginate) {
        return new PaginationArgs(parseInt("--max-items", maxItems), startingToken, parseInt("--page-size", pageSize),
                noPaginate);
    }

    private static Integer parseInt(String option, String value) {
        if (value == null) {
            return null;
        }
        BigInteger parsed = PythonStrings.parseInt(value);
        if (parsed == null) {
            throw new UsageException("argument " + option + ": invalid int value: " + PythonValues.stringRepr(value));
        }
        return parsed.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE))
                .intValueExact();
    }
}

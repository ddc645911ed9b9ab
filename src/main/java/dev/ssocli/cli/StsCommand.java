package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code aws sts}: the Security Token Service operations. */
@Command(name = "sts",
        description = "AWS Security Token Service.")
public final class StsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("the following arguments are required: operation");
    }
}

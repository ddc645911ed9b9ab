package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code aws configure}: the configuration helpers. */
@Command(name = "configure",
        description = "Configure AWS CLI options.")
public final class ConfigureCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        // Plain `aws configure` is the access-key wizard, which this project does not provide.
        throw new UsageException("the following arguments are required: operation");
    }
}

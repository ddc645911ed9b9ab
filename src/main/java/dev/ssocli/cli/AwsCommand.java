package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws}: the root of the command tree. */
@Command(name = "aws",
        description = "The AWS Command Line Interface (IAM Identity Center subset).")
public final class AwsCommand implements Callable<Integer> {
    @Mixin
    public GlobalOptions globals = new GlobalOptions();

    @Option(names = "--version", description = "Display the version of this tool.")
    boolean version;

    @Override
    public Integer call() {
        throw new UsageException("the following arguments are required: command");
    }
}

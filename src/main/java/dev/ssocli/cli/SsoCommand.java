package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code aws sso}: login, logout and the SSO portal operations. */
@Command(name = "sso",
        description = "AWS IAM Identity Center (SSO) portal operations and login.")
public final class SsoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageException("the following arguments are required: operation");
    }
}

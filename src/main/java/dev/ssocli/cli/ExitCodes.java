package dev.ssocli.cli;

import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.errors.QuietExit;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.errors.UnknownOptionsException;
import dev.ssocli.errors.UsageException;

/** The one place that turns a failure into the AWS CLI's exit code (docs/cli-surface.md#exit-codes). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERRUPTED = 130;
    public static final int PARAM_VALIDATION = 252;
    public static final int CONFIGURATION = 253;
    public static final int SERVICE = 254;
    public static final int GENERAL = 255;

    private ExitCodes() {
    }

    public static int of(Throwable failure) {
        if (failure instanceof QuietExit quiet) {
            return quiet.exitCode();
        }
        if (failure instanceof UsageException || failure instanceof UnknownOptionsException
                || failure instanceof ParamValidationException) {
            return PARAM_VALIDATION;
        }
        if (failure instanceof ConfigurationException) {
            return CONFIGURATION;
        }
        if (failure instanceof ServiceException) {
            return SERVICE;
        }
        if (failure instanceof InterruptedException) {
            return INTERRUPTED;
        }
        return GENERAL;
    }
}

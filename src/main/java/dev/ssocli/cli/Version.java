package dev.ssocli.cli;

import dev.ssocli.runtime.Environment;

/** The {@code --version} line, in the AWS CLI's shape, naming this implementation. */
public final class Version {
    /** The AWS CLI v2 release whose behaviour this implementation follows. */
    public static final String AWS_CLI_COMPATIBLE = "2.36.12";
    public static final String NAME = "aws-sso-java";

    private Version() {
    }

    public static String implementationVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** e.g. {@code aws-cli/2.36.12 aws-sso-java/0.1.0 Java/17.0.15 Linux/6.1.0 source/amd64}. */
    public static String line(Environment env) {
        return "aws-cli/" + AWS_CLI_COMPATIBLE + " " + NAME + "/" + implementationVersion()
                + " Java/" + System.getProperty("java.version")
                + " " + System.getProperty("os.name").replace(' ', '_') + "/" + System.getProperty("os.version")
                + " source/" + System.getProperty("os.arch");
    }
}

package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aws sts get-caller-identity} against the emulator: credentials, output, region and endpoint rules. */
class StsGetCallerIdentityTest {
    private static final String IDENTITY = "\\{\n    \"UserId\": \"AROA[A-Z2-7]{17}:alice@example\\.com\",\n"
            + "    \"Account\": \"123456789012\",\n"
            + "    \"Arn\": \"arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_ReadOnly_[0-9a-f]{16}/"
            + "alice@example\\.com\"\n}\n";

    @TempDir
    Path home;
    private SsoWorld world;

    @BeforeEach
    void login() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG + "[profile static]\n"
                + "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = secretstatic\n"
                + "[profile nocreds]\nregion = us-east-1\n");
        CliRun.Result login = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(login.exitCode()).as(login.err()).isZero();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void printsTheIdentityOfAnSsoProfile() {
        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--profile", "dev");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches(IDENTITY);
    }

    @Test
    void queryAccountAsTextIsTheAccountAndANewline() {
        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--query", "Account", "--output", "text",
                "--profile", "dev");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("123456789012\n");
    }

    @Test
    void theProfileComesFromAwsProfileAndItsOutputSetting() throws IOException {
        Files.writeString(home.resolve(".aws/config"), SsoWorld.CONFIG.replace("region = eu-west-2\n",
                "region = eu-west-2\noutput = text\n"));
        CliRun.Result result = world.cli().env("AWS_PROFILE", "dev").run("sts", "get-caller-identity");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).matches("123456789012\tarn:aws:sts::123456789012:assumed-role/AWSReservedSSO_ReadOnly_"
                + "[0-9a-f]{16}/alice@example\\.com\tAROA[A-Z2-7]{17}:alice@example\\.com\n");
    }

    @Test
    void badInput() {
        assertError(world.cli().run("sts", "get-caller-identity", "--profile", "nope"), 255,
                "\naws: [ERROR]: The config profile (nope) could not be found\n");
        assertError(world.cli().run("sts", "get-caller-identity", "--profile", "nocreds"), 253,
                "\naws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials. You can configure credentials by running \"aws login\".\n");
        assertError(world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--query", "["), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --query [: Invalid jmespath expression: Incomplete expression:\n\"[\"\n  ^\n");
        assertError(world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", "notaurl"),
                252, "\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --endpoint-url \"notaurl\": scheme is missing.  Must be of the form "
                        + "http://<hostname>/ or https://<hostname>/\n");
        assertError(world.cli().env("AWS_DEFAULT_OUTPUT", "bogus").run("sts", "get-caller-identity", "--profile",
                "dev"), 255, "\naws: [ERROR]: Unknown output type: bogus\n");
        CliRun.Result missingKey = world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--query", "Nope");
        assertThat(missingKey.out()).isEqualTo("null\n");
        assertThat(missingKey.exitCode()).isZero();
    }

    @Test
    void unsignedWithNoSignRequest() {
        assertError(world.cli().run("sts", "get-caller-identity", "--profile", "nocreds", "--no-sign-request"), 254,
                "\naws: [ERROR]: An error occurred (MissingAuthenticationToken) when calling the GetCallerIdentity operation: "
                        + "Request is missing Authentication Token\n");
    }

    @Test
    void environmentKeysAreUsedUnlessTheProfileFlagIsGiven() {
        CliRun env = world.cli().env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "bad")
                .env("AWS_PROFILE", "dev");
        CliRun.Result fromEnv = env.run("sts", "get-caller-identity");
        assertThat(fromEnv.exitCode()).isEqualTo(254);
        assertThat(fromEnv.err()).startsWith("\naws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the "
                + "GetCallerIdentity operation: ");
        assertThat(env.run("sts", "get-caller-identity", "--profile", "dev").out()).matches(IDENTITY);
    }

    @Test
    void withoutARegionStsIsCalledGloballyAndSignedForUsEast1() throws IOException {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer sts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sts.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                    + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/x</Arn><UserId>AIDAX</UserId>"
                    + "<Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sts.start();
        try {
            String endpoint = "http://127.0.0.1:" + sts.getAddress().getPort();
            CliRun cli = CliRun.in(home).env("AWS_EC2_METADATA_DISABLED", "true");
            // No region: an explicit endpoint then needs one, as in the CLI.
            assertError(cli.run("sts", "get-caller-identity", "--profile", "static", "--endpoint-url", endpoint), 253,
                    "\naws: [ERROR]: An error occurred (NoRegion): You must specify a region. You can also configure your region by running \"aws configure\".\n");
            CliRun.Result regional = cli.env("AWS_REGION", "ap-south-1")
                    .run("sts", "get-caller-identity", "--profile", "static", "--endpoint-url", endpoint);
            assertThat(regional.exitCode()).as(regional.err()).isZero();
            assertThat(authorizations).singleElement().asString()
                    .contains("Credential=AKIDSTATIC/").contains("/ap-south-1/sts/aws4_request");
        } finally {
            sts.stop(0);
        }
    }

    @Test
    void withoutARegionOrEndpointTheGlobalEndpointIsUsed() {
        CliRun cli = CliRun.in(home).env("AWS_EC2_METADATA_DISABLED", "true").env("HTTPS_PROXY", "http://127.0.0.1:9");
        assertError(cli.run("sts", "get-caller-identity", "--profile", "static", "--cli-connect-timeout", "1"), 255,
                "\naws: [ERROR]: Could not connect to the endpoint URL: \"https://sts.amazonaws.com/\"\n");
        assertError(cli.run("sts", "get-caller-identity", "--profile", "static", "--region", "eu-west-2"), 255,
                "\naws: [ERROR]: Could not connect to the endpoint URL: \"https://sts.eu-west-2.amazonaws.com/\"\n");
    }

    @Test
    void configuredEndpointsCanBeIgnored() {
        CliRun.Result result = world.cli().env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
                .env("HTTPS_PROXY", "http://127.0.0.1:9")
                .run("sts", "get-caller-identity", "--profile", "static");
        assertError(result, 255, "\naws: [ERROR]: Could not connect to the endpoint URL: \"https://sts.amazonaws.com/\"\n");
    }

    @Test
    void endpointsFromServicesSectionsAndProfileEndpointUrl() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile viaservices]\n"
                + "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = secretstatic\nregion = us-east-1\n"
                + "services = local\n"
                + "[services local]\nsts =\n    endpoint_url = " + world.emulator.endpoint() + "\n"
                + "[profile viaurl]\n"
                + "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = secretstatic\nregion = us-east-1\n"
                + "endpoint_url = " + world.emulator.endpoint() + "\n"
                + "[profile missingservices]\n"
                + "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = secretstatic\nservices = nope\n");
        CliRun cli = CliRun.in(home).env("AWS_EC2_METADATA_DISABLED", "true");
        // The emulator answers (it does not know these keys): the request went to the configured endpoint.
        String rejected = "\naws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: ";
        for (String profile : new String[] {"viaservices", "viaurl"}) {
            CliRun.Result result = cli.run("sts", "get-caller-identity", "--profile", profile);
            assertThat(result.err()).startsWith(rejected);
            assertThat(result.exitCode()).isEqualTo(254);
        }
        assertError(cli.run("sts", "get-caller-identity", "--profile", "missingservices"), 255,
                "\naws: [ERROR]: The profile is configured to use the services section but the \"nope\" services configuration "
                        + "does not exist.\n");
    }

    private static void assertError(CliRun.Result result, int exitCode, String stderr) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(stderr);
        assertThat(result.exitCode()).isEqualTo(exitCode);
    }
}

package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.FrontLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws_completer} beside the reference AWS CLI's {@code aws_completer}: for our command lines it offers at
 * least what the reference offers; every other line is answered by the reference itself, in the bash/zsh form
 * (COMP_LINE and COMP_POINT) and the fish form (COMP_SHELL=fish, no COMP_POINT).
 */
@Timeout(600)
class CompletionIT {
    private static final List<String> OURS = List.of("aws sso ", "aws sso lo", "aws sso login --",
            "aws sso login --profile x --no", "aws sso logout ", "aws sso list-accounts --", "aws sso list-account-roles ",
            "aws sso get-role-credentials --", "aws configure sso --", "aws configure sso-session --",
            "aws configure list-profiles --", "aws configure list --", "aws configure get --", "aws configure set --s",
            "aws configure export-credentials --", "aws sts get-caller-identity --", "aws --region us-east-1 sso log",
            "aws sts get-caller-identity --output ", "aws configure get ", "aws --", "aws sso --");
    private static final List<String> OTHERS = List.of("aws ", "aws s", "aws configure ", "aws configure i",
            "aws sts ", "aws sts get-", "aws s3 ", "aws s3 ls --", "aws sso-oidc register-client --",
            "aws --profile x ec2 describe-instances --inst");

    @TempDir
    Path tmp;

    @Test
    void offersAtLeastWhatTheReferenceOffersAndHandsOverTheRest() throws Exception {
        Path reference = FrontLayout.referenceCli();
        assumeTrue(reference != null, "reference AWS CLI v2 not at hand");
        FrontLayout layout = FrontLayout.create(tmp);
        Map<String, String> env = layout.env(layout.path(layout.linkDir("real", reference)));
        Path ours = layout.front().resolve("aws_completer");
        Path theirs = reference.resolveSibling("aws_completer");
        for (String line : OURS) {
            assertThat(complete(ours, line, env, false)).as(line).containsAll(complete(theirs, line, env, false));
        }
        for (String line : OTHERS) {
            List<String> expected = complete(theirs, line, env, false);
            assertThat(complete(ours, line, env, false)).as(line).isEqualTo(expected);
            assertThat(complete(ours, line, env, true)).as("fish: " + line).isEqualTo(expected);
        }
        assertThat(complete(ours, "aws s3 ", env, false)).contains("ls", "cp", "sync");
    }

    private static List<String> complete(Path completer, String line, Map<String, String> env, boolean fish)
            throws Exception {
        Map<String, String> lineEnv = new HashMap<>(env);
        lineEnv.put("COMP_LINE", line);
        if (fish) {
            lineEnv.put("COMP_SHELL", "fish");
        } else {
            lineEnv.put("COMP_POINT", Integer.toString(line.length()));
        }
        ExternalCommand.Result result = FrontLayout.run(List.of(completer.toString()), lineEnv, completer.getParent(),
                "");
        assertThat(result.exitCode()).as(line + ": " + result.err()).isZero();
        List<String> words = new ArrayList<>();
        for (String word : result.out().split("\n")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }
}

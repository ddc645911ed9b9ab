package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import org.junit.jupiter.api.Test;

class OutputSettingsTest {
    private static final java.util.function.IntSupplier NO_TERMINAL = () -> {
        throw new AssertionError("terminal width asked for without a terminal");
    };

    @Test
    void outputOptionWinsOverEnvironmentOverProfile() {
        assertThat(resolve("text", "yaml", "table").format()).isEqualTo(OutputFormat.TEXT);
        assertThat(resolve(null, "yaml", "table").format()).isEqualTo(OutputFormat.YAML);
        assertThat(resolve(null, null, "table").format()).isEqualTo(OutputFormat.TABLE);
        assertThat(resolve(null, null, null).format()).isEqualTo(OutputFormat.JSON);
        assertThat(resolve(null, null, "yaml-stream").format()).isEqualTo(OutputFormat.YAML_STREAM);
    }

    @Test
    void unknownOrEmptyOutputTypeIsAGeneralError() {
        assertThatThrownBy(() -> resolve(null, "bogus", "json")).isInstanceOf(GeneralException.class)
                .hasMessage("Unknown output type: bogus");
        assertThatThrownBy(() -> resolve(null, "", "json")).hasMessage("Unknown output type: ");
        assertThatThrownBy(() -> resolve(null, null, "JSON")).hasMessage("Unknown output type: JSON");
    }

    @Test
    void colourIsOnForOnAndForAutoOnATerminal() {
        assertThat(OutputSettings.resolve(null, null, null, null, "on", false, NO_TERMINAL).color()).isTrue();
        assertThat(OutputSettings.resolve(null, null, null, null, "off", true, () -> 100).color()).isFalse();
        assertThat(OutputSettings.resolve(null, null, null, null, "auto", true, () -> 100).color()).isTrue();
        assertThat(OutputSettings.resolve(null, null, null, null, null, false, NO_TERMINAL).color()).isFalse();
    }

    @Test
    void widthIsTheTerminalsOr80() {
        assertThat(OutputSettings.resolve(null, null, null, null, null, true, () -> 132).terminalWidth())
                .isEqualTo(132);
        assertThat(OutputSettings.resolve(null, null, null, null, null, false, NO_TERMINAL).terminalWidth())
                .isEqualTo(80);
    }

    @Test
    void aBadQueryFailsBeforeTheOutputType() {
        assertThatThrownBy(() -> OutputSettings.resolve(null, "bogus", null, "[", null, false, NO_TERMINAL))
                .isInstanceOf(ParamValidationException.class)
                .hasMessage("Bad value for --query [: Invalid jmespath expression: Incomplete expression:\n"
                        + "\"[\"\n  ^");
        assertThatThrownBy(() -> OutputSettings.validateQuery(""))
                .hasMessage("Bad value for --query : Invalid JMESPath expression: cannot be empty.");
    }

    private static OutputSettings resolve(String option, String env, String profile) {
        return OutputSettings.resolve(option, env, profile, null, null, false, NO_TERMINAL);
    }
}

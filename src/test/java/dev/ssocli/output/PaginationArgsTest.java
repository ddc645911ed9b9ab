package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.UsageException;
import org.junit.jupiter.api.Test;

class PaginationArgsTest {
    @Test
    void acceptsWhatPythonIntAccepts() {
        assertThat(PaginationArgs.parse(" 12 ", null, "+3", false))
                .isEqualTo(new PaginationArgs(12, null, 3, false));
        assertThat(PaginationArgs.parse("1_000", "tok", "-1", true))
                .isEqualTo(new PaginationArgs(1000, "tok", -1, true));
        assertThat(PaginationArgs.parse("\u0663", null, null, false).maxItems()).isEqualTo(3);
        assertThat(PaginationArgs.parse("100000000000000000000", null, null, false).maxItems())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsOtherTextWithTheArgparseMessage() {
        assertThatThrownBy(() -> PaginationArgs.parse("abc", null, null, false))
                .isInstanceOf(UsageException.class)
                .hasMessage("argument --max-items: invalid int value: 'abc'");
        assertThatThrownBy(() -> PaginationArgs.parse(null, null, "1.5", false))
                .hasMessage("argument --page-size: invalid int value: '1.5'");
        for (String bad : new String[] {"", "_1", "1_", "1__0", "+", "0x10", "1 2"}) {
            assertThatThrownBy(() -> PaginationArgs.parse(bad, null, null, false)).as(bad)
                    .isInstanceOf(UsageException.class);
        }
    }
}

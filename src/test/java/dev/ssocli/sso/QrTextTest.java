package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal QR code: every module of the symbol, two rows a line, inside a four-module light quiet zone. */
class QrTextTest {
    private static final String URL = "https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH";

    @Test
    void eachCharacterHoldsTwoModulesOfTheSymbol() {
        QrCode code = QrCode.encodeText(URL, QrCode.Ecc.LOW);
        int size = code.size + 8;
        List<String> lines = QrText.render(URL).lines().toList();

        assertThat(lines).hasSize((size + 1) / 2);
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            assertThat(line).hasSize(size);
            for (int x = 0; x < size; x++) {
                boolean top = !code.getModule(x - 4, 2 * row - 4);
                boolean bottom = 2 * row + 1 >= size || !code.getModule(x - 4, 2 * row + 1 - 4);
                char expected = top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' ');
                assertThat(line.charAt(x)).as("row %d column %d", row, x).isEqualTo(expected);
            }
        }
        assertThat(lines.get(0)).matches("█+");
        assertThat(lines.get(1)).matches("█+");
        // the top-left finder pattern at module (4, 4): its dark top row over its second row (dark, 5 light, dark)
        assertThat(lines.get(2).substring(3, 12)).isEqualTo("█ ▄▄▄▄▄ █");
    }
}

package dev.ssocli.sso;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as terminal text, two modules a character with half blocks, light modules drawn in the foreground
 * colour (as {@code qrencode -t UTF8} does), with the four-module quiet zone phones need to find the code.
 */
final class QrText {
    private static final int QUIET_ZONE = 4;

    private QrText() {
    }

    /** {@code text} encoded at the lowest error-correction level that fits (the smallest code). */
    static String render(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.LOW);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < size; y += 2) {
            for (int x = 0; x < size; x++) {
                boolean top = light(code, x - QUIET_ZONE, y - QUIET_ZONE);
                boolean bottom = y + 1 >= size || light(code, x - QUIET_ZONE, y + 1 - QUIET_ZONE);
                out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Outside the symbol is the quiet zone (light); {@code getModule} answers false there too. */
    private static boolean light(QrCode code, int x, int y) {
        return !code.getModule(x, y);
    }
}

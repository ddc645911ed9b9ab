package dev.ssocli.emulator.http;

/** The frame and escaping of the emulator's small HTML pages. */
public final class Html {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f2f3f3;margin:0}"
            + "main{max-width:28rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.2)}"
            + "h1{font-size:1.4rem;margin-top:0}"
            + ".code{font-family:monospace;font-size:1.8rem;letter-spacing:.15em;text-align:center;margin:1.5rem 0}"
            + "button{font-size:1rem;padding:.5rem 1.5rem;margin-right:.5rem;border-radius:4px;border:1px solid #888;"
            + "cursor:pointer}"
            + "button[value=allow]{background:#ff9900;border-color:#e88b00}"
            + "input[type=text]{font-family:monospace;font-size:1.2rem;padding:.3rem;width:10rem}";

    private Html() {
    }

    /** A complete page with the given title and body content (already escaped HTML). */
    public static String page(String title, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + content + "</main>\n</body>\n</html>\n";
    }

    public static String escape(String s) {
        return Xml.escape(s);
    }
}

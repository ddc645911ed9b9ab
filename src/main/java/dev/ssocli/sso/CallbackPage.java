package dev.ssocli.sso;

/**
 * The page the browser shows after the redirect to our loopback callback
 * (docs/wire-protocols.md#authorization-code-flow-with-pkce texts).
 */
final class CallbackPage {
    private CallbackPage() {
    }

    static String render(String error) {
        String message = error == null
                ? "Your credentials have been shared successfully and can be used until your session expires. "
                        + "You can now close this tab."
                : "The authentication redirect failed with the following error: " + escape(error);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sign in to AWS</title>\n"
                + "<style>body{font-family:sans-serif;margin:4em auto;max-width:40em;color:#16191f}</style>\n"
                + "</head>\n<body>\n<h1>Sign in to AWS</h1>\n<p id=\"message\">" + message + "</p>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

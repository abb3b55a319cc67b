package org.kidalkg.http.web;

import static org.kidalkg.http.common.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page of the web interface ({@code web/app.html}) with its {@code <main>} filled by the server: the place
 * answer rendered without JavaScript, or the not-found page. The header, navigation and styles stay the page's own,
 * so a 404 looks like every other page. The script, when it runs, replaces the content with its view.
 */
final class AppPage {
    private static final String TITLE = "<title>kidal-kg</title>";
    private static final String MAIN = "<!--main-->";
    private static final String MAIN_END = "<!--/main-->";
    private static final String TEMPLATE = read("web/app.html");

    /** What {@code /place/Kidal/more}, {@code /article/a/b} and the like show. */
    static final String NOT_FOUND = "<h1>Page not found</h1>\n<p class=\"error\">Nothing is served at this address.</p>\n"
            + "<p>Try <a href=\"/place/Kidal?at=2019-03-01\">who controlled Kidal</a>, the <a href=\"/sources\">sources</a>, "
            + "or the <a href=\"/sparql-editor\">SPARQL editor</a>.</p>\n";

    private AppPage() {}

    /** Sends the page with {@code title} and {@code main} (HTML, already escaped) and {@code status}. */
    static void send(HttpServletResponse response, int status, String title, String main) throws IOException {
        byte[] bytes = html(title, main).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The page with {@code title} (text) and {@code main} (HTML, already escaped). */
    static String html(String title, String main) {
        return TEMPLATE.replace(TITLE, "<title>" + escape(title) + " · kidal-kg</title>")
                .replaceFirst("(?s)" + MAIN + ".*" + MAIN_END, Matcher.quoteReplacement(main));
    }

    private static String read(String name) {
        try (InputStream in = AppPage.class.getClassLoader().getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(TITLE) || !text.contains(MAIN) || !text.contains(MAIN_END)) {
                throw new IllegalStateException(name + " lacks the title or the <!--main--> region the server fills in");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kidalkg.http.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;

/**
 * The servlet context's error handler (Jetty's) with the web interface's own not-found page: a browser asking for an address nobody serves
 * ({@code /foo}) gets the styled page with the navigation instead of Jetty's bare table. Every other error, and
 * every client asking for JSON or plain text, is answered as Jetty answers it.
 *
 * <pre>{@code
 * ServletContextHandler.getServletContextHandler(fusekiServer.getServletContext()).setErrorHandler(new NotFoundPage());
 * }</pre>
 */
public final class NotFoundPage extends ErrorHandler {
    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        if (code != 404) {
            super.writeErrorHtml(request, writer, charset, code, message, cause);
            return;
        }
        // Jetty picks the charset from the request (often ISO-8859-1): character references survive any of them.
        StringBuilder ascii = new StringBuilder();
        AppPage.html("Page not found", AppPage.NOT_FOUND).codePoints()
                .forEach(c -> ascii.append(c < 128 ? Character.toString(c) : "&#" + c + ";"));
        writer.write(ascii.toString());
    }
}

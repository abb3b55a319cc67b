package org.kidalkg.http.web;

import static org.kidalkg.http.common.HtmlText.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the server-rendered pages share: a name as an address segment, an IRI's last segment (escaping is {@link org.kidalkg.http.common.HtmlText}). */
final class Html {
    private Html() {}

    /** A name as one path segment of an address (a space as %20, not +). */
    static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The last segment of an IRI: the name the web interface's addresses use for a source or an actor. */
    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** A link to the original publication, or the words saying there is none. */
    static String original(String url) {
        return url == null ? "<span class=\"no-url\">no original URL recorded</span>"
                : "<a class=\"original\" rel=\"noopener noreferrer external\" href=\"" + escape(url) + "\">original article</a>";
    }
}

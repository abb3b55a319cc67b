package org.kidalkg.http.common;

import org.eclipse.jetty.util.StringUtil;

/** The one HTML escape of the server-rendered pages (Jetty's): markup characters as entities, control characters as '?'. */
public final class HtmlText {
    private HtmlText() {}

    /** Text escaped for element content and quoted attributes; null is empty. */
    public static String escape(String text) {
        return text == null ? "" : StringUtil.sanitizeXmlString(text);
    }
}

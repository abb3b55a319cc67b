package org.kidalkg.http.linkeddata;

import java.util.List;
import java.util.StringJoiner;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a representation: an explicit {@code ?format=} wins, then the {@code Accept} header; no header means
 * Turtle. Null when nothing offered is acceptable, which the caller answers with 406.
 */
final class Negotiation {
    private Negotiation() {}

    static Syntax choose(String formatParameter, String accept, List<Syntax> offered) {
        if (formatParameter != null) {
            Syntax asked = Syntax.byParameter(formatParameter);
            return asked != null && offered.contains(asked) ? asked : null;
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        StringJoiner offers = new StringJoiner(",");
        offered.forEach(s -> offers.add(s.mediaType()));
        MediaType match = AcceptList.match(new AcceptList(accept), new AcceptList(offers.toString()));
        if (match == null) {
            return null;
        }
        for (Syntax s : offered) {
            if (s.mediaType().equals(match.getContentTypeStr())) {
                return s;
            }
        }
        return null;
    }

    /** The {@code Link} header naming the other representations of {@code path}. */
    static String alternates(String path, List<Syntax> offered, Syntax chosen) {
        StringJoiner links = new StringJoiner(", ");
        for (Syntax s : offered) {
            if (s != chosen) {
                links.add("<" + path + "?format=" + s.parameter() + ">; rel=\"alternate\"; type=\"" + s.mediaType() + "\"");
            }
        }
        return links.toString();
    }
}

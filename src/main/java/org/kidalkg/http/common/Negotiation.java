package org.kidalkg.http.common;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one content negotiation of the server, for the linked-data representations, the named queries' result
 * formats and the SPARQL endpoint's format names alike: an explicit {@code ?format=} wins (a name, or a media
 * type), then the {@code Accept} header as Jena's {@link AcceptList} parses it, with what RFC 9110 adds and
 * Jena's matcher leaves out: media types compared case-insensitively, each offer rated by the most specific range
 * that matches it, and {@code q=0} meaning "not this". No header means the first offered; between offers of equal
 * quality the first offered wins. Empty when nothing offered is acceptable: the caller answers 406.
 *
 * <pre>{@code
 * Negotiation.choose(request.getParameter("format"), request.getHeader("Accept"), Syntax.all())
 * }</pre>
 */
public final class Negotiation {
    /** Something a route can answer in: the {@code ?format=} names that ask for it and its media types. */
    public interface Representation {
        /** The value of {@code ?format=} that asks for it, as links and error messages name it. */
        String parameter();

        /** Every {@code ?format=} name that asks for it (clients' spellings); the first is {@link #parameter()}. */
        default List<String> names() {
            return List.of(parameter());
        }

        /** The media type sent in {@code Content-Type}. */
        String mediaType();

        /** Every media type an {@code Accept} header may ask for it by; the first is {@link #mediaType()}. */
        default List<String> acceptedAs() {
            return List.of(mediaType());
        }
    }

    private Negotiation() {}

    /** The representation asked for by {@code format}, else by {@code accept}, among {@code offered} (first: default). */
    public static <R extends Representation> Optional<R> choose(String format, String accept, List<R> offered) {
        if (format != null) {
            return byName(format, offered);
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        AcceptList asked = new AcceptList(accept.toLowerCase(Locale.ROOT));
        R best = null;
        double bestQuality = 0;
        for (R r : offered) {
            for (String type : r.acceptedAs()) {
                double q = quality(asked, MediaType.create(type));
                if (q > bestQuality) {
                    best = r;
                    bestQuality = q;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The representation {@code format} names: one of its names or media types, in any case; a {@code +} that a
     * client left unencoded in the query string arrives as a space ({@code rdf+xml}).
     */
    public static <R extends Representation> Optional<R> byName(String format, List<R> offered) {
        String name = format.trim().replace(' ', '+').toLowerCase(Locale.ROOT);
        return offered.stream().filter(r -> r.names().contains(name) || r.acceptedAs().contains(name)).findFirst();
    }

    /** The quality {@code asked} gives {@code type}: that of the most specific range matching it, 0 if none. */
    private static double quality(AcceptList asked, MediaType type) {
        MediaRange best = null;
        for (MediaRange range : asked.entries()) {
            if (range.accepts(type) && (best == null || specificity(range) > specificity(best))) {
                best = range;
            }
        }
        return best == null ? 0 : best.get_q();
    }

    private static int specificity(MediaRange range) {
        return "*".equals(range.getType()) ? 0 : "*".equals(range.getSubType()) ? 1 : 2;
    }

    /** The {@code Link} header naming the other representations of {@code path}. */
    public static String alternates(String path, List<? extends Representation> offered, Representation chosen) {
        StringJoiner links = new StringJoiner(", ");
        for (Representation r : offered) {
            if (r != chosen) {
                links.add("<" + path + "?format=" + r.parameter() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
            }
        }
        return links.toString();
    }

    /** The {@code ?format=} names of {@code offered}, for an error message. */
    public static String names(List<? extends Representation> offered) {
        return String.join(", ", offered.stream().map(Representation::parameter).toList());
    }

    /** The 406 when nothing {@code offered} is acceptable, naming what is. */
    public static void notAcceptable(HttpServletResponse response, List<? extends Representation> offered) throws IOException {
        JsonResponses.error(response, 406, "not acceptable", "Offered: "
                + String.join(", ", offered.stream().map(Representation::mediaType).toList())
                + " (or ?format=" + String.join("|", offered.stream().map(Representation::parameter).toList()) + ")");
    }
}

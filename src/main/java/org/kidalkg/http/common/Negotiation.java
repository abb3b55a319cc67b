package org.kidalkg.http.common;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The one content negotiation of the server, for the linked-data representations and the named queries' result
 * formats alike: an explicit {@code ?format=} wins, then the {@code Accept} header (Jena's {@link AcceptList}:
 * quality values, wildcards); no header means the first offered. Empty when nothing offered is acceptable,
 * which the caller answers (a 406, or its default).
 *
 * <pre>{@code
 * Negotiation.choose(request.getParameter("format"), request.getHeader("Accept"), Syntax.rdf())
 * }</pre>
 */
public final class Negotiation {
    /** Something a route can answer in: the {@code ?format=} name that asks for it and its media types. */
    public interface Representation {
        /** The value of {@code ?format=} that asks for it. */
        String parameter();

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
            return offered.stream().filter(r -> r.parameter().equalsIgnoreCase(format)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        StringJoiner offers = new StringJoiner(",");
        offered.forEach(r -> r.acceptedAs().forEach(offers::add));
        MediaType match = AcceptList.match(new AcceptList(accept), new AcceptList(offers.toString()));
        if (match == null) {
            return Optional.empty();
        }
        return offered.stream().filter(r -> r.acceptedAs().contains(match.getContentTypeStr())).findFirst();
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
}

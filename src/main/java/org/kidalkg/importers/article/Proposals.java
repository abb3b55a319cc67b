package org.kidalkg.importers.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The review marks a draft of {@code kidal-kg extract} leaves on its items: an item whose {@code "review"} still
 * says {@code "status": "proposed"} has not been accepted by a person, so the file is refused, naming every such
 * item, the rule that proposed it and what to do (accept it or delete it). Nothing of a half-reviewed draft is
 * ever encoded.
 */
final class Proposals {
    static final String REVIEW = "review";
    static final String ACCEPTED = "accepted";
    private static final int SHOWN = 5;

    private Proposals() {}

    static void refuseUnreviewed(Path file, JsonNode annotations) {
        List<String> unreviewed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> section : annotations.properties()) {
            if (!section.getValue().isArray()) {
                continue;
            }
            for (JsonNode item : section.getValue()) {
                JsonNode review = item.get(REVIEW);
                if (review != null && !ACCEPTED.equals(review.path("status").asText())) {
                    unreviewed.add(describe(section.getKey(), item, review));
                }
            }
        }
        if (!unreviewed.isEmpty()) {
            throw new IngestException(file, unreviewed.size() + " item(s) of the draft not reviewed; set \"review\": {\"status\": \""
                    + ACCEPTED + "\"} on each one you keep and delete the others: " + firstFew(unreviewed));
        }
    }

    /**
     * Refuses control periods that no claim is {@code "about"}: an account of control is always someone's (the shapes
     * say so too), and a reviewer who deletes a draft's claim must delete the account it carried, so the message names
     * each one and both ways out.
     */
    static void refuseUnclaimedControl(Path file, JsonNode annotations) {
        Set<String> about = new HashSet<>();
        annotations.path("claims").forEach(c -> about.add(c.path("about").asText()));
        List<String> unclaimed = new ArrayList<>();
        for (JsonNode period : annotations.path("controlPeriods")) {
            String id = period.path("id").asText("?");
            if (!about.contains(id)) {
                JsonNode review = period.get(REVIEW);
                unclaimed.add("'" + id + "'" + (review == null ? "" : " (rule " + review.path("rule").asText("?") + ")"));
            }
        }
        if (!unclaimed.isEmpty()) {
            throw new IngestException(file, unclaimed.size() + " control period(s) that no claim is \"about\" (an account of control is"
                    + " always someone's): add a claim about each or delete it: " + firstFew(unclaimed));
        }
    }

    /** The first five of {@code items}, and how many more there are. */
    private static String firstFew(List<String> items) {
        return String.join("; ", items.subList(0, Math.min(SHOWN, items.size())))
                + (items.size() > SHOWN ? "; and " + (items.size() - SHOWN) + " more" : "");
    }

    private static String describe(String section, JsonNode item, JsonNode review) {
        return section + " '" + item.path("id").asText("?") + "' (" + review.path("status").asText("no status")
                + ", rule " + review.path("rule").asText("?") + ")";
    }
}

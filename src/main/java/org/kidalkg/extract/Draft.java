package org.kidalkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kidalkg.answers.ApiJson;

/**
 * The annotation file {@code ingest} reads (docs/ingest.md), as a draft: every item it proposes carries a
 * {@code "review"} object with {@code "status": "proposed"}, the rule that produced it, a confidence between 0 and 1
 * and the words that triggered the rule. A reviewer sets the status to {@code accepted} or deletes the item;
 * {@code ingest} refuses any item still proposed. Only the claims and the propositions they are about are
 * proposed; the document is what the command line said.
 */
public final class Draft {
    /** Why an item is proposed: the rule's name, how sure it is, the words it matched. */
    public record Reason(String rule, double confidence, String words) {
        /** The reason {@code rule} gives, with the rule's confidence ({@link Confidence}). */
        static Reason of(String rule, String words) {
            return new Reason(rule, Confidence.of(rule), words);
        }
    }

    private final ObjectNode json = ApiJson.object();
    private final Map<String, ObjectNode> newActors = new LinkedHashMap<>();
    private final String documentId;
    private int next = 1;

    Draft(ObjectNode document) {
        json.set("document", document);
        documentId = document.path("id").asText();
        for (String section : List.of("actors", "controlPeriods", "events", "statements", "claims")) {
            json.putArray(section);
        }
    }

    /** The draft as the JSON text {@code ingest} reads. */
    public String toJson() {
        return ApiJson.write(json);
    }

    /** The draft's items of one section ({@code claims}, {@code actors}, …). */
    public ArrayNode section(String name) {
        return (ArrayNode) json.get(name);
    }

    /** A new actor for a name no known actor has; one per name. */
    String newActor(String id, String label, String type, Reason why) {
        newActors.computeIfAbsent(id, k -> {
            ObjectNode actor = section("actors").addObject().put("id", id).put("type", type).put("label", label);
            review(actor, why);
            return actor;
        });
        return id;
    }

    String controlPeriod(String controller, String territory, String begin, String summary, Reason why) {
        String id = "control-" + documentId + "-d" + next++;
        ObjectNode period = section("controlPeriods").addObject().put("id", id).put("controller", controller)
                .put("territory", territory).put("kind", "EffectiveControl")
                .put("label", controller + " controls " + territory + " (draft, " + documentId + ")").put("summary", summary);
        boolean isoDate = begin.matches("\\d{4}-\\d{2}-\\d{2}");
        period.set("begin", ApiJson.object().put(isoDate ? "value" : "wording", begin));
        review(period, why);
        return id;
    }

    String event(String type, String agent, String place, String summary, Reason why) {
        String id = "event-" + documentId + "-d" + next++;
        ObjectNode event = section("events").addObject().put("id", id).put("type", type)
                .put("label", label(summary)).put("summary", summary).put("place", place);
        event.putArray("agent").add(agent);
        review(event, why);
        return id;
    }

    String statement(String summary, List<String> mentions, Reason why) {
        String id = "stmt-" + documentId + "-d" + next++;
        ObjectNode statement = section("statements").addObject().put("id", id).put("label", label(summary)).put("summary", summary);
        ArrayNode listed = statement.putArray("mentions");
        mentions.forEach(listed::add);
        review(statement, why);
        return id;
    }

    /** A claim; {@code optional} holds the fields that may be absent (date, relayedBy, caveatKind, occurrence). */
    void claim(String claimant, String stance, String medium, String about, String quote, Map<String, Object> optional, Reason why) {
        ObjectNode claim = section("claims").addObject().put("id", "claim-" + documentId + "-d" + next++)
                .put("claimant", claimant).put("stance", stance).put("medium", medium).put("about", about);
        optional.forEach((field, value) -> {
            if (value instanceof Integer n) {
                claim.put(field, n);
            } else if (value != null) {
                claim.put(field, value.toString());
            }
        });
        claim.put("quote", quote);
        review(claim, why);
    }

    private static void review(ObjectNode item, Reason why) {
        item.set("review", ApiJson.object().put("status", "proposed").put("rule", why.rule())
                .put("confidence", Math.round(why.confidence() * 100) / 100.0).put("words", why.words()));
    }

    private static String label(String summary) {
        String flat = summary.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79).strip() + "…";
    }
}

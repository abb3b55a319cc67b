package org.kidalkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How sure each rule of the drafts is ({@code confidence.json}): the share of its claims a reviewer kept as drafted
 * when measured on the corpus, so that sorting a draft by confidence puts the likeliest mistakes first.
 */
final class Confidence {
    private static final Map<String, Double> BY_RULE = read();

    private Confidence() {}

    /** The confidence of {@code rule} ("en.reporting-verb" and "fr.reporting-verb" share "reporting-verb"'s). */
    static double of(String rule) {
        Double confidence = BY_RULE.get(rule.replaceFirst("^[a-z]{2}\\.", ""));
        if (confidence == null) {
            throw new IllegalStateException("confidence.json gives no confidence for the rule " + rule);
        }
        return confidence;
    }

    private static Map<String, Double> read() {
        try (InputStream in = Confidence.class.getResourceAsStream("confidence.json")) {
            JsonNode json = new ObjectMapper().readTree(in);
            Map<String, Double> byRule = new HashMap<>();
            for (String group : new String[] {"measured", "notMeasured"}) {
                json.path(group).properties().forEach(e -> byRule.put(e.getKey(), e.getValue().asDouble()));
            }
            return Map.copyOf(byRule);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the extraction rules' confidence.json", e);
        }
    }
}

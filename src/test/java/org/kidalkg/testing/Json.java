package org.kidalkg.testing;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON answers in tests, including SPARQL JSON results as rows of plain values. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The values of one column of a SPARQL JSON results document, in row order ("" where unbound). */
    public static List<String> column(String sparqlJson, String variable) {
        List<String> values = new ArrayList<>();
        for (JsonNode row : parse(sparqlJson).path("results").path("bindings")) {
            values.add(row.path(variable).path("value").asText(""));
        }
        return values;
    }
}

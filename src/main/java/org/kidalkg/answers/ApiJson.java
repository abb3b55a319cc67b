package org.kidalkg.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes answers as JSON, the one way for the HTTP server and the CLI's {@code --json}, so both print the same
 * text: the one {@link ObjectMapper} of the project.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiJson() {}

    public static String write(Object answer) {
        try {
            return MAPPER.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + answer.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** An empty JSON object to fill in, for answers built field by field. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}

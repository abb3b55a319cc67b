package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The published JSON-LD context ({@code ontology/context.jsonld}, served at {@code /context.jsonld}): readable
 * keys for our terms, read from the jar where the build packs it.
 */
public final class JsonLdContext {
    /** Where the build puts the context inside the jar (and target/classes). */
    static final String RESOURCE = "kidal-kg/ontology/context.jsonld";

    private static String text;

    private JsonLdContext() {}

    /** The context document's text, exactly as published. */
    public static synchronized String text() {
        if (text == null) {
            try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath (was the jar built with mvn package?)");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }

    /** The context document ({@code {"@context": {...}}}) as JSON. */
    static JsonObject document() {
        try (var reader = Json.createReader(new StringReader(text()))) {
            return reader.readObject();
        }
    }
}

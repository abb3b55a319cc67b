package org.kidalkg.reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.kidalkg.source.LoadException;
import org.kidalkg.source.QueryHeader;

/**
 * One materialisation rule: a SPARQL CONSTRUCT read from {@code ontology/rules/NN-name.rq}, whose
 * header says what it concludes ({@code #+ concludes:}) and why ({@code #+ because:}).
 */
public record Rule(String name, String concludes, String because, Query construct) {

    /** Reads a rule file; its name is the file name without the ordering number and extension. */
    public static Rule read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new LoadException(file.toString(), e.getLine(), e.getMessage());
        }
        if (!query.isConstructType()) {
            throw new LoadException(file.toString(), 0, "a rule must be a CONSTRUCT query");
        }
        QueryHeader header = QueryHeader.parse(text);
        return new Rule(nameOf(file), header.get("concludes", ""), header.get("because", ""), query);
    }

    static String nameOf(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return base.replaceFirst("^\\d+-", "");
    }
}

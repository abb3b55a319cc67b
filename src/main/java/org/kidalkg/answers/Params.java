package org.kidalkg.answers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks the API's parameters, so bad input is a 400 naming the parameter and never reaches a query. */
public final class Params {
    private Params() {}

    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badParameter(name, "missing");
        }
        return value.trim();
    }

    /** An ISO date (YYYY-MM-DD), returned in its canonical form. */
    public static String date(String name, String value) {
        String text = required(name, value);
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    /** A flag: absent or "false" is false, "true" is true, anything else a 400. */
    public static boolean flag(String name, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
            return true;
        }
        throw ApiException.badParameter(name, "'" + value + "' is not true or false");
    }
}

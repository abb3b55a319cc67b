package org.kidalkg.importers.acled;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * One ACLED row, checked: a field that is missing or malformed throws {@link IllegalArgumentException}
 * with a message naming the column and the value, so the importer can report the line and move on.
 *
 * <p>{@code time_precision} 1 is the day itself; 2 the week around the date (3 days either side); 3 the
 * calendar month of the date (ACLED codes a date inside the period it knows).
 */
record Row(String eventId, LocalDate date, String precision, LocalDate earliest, LocalDate latest, String subEventType,
        String actor1, String assocActor1, String inter1, String actor2, String assocActor2, String inter2, String admin1,
        String admin2, String admin3, String location, double latitude, double longitude, Integer geoPrecision,
        List<String> sources, String notes, Integer fatalities) {

    static Row of(CSVRecord r) {
        String id = required(r, "event_id_cnty");
        LocalDate date = date(required(r, "event_date"));
        String tp = required(r, "time_precision");
        String precision;
        LocalDate earliest;
        LocalDate latest;
        switch (tp) {
            case "1" -> { precision = "DayPrecision"; earliest = date; latest = date; }
            case "2" -> { precision = "WeekPrecision"; earliest = date.minusDays(3); latest = date.plusDays(3); }
            case "3" -> { precision = "MonthPrecision"; earliest = date.withDayOfMonth(1); latest = date.withDayOfMonth(date.lengthOfMonth()); }
            default -> throw new IllegalArgumentException("time_precision must be 1, 2 or 3, not '" + tp + "'");
        }
        List<String> sources = Arrays.stream(required(r, "source").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String fatalities = optional(r, "fatalities");
        String geoPrecision = optional(r, "geo_precision");
        if (!geoPrecision.isEmpty() && !geoPrecision.matches("[123]")) {
            throw new IllegalArgumentException("geo_precision must be 1, 2 or 3, not '" + geoPrecision + "'");
        }
        return new Row(id, date, precision, earliest, latest, required(r, "sub_event_type"),
                required(r, "actor1"), optional(r, "assoc_actor_1"), optional(r, "inter1"), optional(r, "actor2"),
                optional(r, "assoc_actor_2"), optional(r, "inter2"),
                optional(r, "admin1"), optional(r, "admin2"), optional(r, "admin3"), required(r, "location"),
                coordinate(r, "latitude", 90), coordinate(r, "longitude", 180),
                geoPrecision.isEmpty() ? null : Integer.parseInt(geoPrecision), sources, optional(r, "notes"),
                fatalities.isEmpty() ? null : integer("fatalities", fatalities));
    }

    /** ACLED's API gives ISO dates, its exports "14 November 2023": both are read. */
    private static LocalDate date(String v) {
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v)
                    : LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("event_date is not a date (YYYY-MM-DD or '14 November 2023'): '" + v + "'");
        }
    }

    private static String required(CSVRecord r, String column) {
        String v = optional(r, column);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
    }

    private static double coordinate(CSVRecord r, String column, double bound) {
        String v = required(r, column);
        try {
            double d = Double.parseDouble(v);
            if (Math.abs(d) > bound) {
                throw new IllegalArgumentException(column + " " + v + " is outside -" + (int) bound + ".." + (int) bound);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + v + "'");
        }
    }

    private static int integer(String column, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new IllegalArgumentException(column + " is negative: '" + v + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not an integer: '" + v + "'");
        }
    }
}

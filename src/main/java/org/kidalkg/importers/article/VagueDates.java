package org.kidalkg.importers.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a date field into a {@link Vague} instant, resolving relative phrases against the document's
 * issued date. Deliberately small: it knows what the corpus's articles (English and French) need and nothing more.
 *
 * <ul>
 * <li>{@code "2023-11-14"}, {@code "2014-05"}, {@code "2020"}: a day, a month, a year;</li>
 * <li>{@code "on Tuesday"} (optionally followed by a parenthesis, "on Tuesday (November 14th)"): the most
 *     recent such weekday on or before the issued date;</li>
 * <li>{@code "on 31 October"}: that day in the issued year, or the year before if it would be later;</li>
 * <li>{@code "in August"}: that month, likewise;</li>
 * <li>{@code "in 2020"}, {@code "since 2012"}, {@code "in May 2014"}, {@code "since May 2014"}: year or month;</li>
 * <li>in French: {@code "mardi"}, {@code "ce mardi"} (as "on Tuesday"), {@code "le 14 novembre 2023"},
 *     {@code "ce mardi 14 novembre 2023"}, {@code "en mai 2014"}, {@code "en 2013"}, {@code "depuis 2013"};</li>
 * <li>{@code "at the end of last week"}: Thursday to Sunday of the week (Monday to Sunday) before the issued date's;</li>
 * <li>{@code {"wording": "a few days later", "after": DATE}}: from the start of DATE to ten days after its end.</li>
 * </ul>
 * An object {@code {"value": "2014-05", "wording": "since May 2014"}} gives an absolute date with the source's words.
 */
public final class VagueDates {
    /** A vague instant: inclusive bounds, precision (a kkg concept local name) and the source's words. */
    public record Vague(LocalDate earliest, LocalDate latest, String precision, String wording) {}

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEKDAY = Pattern.compile("on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \\(.*\\))?");
    private static final Pattern DAY_MONTH = Pattern.compile("on (\\d{1,2}) ([A-Z][a-z]+)");
    private static final Pattern IN_MONTH = Pattern.compile("in ([A-Z][a-z]+)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:in|since) ([A-Z][a-z]+) (\\d{4})");
    private static final Pattern IN_YEAR = Pattern.compile("(?:in|since|en|depuis) (\\d{4})");
    private static final Pattern WEEKDAY_FR = Pattern.compile("(?:ce |le )?(\\p{Ll}+)");
    private static final Pattern DATE_FR = Pattern.compile("(?:(?:ce |le )?\\p{Ll}+ )?(?:le )?(\\d{1,2})(?:er)? (\\p{Ll}+) (\\d{4})");
    private static final Pattern MONTH_YEAR_FR = Pattern.compile("(?:en|depuis) (\\p{Ll}+) (\\d{4})");

    private final LocalDate issued;

    public VagueDates(LocalDate issued) {
        this.issued = issued;
    }

    /**
     * The instant a date field stands for.
     *
     * @param field names the field in messages, e.g. {@code event 'event-x' begin}
     * @throws IllegalArgumentException naming {@code field} and what it could not read
     */
    public Vague resolve(String field, JsonNode node) {
        if (node.isTextual()) {
            return resolve(field, node.asText(), null);
        }
        if (node.isObject()) {
            JsonNode value = node.get("value");
            JsonNode wording = node.get("wording");
            JsonNode after = node.get("after");
            if (value != null) {
                Vague v = absolute(field, value.asText());
                return new Vague(v.earliest(), v.latest(), v.precision(), wording == null ? v.wording() : wording.asText());
            }
            if (wording != null) {
                Vague anchor = after == null ? null : resolve(field + ".after", after);
                return resolve(field, wording.asText(), anchor);
            }
        }
        throw new IllegalArgumentException(field + ": expected a date string or {\"value\"|\"wording\", \"after\"}, got " + node);
    }

    private Vague resolve(String field, String text, Vague after) {
        String t = text.trim();
        if (t.equals("a few days later")) {
            if (after == null) {
                throw new IllegalArgumentException(field + ": \"a few days later\" needs \"after\": the date it follows");
            }
            String precision = after.precision().equals("DayPrecision") ? "WeekPrecision" : after.precision();
            return new Vague(after.earliest(), after.latest().plusDays(10), precision, t);
        }
        if (after != null) {
            throw new IllegalArgumentException(field + ": \"after\" only goes with \"a few days later\"");
        }
        if (DAY.matcher(t).matches() || MONTH.matcher(t).matches() || YEAR.matcher(t).matches()) {
            return absolute(field, t);
        }
        Matcher m;
        if ((m = WEEKDAY.matcher(t)).matches()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return day(issued.with(TemporalAdjusters.previousOrSame(day)), t);
        }
        if ((m = DAY_MONTH.matcher(t)).matches()) {
            Month month = month(field, m.group(2));
            int dayOfMonth = Integer.parseInt(m.group(1));
            if (dayOfMonth > month.maxLength()) {
                throw new IllegalArgumentException(field + ": no day " + dayOfMonth + " in " + m.group(2));
            }
            LocalDate date = LocalDate.of(issued.getYear(), month, Math.min(dayOfMonth, YearMonth.of(issued.getYear(), month).lengthOfMonth()));
            return day(date.isAfter(issued) ? date.minusYears(1) : date, t);
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return month(YearMonth.of(Integer.parseInt(m.group(2)), month(field, m.group(1))), t);
        }
        if ((m = IN_YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)), t);
        }
        if ((m = IN_MONTH.matcher(t)).matches()) {
            YearMonth ym = YearMonth.of(issued.getYear(), month(field, m.group(1)));
            return month(ym.isAfter(YearMonth.from(issued)) ? ym.minusYears(1) : ym, t);
        }
        Vague french = french(field, t);
        if (french != null) {
            return french;
        }
        if (t.equals("at the end of last week")) {
            LocalDate lastMonday = issued.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new Vague(lastMonday.plusDays(3), lastMonday.plusDays(6), "WeekPrecision", t);
        }
        throw new IllegalArgumentException(field + ": cannot read the date \"" + t + "\" (expected YYYY-MM-DD, YYYY-MM, YYYY,"
                + " \"on Friday\", \"on 31 October\", \"in August\", \"in|since [Month] YYYY\", \"at the end of last week\","
                + " \"mardi\", \"le 14 novembre 2023\", \"en|depuis [mois] AAAA\""
                + " or {\"wording\": \"a few days later\", \"after\": …})");
    }

    private static Vague absolute(String field, String t) {
        try {
            if (DAY.matcher(t).matches()) {
                return day(LocalDate.parse(t), t);
            }
            if (MONTH.matcher(t).matches()) {
                return month(YearMonth.parse(t), t);
            }
            if (YEAR.matcher(t).matches()) {
                return year(Integer.parseInt(t), t);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(field + ": \"" + t + "\" is not a valid date (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException(field + ": \"" + t + "\" is not YYYY-MM-DD, YYYY-MM or YYYY");
    }

    /** The French forms: "mardi", "ce mardi", "le 14 novembre 2023", "ce mardi 14 novembre 2023", "en mai 2014"; else null. */
    private Vague french(String field, String t) {
        Matcher m;
        if ((m = WEEKDAY_FR.matcher(t)).matches()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getDisplayName(TextStyle.FULL, Locale.FRENCH).equals(m.group(1))) {
                    return day(issued.with(TemporalAdjusters.previousOrSame(day)), t);
                }
            }
        }
        if ((m = DATE_FR.matcher(t)).matches()) {
            try {
                return day(LocalDate.of(Integer.parseInt(m.group(3)), month(field, m.group(2)), Integer.parseInt(m.group(1))), t);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(field + ": \"" + t + "\" is not a valid date (" + e.getMessage() + ")");
            }
        }
        if ((m = MONTH_YEAR_FR.matcher(t)).matches()) {
            return month(YearMonth.of(Integer.parseInt(m.group(2)), month(field, m.group(1))), t);
        }
        return null;
    }

    private static Month month(String field, String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name) || m.getDisplayName(TextStyle.FULL, Locale.FRENCH).equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(field + ": \"" + name + "\" is not a month name");
    }

    private static Vague day(LocalDate date, String wording) {
        return new Vague(date, date, "DayPrecision", wording);
    }

    private static Vague month(YearMonth ym, String wording) {
        return new Vague(ym.atDay(1), ym.atEndOfMonth(), "MonthPrecision", wording);
    }

    private static Vague year(int year, String wording) {
        return new Vague(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YearPrecision", wording);
    }
}

package org.kidalkg.importers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/** Relative phrases resolved against Tuesday 14 November 2023, as data/france24-kidal-2023-11-14.trig dates them. */
class VagueDatesTest {
    private final VagueDates dates = new VagueDates(LocalDate.of(2023, 11, 14));

    private String resolve(String text) {
        return show(dates.resolve("f", TextNode.valueOf(text)));
    }

    private static String show(VagueDates.Vague v) {
        return v.earliest() + " " + v.latest() + " " + v.precision();
    }

    @Test
    void absoluteDates() {
        assertEquals("2023-11-14 2023-11-14 DayPrecision", resolve("2023-11-14"));
        assertEquals("2014-05-01 2014-05-31 MonthPrecision", resolve("2014-05"));
        assertEquals("2020-01-01 2020-12-31 YearPrecision", resolve("2020"));
        assertEquals("2014-05-01 2014-05-31 MonthPrecision", resolve("since May 2014"));
        assertEquals("2020-01-01 2020-12-31 YearPrecision", resolve("in 2020"));
    }

    @Test
    void relativeToTheIssuedDate() {
        assertEquals("2023-11-14 2023-11-14 DayPrecision", resolve("on Tuesday (November 14th)"));
        assertEquals("2023-11-10 2023-11-10 DayPrecision", resolve("on Friday"));
        assertEquals("2023-11-09 2023-11-12 WeekPrecision", resolve("at the end of last week"));
        assertEquals("2023-08-01 2023-08-31 MonthPrecision", resolve("in August"));
        assertEquals("2022-12-01 2022-12-31 MonthPrecision", resolve("in December"));
        assertEquals("2023-10-31 2023-10-31 DayPrecision", resolve("on 31 October"));
    }

    @Test
    void frenchWordings() {
        assertEquals("2023-11-14 2023-11-14 DayPrecision", resolve("mardi"));
        assertEquals("2023-11-10 2023-11-10 DayPrecision", resolve("ce vendredi"));
        assertEquals("2023-11-14 2023-11-14 DayPrecision", resolve("ce mardi 14 novembre 2023"));
        assertEquals("2023-10-31 2023-10-31 DayPrecision", resolve("le 31 octobre 2023"));
        assertEquals("2023-11-01 2023-11-01 DayPrecision", resolve("le 1er novembre 2023"));
        assertEquals("2014-05-01 2014-05-31 MonthPrecision", resolve("en mai 2014"));
        assertEquals("2013-01-01 2013-12-31 YearPrecision", resolve("depuis 2013"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> resolve("le 31 février 2023"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> resolve("le marché"));
    }

    @Test
    void aFewDaysLaterFollowsItsAnchor() throws Exception {
        JsonNode node = new ObjectMapper().readTree("{\"wording\": \"a few days later\", \"after\": \"2014-05\"}");
        VagueDates.Vague v = dates.resolve("f", node);
        assertEquals("2014-05-01 2014-06-10 MonthPrecision", show(v));
        assertEquals("a few days later", v.wording());
    }
}

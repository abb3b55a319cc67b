package org.kidalkg.importers.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The generator writes ACLED's columns, deterministically, with every place changing hands. */
class AcledGeneratorTest {

    private static String generate(int places, int years, long seed) {
        StringWriter out = new StringWriter();
        new AcledGenerator(places, years, seed).write(out);
        return out.toString();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        assertEquals(generate(20, 3, 5), generate(20, 3, 5));
        assertNotEquals(generate(20, 3, 5), generate(20, 3, 6));
    }

    @Test
    void rowsHaveAcledColumnsAndPlacesChangeHands() throws IOException {
        String csv = generate(30, 5, 1);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(AcledColumns.ALL, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            Set<String> ids = new HashSet<>();
            Set<String> transferredPlaces = new HashSet<>();
            int violent = 0;
            for (CSVRecord row : rows) {
                assertTrue(ids.add(row.get("event_id_cnty")), "duplicate id " + row.get("event_id_cnty"));
                assertTrue(Set.of("1", "2", "3").contains(row.get("time_precision")));
                if (row.get("sub_event_type").contains("territory")) {
                    transferredPlaces.add(row.get("location"));
                } else if (Integer.parseInt(row.get("fatalities")) > 0) {
                    violent++;
                }
            }
            assertEquals(30, transferredPlaces.size(), "every place changes hands");
            assertTrue(violent > 30, "battles, strikes and attacks with fatalities");
            assertTrue(rows.size() > 30 * 5, "several events a year per place");
        }
    }

    @Test
    void transfersOnlyKeepsExactlyTheFullCorpussTransfers() {
        StringWriter thin = new StringWriter();
        AcledGenerator.Counts counts = new AcledGenerator(40, 6, 9).write(thin, true);
        List<String> fullTransfers = generate(40, 6, 9).lines().skip(1).filter(l -> l.contains("territory")).toList();
        List<String> thinRows = thin.toString().lines().skip(1).toList();

        assertEquals(fullTransfers, thinRows, "the same transfer rows, in the same order, and nothing else");
        assertEquals(counts.rows(), counts.transfers());
        assertTrue(thinRows.size() > 40, "every place changes hands");
    }
}

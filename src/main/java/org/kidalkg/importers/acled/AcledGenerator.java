package org.kidalkg.importers.acled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic ACLED-shaped CSV: {@code places} places in an admin1/admin2/admin3 hierarchy, a few
 * dozen actors, and for each place {@code years} years of history in date order: territorial transfers
 * (so the place changes hands about once a year) and battles, air strikes and attacks with fatalities.
 *
 * <p>Deterministic: the same seed, places and years give the same bytes. Each place draws from its own
 * random stream ({@code seed} mixed with the place's index), so the output is written place by place
 * with constant memory, whatever the size.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("acled.csv"))) {
 *     new AcledGenerator(1000, 10, 42L).write(out);
 * }
 * }</pre>
 */
public final class AcledGenerator {
    /** The first day of the generated history. */
    static final LocalDate START = LocalDate.of(2012, 1, 1);

    private final int places;
    private final int years;
    private final long seed;

    public AcledGenerator(int places, int years, long seed) {
        if (places < 1 || years < 1) {
            throw new IllegalArgumentException("places and years must be at least 1");
        }
        this.places = places;
        this.years = years;
        this.seed = seed;
    }

    /** What {@link #write} wrote. */
    public record Counts(long rows, long transfers) {}

    /** Writes the header and every row to {@code out} (not closed). */
    public Counts write(Writer out) {
        return write(out, false);
    }

    /**
     * As {@link #write(Writer)}; with {@code transfersOnly}, only the territorial transfers: the same places,
     * control periods and dates as the full corpus (the random draws are the same), without the other events.
     */
    public Counts write(Writer out, boolean transfersOnly) {
        long rows = 0;
        long transfers = 0;
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            csv.printRecord(AcledColumns.ALL);
            for (int p = 0; p < places; p++) {
                for (Row row : history(p)) {
                    if (transfersOnly && !row.transfer()) {
                        continue;
                    }
                    csv.printRecord(row.values());
                    rows++;
                    if (row.transfer()) {
                        transfers++;
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(rows, transfers);
    }

    private record Row(List<Object> values, boolean transfer) {}

    /** One place's rows, in date order. */
    private List<Row> history(int placeIndex) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + placeIndex);
        Place place = Place.of(placeIndex, random);
        List<Row> rows = new ArrayList<>();
        Actor holder = null;
        long days = START.plusYears(years).toEpochDay() - START.toEpochDay();
        LocalDate date = START.plusDays(random.nextInt(60));
        int serial = 0;
        while (date.toEpochDay() - START.toEpochDay() < days) {
            // Roughly one transfer a year, between a handful of other events.
            boolean transfer = holder == null || random.nextInt(6) == 0;
            if (transfer) {
                Actor taker = Actors.pickOtherThan(holder, random);
                rows.add(transferRow(place, ++serial, date, taker, holder, random));
                holder = taker;
            } else {
                rows.add(violenceRow(place, ++serial, date, holder, random));
            }
            date = date.plusDays(15 + random.nextInt(105));
        }
        return rows;
    }

    private Row transferRow(Place place, int serial, LocalDate date, Actor taker, Actor loser, SplittableRandom random) {
        String subType;
        String eventType;
        if (loser != null && random.nextInt(5) == 0) {
            subType = "Non-violent transfer of territory";
            eventType = "Strategic developments";
        } else if (taker.state()) {
            subType = "Government regains territory";
            eventType = "Battles";
        } else {
            subType = "Non-state actor overtakes territory";
            eventType = "Battles";
        }
        int fatalities = eventType.equals("Battles") ? random.nextInt(25) : 0;
        String notes = "On " + date + ", " + taker.name() + " took control of " + place.location()
                + (loser == null ? "" : " from " + loser.name()) + (fatalities > 0 ? ", " + fatalities + " killed" : "")
                + ". \"Reported\" by local sources.";
        return new Row(values(place, serial, date, random, eventType, subType, taker, loser, notes, fatalities), true);
    }

    private Row violenceRow(Place place, int serial, LocalDate date, Actor holder, SplittableRandom random) {
        Actor attacker = Actors.pickOtherThan(holder, random);
        String subType;
        String eventType;
        switch (random.nextInt(3)) {
            case 0 -> { subType = "Armed clash"; eventType = "Battles"; }
            case 1 -> { subType = "Air/drone strike"; eventType = "Explosions/Remote violence"; }
            default -> { subType = "Attack"; eventType = "Violence against civilians"; }
        }
        if (subType.equals("Air/drone strike") && !attacker.state()) {
            attacker = Actors.pickState(random);
        }
        Actor target = subType.equals("Attack") ? null : holder;
        int fatalities = random.nextInt(12);
        String notes = "On " + date + ", " + attacker.name() + (target == null ? " attacked civilians" : " engaged " + target.name())
                + " near " + place.location() + ", " + place.admin2() + ". " + fatalities + " fatalities.";
        return new Row(values(place, serial, date, random, eventType, subType, attacker, target, notes, fatalities), false);
    }

    private List<Object> values(Place place, int serial, LocalDate date, SplittableRandom random, String eventType,
            String subType, Actor actor1, Actor actor2, String notes, int fatalities) {
        int precision = random.nextInt(10) < 8 ? 1 : (random.nextBoolean() ? 2 : 3);
        String source = Actors.SOURCES.get(random.nextInt(Actors.SOURCES.size()));
        return List.of(place.eventId(serial), date.toString(), date.getYear(), precision, eventType, subType,
                actor1.name(), "", actor1.inter(), actor2 == null ? (subType.equals("Attack") ? "Civilians (Mali)" : "") : actor2.name(),
                "", actor2 == null ? (subType.equals("Attack") ? 7 : "") : actor2.inter(),
                place.admin1(), place.admin2(), place.admin3(), place.location(),
                String.format(Locale.ROOT, "%.4f", place.latitude()), String.format(Locale.ROOT, "%.4f", place.longitude()),
                1 + random.nextInt(2), source, notes, fatalities);
    }
}

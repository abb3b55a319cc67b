package org.kidalkg.importers.acled;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.kidalkg.source.QuadSink;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.importers.KnownEntities;

import static org.kidalkg.importers.acled.AcledTerms.*;

/**
 * Maps an ACLED CSV, row by row, to kidal-kg quads in one named graph per file ({@code kgr:source/acled-<file>}).
 * Memory holds one row, the places and actors already written, and each place's current control period:
 * it grows with the number of places, never with the number of rows.
 *
 * <p>Every row becomes a {@code kkg:Event} (its {@code kkg:eventType} the ACLED sub-event type concept with
 * that {@code skos:notation}) with a vague begin instant from {@code time_precision}, and one
 * {@code kkg:Claim} per reporting source (a {@code kkg:MediaOrganisation}), stance
 * {@code kkg:ReportsWithoutConfirming}: the row records that the outlet reported the event, coded by ACLED,
 * not that the outlet vouched for it. A claim's evidence is the ACLED record itself: an
 * {@code oa:FragmentSelector} on the file with an RFC 7111 {@code row=N} fragment and the row's
 * {@code event_id_cnty}.
 *
 * <p>A territorial transfer (the three "... territory" sub-event types) starts a {@code kkg:ControlPeriod} of the
 * place for {@code actor1}. The importer states only what the row says: the previous holder's period is ended by
 * the {@code control-period-end} rule, and each period's horizon ({@code kkg:asOf}) is concluded by the
 * {@code period-as-of} rule from the file's issued date (its latest event), never re-coded here. Transfers of a
 * place must come in date order (one that goes back in time is a bad row), and the period a transfer succeeds is
 * given to the sink again as context, so a sink checking rows in chunks lets the rule see the succession.
 *
 * <pre>{@code
 * AcledImporter.Summary s = new AcledImporter(eventTypes, quad -> out.quad(quad), problem -> err.println(problem), false)
 *         .importFile(Path.of("acled.csv"), progress);
 * }</pre>
 */
public final class AcledImporter {
    /** The sub-event types that move a place from one holder to another. */
    static final Set<String> TRANSFERS = Set.of("Government regains territory", "Non-state actor overtakes territory",
            "Non-violent transfer of territory");

    /** A row that could not be mapped: where it is and why. */
    public record BadRow(Path file, long line, String eventId, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + (eventId.isEmpty() ? "" : eventId + ": ") + reason + " (row skipped)";
        }
    }

    /** Thrown with {@code --strict} at the first bad row. */
    public static final class BadRowException extends RuntimeException {
        private final transient BadRow row;

        BadRowException(BadRow row) {
            super(row.toString().replace(" (row skipped)", ""));
            this.row = row;
        }

        public BadRow row() { return row; }
    }

    /** Counts for the summary line. */
    public record Summary(long rows, long events, long transfers, long periods, long claims, long badRows, long quads,
            LocalDate latest) {}

    /** Told every so often how far the import has got. */
    public interface Progress {
        void rows(long rowsDone, long bytesRead, long bytesTotal);
    }

    private final Map<String, Node> eventTypes;
    private final KnownEntities known;
    private final QuadSink sink;
    private final java.util.function.Consumer<BadRow> badRows;
    private final boolean strict;

    private final Set<Node> written = new HashSet<>();
    private final Map<Node, Holder> holders = new HashMap<>();
    /** The claims of the row being mapped, in order. */
    private final List<Node> claimsOf = new ArrayList<>();
    private Node graph;
    private Node document;
    private long quads;

    /** The current holder of a place: its open period, from when, and the period's quads later rows build on. */
    private record Holder(Node period, LocalDate since, List<Quad> succeededBy) {}

    /**
     * @param eventTypes ACLED sub-event type (its {@code skos:notation}) to concept, see {@link #eventTypes(Graph)}
     * @param badRows    told of each skipped row (not called with {@code strict}, which throws instead)
     */
    public AcledImporter(Map<String, Node> eventTypes, QuadSink sink, java.util.function.Consumer<BadRow> badRows, boolean strict) {
        this(eventTypes, KnownEntities.none(), sink, badRows, strict);
    }

    /** As above, resolving actor and place names to the entities {@code known} holds before minting new ones. */
    public AcledImporter(Map<String, Node> eventTypes, KnownEntities known, QuadSink sink, java.util.function.Consumer<BadRow> badRows,
            boolean strict) {
        this.known = known;
        this.eventTypes = Map.copyOf(eventTypes);
        this.sink = sink;
        this.badRows = badRows;
        this.strict = strict;
    }

    /** The ACLED sub-event types the ontology declares: {@code skos:notation} to concept. */
    public static Map<String, Node> eventTypes(Graph ontology) {
        Map<String, Node> types = new HashMap<>();
        Node scheme = kkg("AcledSubEventTypeScheme");
        Node inScheme = uri("http://www.w3.org/2004/02/skos/core#inScheme");
        Node notation = uri("http://www.w3.org/2004/02/skos/core#notation");
        ontology.find(Node.ANY, inScheme, scheme).forEachRemaining(t ->
                ontology.find(t.getSubject(), notation, Node.ANY).forEachRemaining(n ->
                        types.put(n.getObject().getLiteralLexicalForm(), t.getSubject())));
        return types;
    }

    /** The named graph an imported file goes to. */
    public static Node graphFor(Path csv) {
        return Graphs.source("acled-" + slug(csv.getFileName().toString().replaceFirst("\\.[^.]+$", "")));
    }

    /** Imports one file; {@code progress} hears about it every {@code every} rows. */
    public Summary importFile(Path csv, Progress progress, long every) {
        graph = graphFor(csv);
        String name = csv.getFileName().toString();
        document = id("acled-file-" + slug(name));
        emitEntity(document, type, kkg("SourceDocument"));
        emitEntity(document, label, lit("ACLED export " + name));
        emitEntity(document, title, lit(name));
        emitEntity(document, format, lit("text/csv"));
        long total = sizeOf(csv);
        // A source knows nothing after its last event: the file is issued on its latest event date, found by a
        // first, cheap pass over the dates, so the period-as-of rule gives every period its horizon as it goes.
        LocalDate horizonDate = latestDate(csv);
        if (horizonDate != null) {
            emitEntity(document, issued, date(horizonDate));
        }
        long rows = 0, events = 0, transfers = 0, claims = 0, bad = 0;
        LocalDate latest = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        long line = 1;
        try (Reader reader = utf8(csv); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = new ArrayList<>(AcledColumns.REQUIRED);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                fail(new BadRow(csv, 1, "", "header lacks the column(s) " + missing), true);
                return new Summary(0, 0, 0, 0, 0, 1, quads, null);
            }
            line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                rows++;
                try {
                    Row row = Row.of(record);
                    Mapped m = map(row, csv, record.getRecordNumber() + 1);
                    sink.endOfRow();
                    events++;
                    claims += m.claims();
                    transfers += m.transfer() ? 1 : 0;
                    latest = latest == null || row.date().isAfter(latest) ? row.date() : latest;
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    bad++;
                    fail(new BadRow(csv, line, record.isSet("event_id_cnty") ? record.get("event_id_cnty") : "", e.getMessage()), strict);
                }
                line = parser.getCurrentLineNumber() + 1;
                if (rows % every == 0) {
                    progress.rows(rows, record.getCharacterPosition(), total);
                }
            }
        } catch (IOException e) {
            throw unreadable(csv, line, e);
        } catch (UncheckedIOException e) {
            throw unreadable(csv, line, e.getCause());
        } catch (IllegalStateException e) {
            // commons-csv's way of saying the file is not CSV (an unterminated quote, say).
            throw new BadRowException(new BadRow(csv, 0, "", "unreadable CSV: " + e.getMessage()));
        }
        sink.endOfFile();
        return new Summary(rows, events, transfers, transfers, claims, bad, quads, latest);
    }

    /**
     * The latest date of the rows the mapping will accept: those that parse and name a known sub-event type (a
     * transfer rejected for going back in time is never the latest, the transfer it goes back from is later).
     */
    private LocalDate latestDate(Path csv) {
        LocalDate latest = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = utf8(csv); CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().containsAll(AcledColumns.REQUIRED)) {
                return null;
            }
            for (CSVRecord record : parser) {
                try {
                    Row row = Row.of(record);
                    if (eventTypes.containsKey(row.subEventType()) && (latest == null || row.date().isAfter(latest))) {
                        latest = row.date();
                    }
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    // reported by the mapping pass
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null; // the mapping pass reports an unreadable file
        }
        return latest;
    }

    /** The file as UTF-8 text, a byte-order mark (which spreadsheets write) skipped so the first column keeps its name. */
    private static Reader utf8(Path csv) throws IOException {
        BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** A file we cannot read as UTF-8 text (an ACLED export re-saved as Latin-1, say), or cannot read at all. */
    private static RuntimeException unreadable(Path csv, long line, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new BadRowException(new BadRow(csv, firstLineNotUtf8(csv, line), "", "not UTF-8 text: ACLED exports are UTF-8;"
                    + " convert the file, e.g. iconv -f latin1 -t utf-8 FILE.csv > FILE-utf8.csv"));
        }
        return new UncheckedIOException(e);
    }

    /**
     * The line of the first byte that is not UTF-8, decoding line by line (a newline byte is never part of a UTF-8
     * sequence); {@code fallback} when the file cannot be read again.
     */
    private static long firstLineNotUtf8(Path csv, long fallback) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv))) {
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            long line = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(current.toByteArray()));
                    } catch (CharacterCodingException bad) {
                        return line;
                    }
                    if (b < 0) {
                        return fallback;
                    }
                    current.reset();
                    line++;
                } else {
                    current.write(b);
                }
            }
        } catch (IOException e) {
            return fallback;
        }
    }

    private void fail(BadRow row, boolean stop) {
        if (stop) {
            throw new BadRowException(row);
        }
        badRows.accept(row);
    }

    private record Mapped(int claims, boolean transfer) {}

    private Mapped map(Row row, Path csv, long csvRow) {
        claimsOf.clear();
        Node eventType = eventTypes.get(row.subEventType());
        if (eventType == null) {
            throw new IllegalArgumentException("unknown sub_event_type '" + row.subEventType() + "' (the ontology's ACLED types: "
                    + new java.util.TreeSet<>(eventTypes.keySet()) + ")");
        }
        boolean transfer = TRANSFERS.contains(row.subEventType());
        Node place = place(row);
        Holder previous = transfer ? holders.get(place) : null;
        if (previous != null && row.date().isBefore(previous.since())) {
            throw new IllegalArgumentException("transfer of " + row.location() + " on " + row.date()
                    + " comes before the one that began its current control period (" + previous.since() + "); sort the file by date");
        }
        String key = slug(row.eventId());
        Node event = id("acled-event-" + key);
        Node instant = id("acled-instant-" + key);
        Node actor1 = actor("actor1", row.actor1(), row.inter1());
        emit(instant, type, kkg("VagueInstant"));
        emit(instant, kkg("earliest"), date(row.earliest()));
        emit(instant, kkg("latest"), date(row.latest()));
        emit(instant, kkg("precision"), kkg(row.precision()));
        emit(event, type, kkg("Event"));
        emit(event, label, lit(row.subEventType() + " in " + row.location() + " on " + row.date()));
        emit(event, kkg("summary"), lit(row.notes().isEmpty() ? row.subEventType() + ": " + row.actor1() + " in " + row.location() : row.notes()));
        emit(event, identifier, lit(row.eventId()));
        emit(event, kkg("eventType"), eventType);
        emit(event, kkg("agent"), actor1);
        Node otherSide = transfer || row.subEventType().equals("Attack") ? kkg("affected") : kkg("target");
        if (!row.actor2().isEmpty()) {
            emit(event, otherSide, actor("actor2", row.actor2(), row.inter2()));
        }
        // ACLED's associated actors act alongside actor1 (or actor2): "Wagner Group" with the Malian army.
        for (String assoc : names(row.assocActor1())) {
            emit(event, kkg("agent"), actor("assoc_actor_1", assoc, ""));
        }
        for (String assoc : names(row.assocActor2())) {
            emit(event, otherSide, actor("assoc_actor_2", assoc, ""));
        }
        emit(event, kkg("place"), place);
        emit(event, kkg("begin"), instant);
        if (row.fatalities() != null) {
            emit(event, kkg("fatalities"), NodeFactory.createLiteralDT(row.fatalities().toString(), XSDDatatype.XSDnonNegativeInteger));
        }
        if (row.geoPrecision() != null) {
            emit(event, kkg("geoPrecision"), NodeFactory.createLiteralDT(row.geoPrecision().toString(), XSDDatatype.XSDinteger));
        }
        Node evidence = evidence(row, key, csvRow);
        int claims = claims(row, key, "", event, evidence);
        if (transfer) {
            Node period = id("acled-period-" + key);
            emit(period, type, kkg("ControlPeriod"));
            emit(period, label, lit(row.actor1() + " controls " + row.location() + " from " + row.date()));
            emit(period, kkg("summary"), lit(row.actor1() + " took control of " + row.location() + " (" + row.subEventType() + ")."));
            emit(period, kkg("controller"), actor1);
            emit(period, kkg("territory"), place);
            emit(period, kkg("controlKind"), kkg("EffectiveControl"));
            emit(period, kkg("begin"), instant);
            emit(period, kkg("startedBy"), event);
            emit(event, kkg("startsControl"), period);
            if (previous != null) {
                // The period this transfer succeeds, for the control-period-end rule to end: it may have been
                // checked with an earlier chunk of rows.
                previous.succeededBy().forEach(sink::context);
            }
            int before = claimsOf.size();
            claims += claims(row, key, "-control", period, evidence);
            // What the rules need to know of this period when a later transfer, perhaps in a later chunk, succeeds
            // it: what it is, where, from when, who held it how, and that this file reports it.
            Node firstClaim = claimsOf.get(before);
            holders.put(place, new Holder(period, row.date(), List.of(
                    Quad.create(graph, period, type, kkg("ControlPeriod")),
                    Quad.create(graph, period, kkg("territory"), place),
                    Quad.create(graph, period, kkg("begin"), instant),
                    Quad.create(graph, instant, kkg("earliest"), date(row.earliest())),
                    Quad.create(graph, period, kkg("controller"), actor1),
                    Quad.create(graph, period, kkg("controlKind"), kkg("EffectiveControl")),
                    Quad.create(graph, firstClaim, kkg("about"), period),
                    Quad.create(graph, firstClaim, kkg("reportedIn"), document))));
        }
        return new Mapped(claims, transfer);
    }

    private Node evidence(Row row, String key, long csvRow) {
        Node evidence = id("acled-evidence-" + key);
        Node selector = id("acled-record-" + key);
        emit(evidence, type, SpecificResource);
        emit(evidence, hasSource, document);
        emit(evidence, hasSelector, selector);
        emit(selector, type, FragmentSelector);
        emit(selector, conformsTo, RFC7111);
        emit(selector, value, lit("row=" + csvRow));
        emit(selector, identifier, lit(row.eventId()));
        return evidence;
    }

    /** One claim per source the row names ("AFP; Reuters" is two). */
    private int claims(Row row, String key, String suffix, Node about, Node evidence) {
        int n = 0;
        for (String source : row.sources()) {
            Node claim = id("acled-claim-" + key + suffix + (row.sources().size() > 1 ? "-" + slug(source) : ""));
            emit(claim, type, kkg("Claim"));
            emit(claim, kkg("claimant"), organisation(source));
            emit(claim, kkg("stance"), kkg("ReportsWithoutConfirming"));
            emit(claim, kkg("about"), about);
            emit(claim, kkg("claimDate"), date(row.date()));
            emit(claim, kkg("medium"), kkg("NewsReport"));
            emit(claim, kkg("verification"), kkg("VerificationNotReported"));
            emit(claim, kkg("reportedIn"), document);
            emit(claim, kkg("evidence"), evidence);
            claimsOf.add(claim);
            n++;
        }
        return n;
    }

    private Node organisation(String source) {
        Node org = id("acled-source-" + slug(source));
        if (written.add(org)) {
            emitEntity(org, type, kkg("MediaOrganisation"));
            emitEntity(org, label, lit(source));
        }
        return org;
    }

    /** ACLED's "A; B" lists of associated actors. */
    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Node actor(String column, String name, String inter) {
        Optional<Node> existing = known.actor(column, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Node actor = id("acled-actor-" + slug(name));
        if (written.add(actor)) {
            emitEntity(actor, type, kkg(switch (inter) {
                case "1" -> "ArmedForces";
                case "2" -> "RebelGroup";
                case "3", "4" -> "ArmedGroup";
                case "5", "6", "7" -> "PopulationGroup";
                default -> "Actor";
            }));
            emitEntity(actor, label, lit(name));
        }
        return actor;
    }

    /** The location (a kkg:City) and its admin3, admin2, admin1 regions, each part of the next. */
    private Node place(Row row) {
        Optional<Node> existing = known.place("location", row.location(), row.latitude(), row.longitude(), row.geoPrecision());
        if (existing.isPresent()) {
            return existing.get();
        }
        Node admin1 = row.admin1().isEmpty() ? null : known.region("admin1", row.admin1()).orElseGet(() -> region(row.admin1(), null, null));
        Node admin2 = region(row.admin2(), admin1, row.admin1());
        Node admin3 = region(row.admin3(), admin2 != null ? admin2 : admin1, row.admin1() + "/" + row.admin2());
        Node parent = admin3 != null ? admin3 : admin2 != null ? admin2 : admin1;
        String path = row.admin1() + "/" + row.admin2() + "/" + row.admin3() + "/" + row.location();
        Node place = id("acled-place-" + slug(path));
        if (written.add(place)) {
            emitEntity(place, type, kkg("City"));
            emitEntity(place, label, lit(row.location()));
            if (parent != null) {
                emitEntity(place, kkg("partOf"), parent);
            }
            Node geometry = id("acled-geometry-" + slug(path));
            emitEntity(place, hasGeometry, geometry);
            emitEntity(geometry, type, Geometry);
            emitEntity(geometry, asWKT, NodeFactory.createLiteralDT("POINT(" + row.longitude() + " " + row.latitude() + ")",
                    org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(WKT)));
        }
        return place;
    }

    private Node region(String name, Node parent, String parentPath) {
        if (name.isEmpty()) {
            return null;
        }
        Node region = id("acled-place-" + slug((parentPath == null ? "" : parentPath + "/") + name));
        if (written.add(region)) {
            emitEntity(region, type, kkg("Region"));
            emitEntity(region, label, lit(name));
            if (parent != null) {
                emitEntity(region, kkg("partOf"), parent);
            }
        }
        return region;
    }

    private void emit(Node s, Node p, Node o) {
        sink.quad(Quad.create(graph, s, p, o));
        quads++;
    }

    private void emitEntity(Node s, Node p, Node o) {
        sink.entity(Quad.create(graph, s, p, o));
        quads++;
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static Triple triple(Quad q) {
        return q.asTriple();
    }
}

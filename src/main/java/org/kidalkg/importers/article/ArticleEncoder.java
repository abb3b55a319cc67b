package org.kidalkg.importers.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kidalkg.source.Sha256;
import org.kidalkg.vocab.KKG;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns {@link Annotations} about one article into the article's source graph, the way
 * {@code data/france24-kidal-2023-11-14.trig} is written: ids under {@code kid:}, vague instants for dates,
 * and for each claim one {@code oa:SpecificResource} whose selectors are computed from the quote.
 * Every reference must name something declared in the same file, and every {@code kkg:} term the ontology.
 */
public final class ArticleEncoder {
    static final String DCT = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String GEO = "http://www.opengis.net/ont/geosparql#";
    static final String SCHEMA = "https://schema.org/";
    public static final String WD = "http://www.wikidata.org/entity/";

    private enum Kind { ACTOR, PLACE, EVENT, CONTROL, PARTICIPATION, STATEMENT, CLAIM, DOCUMENT, SITUATION, NAMING }

    /** What a thing the data already holds is, by its (asserted or inferred) class: how a reference to it is checked. */
    private static final Map<String, Kind> KINDS_BY_CLASS = Map.of(
            "Actor", Kind.ACTOR, "Place", Kind.PLACE, "Event", Kind.EVENT, "ControlPeriod", Kind.CONTROL,
            "Participation", Kind.PARTICIPATION, "Statement", Kind.STATEMENT, "ControlSituation", Kind.SITUATION);

    private static final Set<Kind> PROPOSITIONS = Set.of(Kind.EVENT, Kind.CONTROL, Kind.PARTICIPATION, Kind.STATEMENT);

    private final String file;
    private final Graph ontology;
    private final Graph known;
    private final Graph out = GraphFactory.createDefaultGraph();
    private final Map<String, Kind> ids = new HashMap<>();
    private final Map<VagueDates.Vague, Node> instants = new LinkedHashMap<>();
    private final Set<String> instantNames = new java.util.HashSet<>();
    private String docId = "";
    /** The language the text's own words are tagged with (quotes, date wordings); English text stays untagged. */
    private String textLanguage = "en";

    /**
     * @param file     the annotation file, for messages
     * @param ontology the ontology the {@code kkg:} terms are checked against
     */
    public ArticleEncoder(String file, Graph ontology) {
        this(file, ontology, GraphFactory.createDefaultGraph());
    }

    /**
     * @param known the data this source will be served with: a reference may also name something it holds
     *              (an account, situation, event, actor or place another source states), by its id, of the right kind
     */
    public ArticleEncoder(String file, Graph ontology, Graph known) {
        this.file = file;
        this.ontology = ontology;
        this.known = known;
    }

    /** The source graph of {@code a} over {@code text} (read from a file named {@code textFileName}). */
    public Graph encode(Annotations a, String text, String textFileName) {
        Annotations.Document d = a.document();
        require("document", "id", d.id());
        if (!PLAIN_NAME.matcher(d.id()).matches()) {
            throw fail("document id '" + d.id() + "' is not a plain name (letters, digits, '.', '_' and '-', not starting with"
                    + " '.'): it names the graph and the file ingest writes, data/<id>.trig, which must stay in its folder");
        }
        docId = d.id();
        textLanguage = d.language() == null ? "en" : d.language();
        LocalDate issued = issued(d);
        declareAll(a);
        VagueDates dates = new VagueDates(issued);
        Node doc = document(d, issued, text, textFileName);
        a.places().forEach(this::place);
        a.actors().forEach(this::actor);
        a.controlPeriods().forEach(c -> control(c, dates));
        a.events().forEach(e -> event(e, dates));
        a.participations().forEach(this::participation);
        a.statements().forEach(this::statement);
        QuoteFinder quotes = new QuoteFinder(text);
        a.claims().forEach(c -> claim(c, doc, issued, dates, quotes));
        a.namings().forEach(this::naming);
        return out;
    }

    /** The IRI of a source document. */
    public static Node documentIri(String id) {
        return kid("doc-" + id);
    }

    private LocalDate issued(Annotations.Document d) {
        require("document", "issued", d.issued());
        try {
            return LocalDate.parse(d.issued());
        } catch (DateTimeParseException e) {
            throw fail("document '" + d.id() + "' issued: \"" + d.issued() + "\" is not an ISO date (YYYY-MM-DD)");
        }
    }

    private void declareAll(Annotations a) {
        a.actors().forEach(x -> declare(x.id(), Kind.ACTOR));
        a.places().forEach(x -> declare(x.id(), Kind.PLACE));
        a.events().forEach(x -> declare(x.id(), Kind.EVENT));
        a.controlPeriods().forEach(x -> declare(x.id(), Kind.CONTROL));
        a.participations().forEach(x -> declare(x.id(), Kind.PARTICIPATION));
        a.statements().forEach(x -> declare(x.id(), Kind.STATEMENT));
        a.claims().forEach(x -> declare(x.id(), Kind.CLAIM));
        a.namings().forEach(x -> declare(x.id(), Kind.NAMING));
    }

    private void declare(String id, Kind kind) {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw fail("a " + kind.name().toLowerCase(Locale.ROOT) + " has a missing or malformed id: " + id
                    + " (letters, digits, '-', '_', '.')");
        }
        Kind before = ids.put(id, kind);
        if (before != null) {
            throw fail("id '" + id + "' is declared twice (" + before.name().toLowerCase(Locale.ROOT) + " and "
                    + kind.name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private Node document(Annotations.Document d, LocalDate issued, String text, String textFileName) {
        String who = "document '" + d.id() + "'";
        require(who, "title", d.title());
        Node doc = documentIri(d.id());
        add(doc, RDF.type.asNode(), term(who, "type", "SourceDocument"));
        // The title is the text's own words, in its language (the label rule falls back to the IRI for a French one).
        add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang(d.title(), textLanguage));
        add(doc, iri(DCT + "title"), NodeFactory.createLiteralLang(d.title(), textLanguage));
        if (d.publisher() != null) {
            add(doc, iri(DCT + "publisher"), ref(who, "publisher", d.publisher(), Set.of(Kind.ACTOR)));
        }
        for (String c : d.contributors()) {
            add(doc, iri(DCT + "contributor"), ref(who, "contributors", c, Set.of(Kind.ACTOR)));
        }
        add(doc, iri(DCT + "issued"), date(issued));
        add(doc, KKG.textFile, NodeFactory.createLiteralString(textFileName));
        add(doc, iri(KKG.NS + "asOf"), date(issued));
        add(doc, iri(KKG.NS + "sha256"), NodeFactory.createLiteralString(Sha256.of(text)));
        if (d.language() != null) {
            add(doc, iri(DCT + "language"), NodeFactory.createLiteralString(d.language()));
        }
        if (d.url() != null) {
            add(doc, iri(SCHEMA + "url"), iri(d.url()));
        }
        return doc;
    }

    private void place(Annotations.Place p) {
        String who = "place '" + p.id() + "'";
        Node s = kid(p.id());
        add(s, RDF.type.asNode(), term(who, "type", require(who, "type", p.type())));
        add(s, RDFS.label.asNode(), en(require(who, "label", p.label())));
        p.aliases().forEach(alias -> add(s, iri(SKOS + "altLabel"), en(alias)));
        translations(s, who, p.translations());
        if (p.partOf() != null) {
            add(s, iri(KKG.NS + "partOf"), ref(who, "partOf", p.partOf(), Set.of(Kind.PLACE)));
        }
        if ((p.lat() == null) != (p.lon() == null)) {
            throw fail(who + ": give both lat and lon, or neither");
        }
        if (p.lat() != null) {
            Node geometry = NodeFactory.createBlankNode();
            add(s, iri(GEO + "hasGeometry"), geometry);
            add(geometry, RDF.type.asNode(), iri(GEO + "Geometry"));
            add(geometry, iri(GEO + "asWKT"), NodeFactory.createLiteralDT("POINT(" + p.lon() + " " + p.lat() + ")",
                    org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(GEO + "wktLiteral")));
        }
        wikidata(s, p.wikidata());
        comment(s, p.comment());
    }

    private void actor(Annotations.Actor x) {
        String who = "actor '" + x.id() + "'";
        Node s = kid(x.id());
        add(s, RDF.type.asNode(), term(who, "type", require(who, "type", x.type())));
        add(s, RDFS.label.asNode(), en(require(who, "label", x.label())));
        x.aliases().forEach(alias -> add(s, iri(SKOS + "altLabel"), en(alias)));
        translations(s, who, x.translations());
        x.memberOf().forEach(o -> add(s, iri(KKG.NS + "memberOf"), ref(who, "memberOf", o, Set.of(Kind.ACTOR))));
        x.partOf().forEach(o -> add(s, iri(KKG.NS + "partOf"), ref(who, "partOf", o, Set.of(Kind.ACTOR))));
        x.affiliatedWith().forEach(o -> add(s, iri(KKG.NS + "affiliatedWith"), ref(who, "affiliatedWith", o, Set.of(Kind.ACTOR))));
        x.actsOnBehalfOf().forEach(o -> add(s, iri(KKG.NS + "actsOnBehalfOf"), ref(who, "actsOnBehalfOf", o, Set.of(Kind.ACTOR))));
        wikidata(s, x.wikidata());
        comment(s, x.comment());
    }

    /** Labels and aliases in other languages: {@code rdfs:label} and {@code skos:altLabel} tagged with the language. */
    private void translations(Node s, String who, List<Annotations.Translation> translations) {
        for (Annotations.Translation t : translations) {
            String language = require(who, "translations language", t.language());
            if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*") || language.equals("en")) {
                throw fail(who + " translations: '" + language + "' is not a language tag other than en (e.g. \"fr\")");
            }
            if (t.label() != null) {
                add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(t.label(), language));
            }
            t.aliases().forEach(alias -> add(s, iri(SKOS + "altLabel"), NodeFactory.createLiteralLang(alias, language)));
        }
    }

    private void control(Annotations.ControlPeriod c, VagueDates dates) {
        String who = "control period '" + c.id() + "'";
        Node s = kid(c.id());
        add(s, RDF.type.asNode(), term(who, "type", "ControlPeriod"));
        proposition(s, who, c.label(), c.summary());
        add(s, iri(KKG.NS + "controller"), ref(who, "controller", require(who, "controller", c.controller()), Set.of(Kind.ACTOR)));
        add(s, iri(KKG.NS + "territory"), ref(who, "territory", require(who, "territory", c.territory()), Set.of(Kind.PLACE)));
        add(s, iri(KKG.NS + "controlKind"), term(who, "kind", c.kind() == null ? "EffectiveControl" : c.kind()));
        if (c.begin() == null) {
            throw fail(who + ": begin is required");
        }
        add(s, iri(KKG.NS + "begin"), instant(who + " begin", c.begin(), dates));
        if (c.end() != null) {
            add(s, iri(KKG.NS + "end"), instant(who + " end", c.end(), dates));
        }
        if (c.startedBy() != null) {
            add(s, iri(KKG.NS + "startedBy"), ref(who, "startedBy", c.startedBy(), Set.of(Kind.EVENT)));
        }
        if (c.endedBy() != null) {
            add(s, iri(KKG.NS + "endedBy"), ref(who, "endedBy", c.endedBy(), Set.of(Kind.EVENT)));
        }
        if (c.describes() != null) {
            add(s, iri(KKG.NS + "describes"), ref(who, "describes", c.describes(), Set.of(Kind.SITUATION)));
        }
        if (c.extent() != null) {
            add(s, iri(KKG.NS + "extent"), term(who, "extent", c.extent()));
        }
        c.controlledParts().forEach(part -> add(s, iri(KKG.NS + "controlledPart"), ref(who, "controlledParts", part, Set.of(Kind.PLACE))));
        comment(s, c.comment());
    }

    private void event(Annotations.Event e, VagueDates dates) {
        String who = "event '" + e.id() + "'";
        Node s = kid(e.id());
        add(s, RDF.type.asNode(), term(who, "type", "Event"));
        proposition(s, who, e.label(), e.summary());
        add(s, iri(KKG.NS + "eventType"), term(who, "type", require(who, "type", e.type())));
        e.agent().forEach(o -> add(s, iri(KKG.NS + "agent"), ref(who, "agent", o, Set.of(Kind.ACTOR))));
        e.target().forEach(o -> add(s, iri(KKG.NS + "target"), ref(who, "target", o, Set.of(Kind.ACTOR))));
        e.affected().forEach(o -> add(s, iri(KKG.NS + "affected"), ref(who, "affected", o, Set.of(Kind.ACTOR))));
        if (e.place() != null) {
            add(s, iri(KKG.NS + "place"), ref(who, "place", e.place(), Set.of(Kind.PLACE)));
        }
        if (e.begin() != null) {
            add(s, iri(KKG.NS + "begin"), instant(who + " begin", e.begin(), dates));
        }
        if (e.end() != null) {
            add(s, iri(KKG.NS + "end"), instant(who + " end", e.end(), dates));
        }
        if (e.partOf() != null) {
            add(s, iri(KKG.NS + "partOfEvent"), ref(who, "partOf", e.partOf(), Set.of(Kind.EVENT)));
        }
        comment(s, e.comment());
    }

    private void participation(Annotations.Participation p) {
        String who = "participation '" + p.id() + "'";
        Node s = kid(p.id());
        add(s, RDF.type.asNode(), term(who, "type", "Participation"));
        proposition(s, who, p.label(), p.summary());
        add(s, iri(KKG.NS + "participant"), ref(who, "participant", require(who, "participant", p.participant()), Set.of(Kind.ACTOR)));
        add(s, iri(KKG.NS + "inEvent"), ref(who, "event", require(who, "event", p.event()), Set.of(Kind.EVENT)));
        add(s, iri(KKG.NS + "participantRole"), term(who, "role", p.role() == null ? "AgentRole" : p.role()));
    }

    private void statement(Annotations.Statement st) {
        String who = "statement '" + st.id() + "'";
        Node s = kid(st.id());
        add(s, RDF.type.asNode(), term(who, "type", "Statement"));
        proposition(s, who, st.label(), st.summary());
        st.mentions().forEach(o -> add(s, iri(KKG.NS + "mentions"), ref(who, "mentions", o, Set.of(Kind.values()))));
    }

    /** A claimant's name for an actor; the claim it is used in must be this file's (it carries the quote). */
    private void naming(Annotations.Naming n) {
        String who = "naming '" + n.id() + "'";
        Node s = kid(n.id());
        add(s, RDF.type.asNode(), term(who, "type", "Naming"));
        if (n.label() != null) {
            add(s, RDFS.label.asNode(), en(n.label()));
        }
        add(s, iri(KKG.NS + "namedActor"), ref(who, "actor", require(who, "actor", n.actor()), Set.of(Kind.ACTOR)));
        add(s, iri(KKG.NS + "namedBy"), ref(who, "namedBy", require(who, "namedBy", n.namedBy()), Set.of(Kind.ACTOR)));
        add(s, iri(KKG.NS + "name"), NodeFactory.createLiteralLang(require(who, "name", n.name()),
                n.language() == null ? "en" : n.language()));
        String claim = require(who, "usedIn", n.usedIn());
        if (ids.get(claim) != Kind.CLAIM) {
            throw fail(who + " usedIn: '" + claim + "' is not a claim of this file");
        }
        add(s, iri(KKG.NS + "usedIn"), kid(claim));
    }

    private void proposition(Node s, String who, String label, String summary) {
        add(s, iri(KKG.NS + "summary"), en(require(who, "summary", summary)));
        if (label != null) {
            add(s, RDFS.label.asNode(), en(label));
        }
    }

    private void claim(Annotations.Claim c, Node doc, LocalDate issued, VagueDates dates, QuoteFinder quotes) {
        String who = "claim '" + c.id() + "'";
        Node s = kid(c.id());
        add(s, RDF.type.asNode(), term(who, "type", "Claim"));
        add(s, iri(KKG.NS + "claimant"), ref(who, "claimant", require(who, "claimant", c.claimant()), Set.of(Kind.ACTOR)));
        if (c.relayedBy() != null) {
            add(s, iri(KKG.NS + "relayedBy"), ref(who, "relayedBy", c.relayedBy(), Set.of(Kind.ACTOR)));
        }
        add(s, iri(KKG.NS + "stance"), term(who, "stance", require(who, "stance", c.stance())));
        if (c.caveatKind() != null) {
            add(s, iri(KKG.NS + "caveatKind"), term(who, "caveatKind", c.caveatKind()));
        }
        add(s, iri(KKG.NS + "about"), ref(who, "about", require(who, "about", c.about()), PROPOSITIONS));
        claimDate(s, who, c.date(), issued, dates);
        add(s, iri(KKG.NS + "medium"), term(who, "medium", c.medium() == null ? "MediumNotReported" : c.medium()));
        add(s, iri(KKG.NS + "verification"),
                term(who, "verification", c.verification() == null ? "VerificationNotReported" : c.verification()));
        add(s, iri(KKG.NS + "reportedIn"), doc);
        QuoteFinder.Span span;
        try {
            span = quotes.find(c.quote(), c.occurrence());
        } catch (IllegalArgumentException e) {
            throw fail(who + ": " + e.getMessage());
        }
        Node evidence = NodeFactory.createBlankNode();
        Node quote = NodeFactory.createBlankNode();
        Node position = NodeFactory.createBlankNode();
        add(s, iri(KKG.NS + "evidence"), evidence);
        add(evidence, RDF.type.asNode(), iri(OA + "SpecificResource"));
        add(evidence, iri(OA + "hasSource"), doc);
        add(evidence, iri(OA + "hasSelector"), quote);
        add(evidence, iri(OA + "hasSelector"), position);
        add(quote, RDF.type.asNode(), iri(OA + "TextQuoteSelector"));
        add(quote, iri(OA + "exact"), textLiteral(span.exact()));
        add(quote, iri(OA + "prefix"), textLiteral(span.prefix()));
        add(quote, iri(OA + "suffix"), textLiteral(span.suffix()));
        add(position, RDF.type.asNode(), iri(OA + "TextPositionSelector"));
        add(position, iri(OA + "start"), NodeFactory.createLiteralDT(Integer.toString(span.start()), XSDDatatype.XSDinteger));
        add(position, iri(OA + "end"), NodeFactory.createLiteralDT(Integer.toString(span.end()), XSDDatatype.XSDinteger));
        comment(s, c.comment());
    }

    /** A claim's date: a day (the issued date when absent); words other than an ISO date are kept as claimDateWording. */
    private void claimDate(Node s, String who, JsonNode node, LocalDate issued, VagueDates dates) {
        if (node == null) {
            add(s, iri(KKG.NS + "claimDate"), date(issued));
            return;
        }
        VagueDates.Vague v = resolve(who + " date", node, dates);
        if (!v.earliest().equals(v.latest())) {
            throw fail(who + " date: \"" + v.wording() + "\" is not a single day (" + v.earliest() + " to " + v.latest() + ")");
        }
        add(s, iri(KKG.NS + "claimDate"), date(v.earliest()));
        if (!v.wording().equals(v.earliest().toString())) {
            add(s, iri(KKG.NS + "claimDateWording"), wording(v.wording()));
        }
    }

    private Node instant(String field, JsonNode node, VagueDates dates) {
        VagueDates.Vague v = resolve(field, node, dates);
        return instants.computeIfAbsent(v, key -> {
            String base = "instant-" + switch (key.precision()) {
                case "DayPrecision" -> key.earliest().toString();
                case "MonthPrecision" -> key.earliest().toString().substring(0, 7) + (key.latest().equals(key.earliest().withDayOfMonth(key.earliest().lengthOfMonth())) ? "" : "-to-" + key.latest());
                case "YearPrecision" -> key.earliest().getYear() + (key.latest().equals(key.earliest().withDayOfYear(key.earliest().lengthOfYear())) ? "" : "-to-" + key.latest());
                default -> key.earliest() + "-to-" + key.latest();
            };
            // Another source's instant of this name with other words or bounds keeps its name: this one is the document's own.
            String prefix = instantDescription(kid(base), key, textLanguage).equals(described(kid(base))) || !known.contains(kid(base), Node.ANY, Node.ANY)
                    ? base : "instant-" + docId + base.substring("instant".length());
            String name = prefix;
            for (int n = 2; !instantNames.add(name); n++) {
                name = prefix + "-" + n;
            }
            Node s = kid(name);
            instantDescription(s, key, textLanguage).forEach(t -> out.add(t));
            return s;
        });
    }

    private static Set<org.apache.jena.graph.Triple> instantDescription(Node s, VagueDates.Vague key, String language) {
        return Set.of(
                org.apache.jena.graph.Triple.create(s, RDF.type.asNode(), iri(KKG.NS + "VagueInstant")),
                org.apache.jena.graph.Triple.create(s, iri(KKG.NS + "earliest"), date(key.earliest())),
                org.apache.jena.graph.Triple.create(s, iri(KKG.NS + "latest"), date(key.latest())),
                org.apache.jena.graph.Triple.create(s, iri(KKG.NS + "precision"), iri(KKG.NS + key.precision())),
                org.apache.jena.graph.Triple.create(s, iri(KKG.NS + "sourceWording"), NodeFactory.createLiteralLang(key.wording(), language)));
    }

    /** What the data already says of {@code s} as a vague instant: its bounds, precision and words (not comments or inferred types). */
    private Set<org.apache.jena.graph.Triple> described(Node s) {
        Set<Node> bounds = Set.of(iri(KKG.NS + "earliest"), iri(KKG.NS + "latest"), iri(KKG.NS + "precision"), iri(KKG.NS + "sourceWording"));
        Set<org.apache.jena.graph.Triple> found = new java.util.HashSet<>();
        known.find(s, Node.ANY, Node.ANY).forEachRemaining(found::add);
        found.removeIf(t -> t.getPredicate().equals(RDF.type.asNode()) ? !t.getObject().equals(iri(KKG.NS + "VagueInstant"))
                : !bounds.contains(t.getPredicate()));
        return found;
    }

    private VagueDates.Vague resolve(String field, JsonNode node, VagueDates dates) {
        try {
            return dates.resolve(field, node);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private Node ref(String who, String field, String id, Set<Kind> allowed) {
        Kind kind = ids.get(id);
        if (kind == null && id != null && knownAs(id, allowed)) {
            return kid(id);
        }
        if (kind == null || !allowed.contains(kind)) {
            String expected = allowed.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList().toString();
            throw fail(who + " " + field + ": '" + id + "' is " + (kind == null ? "not declared in this file"
                    : "declared as " + kind.name().toLowerCase(Locale.ROOT)) + " (expected one of " + expected
                    + (kind == null ? ", declared here or already in the data" : "") + ")");
        }
        return kid(id);
    }

    /** Whether the data this source is served with holds {@code kid:id} as one of the {@code allowed} kinds. */
    private boolean knownAs(String id, Set<Kind> allowed) {
        Node s = kid(id);
        return KINDS_BY_CLASS.entrySet().stream().anyMatch(e -> allowed.contains(e.getValue())
                && known.contains(s, RDF.type.asNode(), iri(KKG.NS + e.getKey())));
    }

    /** A {@code kkg:} term, which the ontology must declare. */
    private Node term(String who, String field, String local) {
        Node t = iri(KKG.NS + local);
        if (!ontology.contains(t, Node.ANY, Node.ANY)) {
            throw fail(who + " " + field + ": '" + local + "' is not a term of the kidal-kg ontology (kkg:" + local + ")");
        }
        return t;
    }

    private void wikidata(Node s, String id) {
        if (id != null) {
            if (!id.matches("Q[1-9][0-9]*")) {
                throw fail("'" + s.getLocalName() + "' wikidata: '" + id + "' is not a Wikidata item id (Q…)");
            }
            add(s, OWL.sameAs.asNode(), iri(WD + id));
        }
    }

    private void comment(Node s, String comment) {
        if (comment != null) {
            add(s, RDFS.comment.asNode(), en(comment));
        }
    }

    private String require(String who, String field, String value) {
        if (value == null || value.isBlank()) {
            throw fail(who + ": " + field + " is required");
        }
        return value;
    }

    private IngestException fail(String problem) {
        return new IngestException(file, 0, problem);
    }

    private void add(Node s, Node p, Node o) {
        out.add(s, p, o);
    }

    /** A document id: it becomes a file name, so nothing that could leave a folder ({@code /}, {@code ..}). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static Node kid(String id) {
        return iri(KKG.ID + id);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The text's own words: a quote tagged with the text's language, untagged in English (as France 24's encoding has it). */
    private Node textLiteral(String words) {
        return textLanguage.equals("en") ? NodeFactory.createLiteralString(words) : NodeFactory.createLiteralLang(words, textLanguage);
    }

    /** A date's wording, in the text's language. */
    private Node wording(String words) {
        return NodeFactory.createLiteralLang(words, textLanguage);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}

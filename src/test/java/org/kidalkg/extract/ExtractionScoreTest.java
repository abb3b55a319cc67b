package org.kidalkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.importers.article.QuoteFinder;
import org.kidalkg.testing.BuiltInGraph;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.KKG;

/**
 * How well {@code extract} drafts what a person annotated: for every source of the corpus (the France 24 article and
 * {@code data/sources/}), the draft is made with the entities of the other sources only (leave one out: its own
 * actors are not known yet, as for a new article), and its claims are matched one to one to the reviewed claims whose
 * span they overlap by at least 30 % of the shorter (a draft claim is taken for a reviewed claim it agrees with
 * before one it does not, then by the largest overlap). Precision and recall are reported per language
 * for the span alone and for span, claimant and stance role together. The claimant is right when it is the reviewed
 * IRI, or when the reviewed claimant is one the other sources do not name and the draft proposed a new actor for it
 * (entity linking's NIL: see {@link NewActorAlignment}); the table also gives the figures with known IRIs only. It goes to
 * {@code target/extraction-score.md} (docs/extraction.md quotes it). The floors asserted are the figures measured
 * when the rules were written, so a change that makes the drafts worse fails here.
 */
class ExtractionScoreTest {
    private static final String GOLD = """
            PREFIX kkg: <https://w3id.org/kidal-kg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?claim ?start ?end ?claimant ?role WHERE {
              GRAPH ?g { ?claim a kkg:Claim ; kkg:reportedIn ?doc ; kkg:claimant ?claimant ; kkg:stance ?stance ;
                                kkg:evidence/oa:hasSelector ?selector . ?selector oa:start ?start ; oa:end ?end }
              ?stance kkg:stanceRole ?role
            }""";

    /**
     * Claimant+stance precision and recall, then the same with known IRIs only, measured when the rules were last
     * changed, less 0.03 (docs/extraction.md).
     */
    private static final Map<String, double[]> FLOORS = Map.of("en", new double[] {0.82, 0.70, 0.69, 0.59},
            "fr", new double[] {0.92, 0.67, 0.92, 0.67});

    /**
     * Precision and recall of the claims about accounts of control (same controller and territory) measured when the
     * rules were last changed, less one claim's worth: there are only 32 and 9 of them (docs/extraction.md).
     */
    private static final Map<String, double[]> CONTROL_FLOORS = Map.of("en", new double[] {0.9, 0.34}, "fr", new double[] {0.8, 0.44});

    /** A claim's span, claimant and stance role; and who controls what, when it is about an account of control (else null). */
    record Claim(int start, int end, Node claimant, Node role, Node controller, Node territory, Draft.Reason why) {}

    /** Per rule of the drafts (both languages): claims drafted, claims right on claimant and stance, the rule's confidence. */
    private static final Map<String, double[]> BY_RULE = new TreeMap<>();

    /** Counts for one language. */
    static final class Score {
        int predicted;
        int gold;
        int spanMatched;
        int allCorrect;
        int claimantCorrect;
        int roleCorrect;
        /** Matches right on claimant and stance with the claimant's IRI itself, a new actor never counting. */
        int strictCorrect;
        /** Claims about an account of control: reviewed, drafted, and matched with the same controller and territory. */
        int controlGold;
        int controlDrafted;
        int controlRight;

        double p(int n) { return predicted == 0 ? 0 : (double) n / predicted; }
        double r(int n) { return gold == 0 ? 0 : (double) n / gold; }
    }

    @Test
    void draftsFindTheReviewedClaims() throws IOException {
        DatasetGraph store = BuiltInGraph.store();
        Map<String, Score> scores = new TreeMap<>();
        for (Corpus.Source source : Corpus.sources()) {
            Score score = scores.computeIfAbsent(source.language(), k -> new Score());
            score(source, store, score);
        }
        String table = table(scores);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-score.md"), table);
        Files.writeString(Path.of("target/extraction-misses.txt"), MISSES);
        System.out.println(table);
        calibrated(table);
        FLOORS.forEach((language, floor) -> {
            Score score = scores.get(language);
            assertTrue(score != null && score.p(score.allCorrect) >= floor[0] && score.r(score.allCorrect) >= floor[1],
                    language + ": claimant+stance precision and recall below " + floor[0] + " / " + floor[1] + "\n" + table);
            assertTrue(score.p(score.strictCorrect) >= floor[2] && score.r(score.strictCorrect) >= floor[3],
                    language + ": with known claimants only, precision and recall below " + floor[2] + " / " + floor[3] + "\n" + table);
            double[] control = CONTROL_FLOORS.get(language);
            assertTrue(score.controlRight >= control[0] * score.controlDrafted && score.controlRight >= control[1] * score.controlGold,
                    language + ": claims about control, precision and recall below " + control[0] + " / " + control[1] + "\n" + table);
        });
    }

    /**
     * confidence.json is each rule's share of right claims, both languages together and smoothed as (right + 1) /
     * (drafted + 2): a rule with five claims or more that drifts from it by more than 0.15 must be re-measured.
     */
    private static void calibrated(String table) {
        Map<String, double[]> byRule = new TreeMap<>();
        BY_RULE.forEach((rule, n) -> {
            double[] sum = byRule.computeIfAbsent(rule.replaceFirst("^[a-z]{2}\\.", ""), k -> new double[] {0, 0, n[2]});
            sum[0] += n[0];
            sum[1] += n[1];
        });
        byRule.forEach((rule, n) -> assertTrue(n[0] < 5 || Math.abs(n[2] - (n[1] + 1) / (n[0] + 2)) <= 0.15,
                rule + ": confidence " + n[2] + " but " + (int) n[1] + " of " + (int) n[0] + " claims right; re-measure confidence.json\n" + table));
    }

    private static void score(Corpus.Source source, DatasetGraph store, Score score) throws IOException {
        String text = Files.readString(source.text());
        Node doc = NodeFactory.createURI(KKG.ID + "doc-" + source.id());
        List<Claim> gold = gold(store, doc);
        Graph before = Corpus.knownBefore(store, Graphs.source(source.id()));
        KnownEntities known = KnownEntities.of(before);
        Lexicon lexicon = Lexicon.of(source.language());
        Draft draft = new Extractor(lexicon, known)
                .extract(text, new Extractor.Article(source.id() + "-x", "", source.published(), source.language(), source.outlet(), null));
        List<Claim> predicted = predicted(draft, text);
        Files.createDirectories(DRAFTS);
        Files.writeString(DRAFTS.resolve(source.id() + ".json"), draft.toJson());
        score.predicted += predicted.size();
        score.gold += gold.size();
        score.controlDrafted += (int) predicted.stream().filter(c -> c.territory() != null).count();
        score.controlGold += (int) gold.stream().filter(c -> c.territory() != null).count();
        Map<Node, Node> aligned = NewActorAlignment.align(predicted, gold, draft, before, store.getGraph(Graphs.source(source.id())),
                lexicon);
        aligned.forEach((proposed, reviewed) -> MISSES.append(source.id()).append(" NEW ACTOR ").append(proposed.getURI().replace(KKG.ID, ""))
                .append(" is ").append(reviewed.getURI().replace(KKG.ID, "")).append("\n"));
        match(predicted, gold, aligned, score, text, source.id());
    }

    static boolean overlaps(Claim p, Claim g) {
        int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
        int shorter = Math.min(p.end() - p.start(), g.end() - g.start());
        return overlap > 0 && overlap * 10 >= shorter * 3;
    }

    /** Where each source's draft is written, for a person to read next to the misses. */
    private static final Path DRAFTS = Path.of("target/extraction-drafts");

    static final StringBuilder MISSES = new StringBuilder();

    private static String show(String text, Claim c) {
        int s = text.offsetByCodePoints(0, c.start());
        int e = text.offsetByCodePoints(0, c.end());
        String local = c.claimant().getURI().replace(KKG.ID, "");
        return local + "/" + c.role().getLocalName() + " [" + text.substring(s, e).replace('\n', ' ') + "]";
    }

    private static void match(List<Claim> predicted, List<Claim> gold, Map<Node, Node> aligned, Score score, String text, String id) {
        record Pair(Claim p, Claim g, int overlap, boolean agrees) {}
        List<Pair> pairs = new ArrayList<>();
        for (Claim p : predicted) {
            for (Claim g : gold) {
                if (overlaps(p, g)) {
                    int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                    pairs.add(new Pair(p, g, overlap, sameClaimant(p, g, aligned) && p.role().equals(g.role())));
                }
            }
        }
        // among spans that overlap, a draft claim is taken for the reviewed claim it agrees with, then the largest overlap
        pairs.sort(Comparator.comparing(Pair::agrees).thenComparingInt(Pair::overlap).reversed());
        List<Claim> usedP = new ArrayList<>();
        List<Claim> usedG = new ArrayList<>();
        for (Pair pair : pairs) {
            if (usedP.stream().anyMatch(c -> c == pair.p()) || usedG.stream().anyMatch(c -> c == pair.g())) {
                continue;
            }
            usedP.add(pair.p());
            usedG.add(pair.g());
            score.spanMatched++;
            boolean claimant = sameClaimant(pair.p(), pair.g(), aligned);
            boolean role = pair.p().role().equals(pair.g().role());
            score.strictCorrect += role && pair.p().claimant().equals(pair.g().claimant()) ? 1 : 0;
            score.claimantCorrect += claimant ? 1 : 0;
            score.roleCorrect += role ? 1 : 0;
            score.allCorrect += claimant && role ? 1 : 0;
            BY_RULE.get(pair.p().why().rule())[1] += claimant && role ? 1 : 0;
            score.controlRight += sameControl(pair.p(), pair.g(), aligned) ? 1 : 0;
            if ((pair.g().territory() != null || pair.p().territory() != null) && !sameControl(pair.p(), pair.g(), aligned)) {
                MISSES.append(id).append(" CONTROL gold ").append(control(pair.g())).append(", drafted ").append(control(pair.p()))
                        .append(" [").append(show(text, pair.g())).append("]\n");
            }
            if (!(claimant && role)) {
                MISSES.append(id).append(" WRONG gold ").append(show(text, pair.g())).append("\n      drafted ").append(show(text, pair.p())).append("\n");
            }
        }
        for (Claim g : gold) {
            if (usedG.stream().noneMatch(c -> c == g)) {
                MISSES.append(id).append(" MISSED ").append(show(text, g)).append("\n");
            }
        }
        for (Claim p : predicted) {
            if (usedP.stream().noneMatch(c -> c == p)) {
                MISSES.append(id).append(" EXTRA ").append(show(text, p)).append("\n");
            }
        }
    }

    private static String control(Claim c) {
        return c.territory() == null ? "no account of control"
                : c.controller().getURI().replace(KKG.ID, "") + " controls " + c.territory().getURI().replace(KKG.ID, "");
    }

    /** Whether both claims are about an account of control of one territory by one controller (a new actor as aligned). */
    private static boolean sameControl(Claim p, Claim g, Map<Node, Node> aligned) {
        return p.territory() != null && g.territory() != null && p.territory().equals(g.territory())
                && (p.controller().equals(g.controller()) || g.controller().equals(aligned.get(p.controller())));
    }

    private static boolean sameClaimant(Claim p, Claim g, Map<Node, Node> aligned) {
        return p.claimant().equals(g.claimant()) || g.claimant().equals(aligned.get(p.claimant()));
    }

    private static List<Claim> gold(DatasetGraph store, Node doc) {
        List<Claim> claims = new ArrayList<>();
        String query = GOLD.replace("?doc", "<" + doc.getURI() + ">");
        QueryExec.dataset(store).query(query).select().forEachRemaining(b -> {
            Node period = controlPeriod(store.getUnionGraph(), b.get("claim"));
            claims.add(new Claim(Integer.parseInt(b.get("start").getLiteralLexicalForm()), Integer.parseInt(b.get("end").getLiteralLexicalForm()),
                    b.get("claimant"), b.get("role"), object(store.getUnionGraph(), period, "controller"), object(store.getUnionGraph(), period, "territory"),
                    null));
        });
        return claims;
    }

    /** The account of control {@code claim} is about, or null. */
    private static Node controlPeriod(Graph graph, Node claim) {
        Node about = object(graph, claim, "about");
        boolean control = about != null && graph.contains(about, RDF.type.asNode(), NodeFactory.createURI(KKG.NS + "ControlPeriod"));
        return control ? about : null;
    }

    private static Node object(Graph graph, Node subject, String property) {
        if (subject == null) {
            return null;
        }
        var found = graph.find(subject, NodeFactory.createURI(KKG.NS + property), Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private static List<Claim> predicted(Draft draft, String text) {
        QuoteFinder finder = new QuoteFinder(text);
        Map<String, JsonNode> periods = new HashMap<>();
        draft.section("controlPeriods").forEach(p -> periods.put(p.get("id").asText(), p));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : draft.section("claims")) {
            JsonNode occurrence = c.get("occurrence");
            QuoteFinder.Span span = finder.find(c.get("quote").asText(), occurrence == null ? null : occurrence.asInt());
            Node claimant = NodeFactory.createURI(KKG.ID + c.get("claimant").asText());
            JsonNode period = periods.get(c.get("about").asText());
            JsonNode review = c.get("review");
            Draft.Reason why = new Draft.Reason(review.get("rule").asText(), review.get("confidence").asDouble(), "");
            BY_RULE.computeIfAbsent(why.rule(), k -> new double[] {0, 0, why.confidence()})[0]++;
            claims.add(new Claim(span.start(), span.end(), claimant, role(c.get("stance").asText()),
                    period == null ? null : NodeFactory.createURI(KKG.ID + period.get("controller").asText()),
                    period == null ? null : NodeFactory.createURI(KKG.ID + period.get("territory").asText()), why));
        }
        return claims;
    }

    private static Node role(String stance) {
        Node concept = NodeFactory.createURI(KKG.NS + stance);
        Node stanceRole = NodeFactory.createURI(KKG.NS + "stanceRole");
        var it = BuiltInGraph.store().find(Node.ANY, concept, stanceRole, Node.ANY);
        return it.hasNext() ? it.next().getObject() : concept;
    }

    private static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("| language | drafted | reviewed | span P | span R | claimant P | stance P | claimant+stance P | claimant+stance R | known IRIs only P | known IRIs only R |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        scores.forEach((lang, s) -> out.append(String.format("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", lang, s.predicted, s.gold,
                s.p(s.spanMatched), s.r(s.spanMatched), s.p(s.claimantCorrect), s.p(s.roleCorrect), s.p(s.allCorrect), s.r(s.allCorrect),
                s.p(s.strictCorrect), s.r(s.strictCorrect))));
        out.append("\n| rule | claims drafted | right on claimant and stance | precision | its confidence |\n|---|---|---|---|---|\n");
        BY_RULE.forEach((rule, n) -> out.append(String.format("| `%s` | %.0f | %.0f | %.2f | %.2f |%n", rule, n[0], n[1], n[1] / n[0], n[2])));
        out.append("\n| language | claims about control drafted | reviewed | same controller and territory | P | R |\n|---|---|---|---|---|---|\n");
        scores.forEach((lang, s) -> out.append(String.format("| %s | %d | %d | %d | %.2f | %.2f |%n", lang, s.controlDrafted, s.controlGold,
                s.controlRight, s.controlDrafted == 0 ? 0 : (double) s.controlRight / s.controlDrafted,
                s.controlGold == 0 ? 0 : (double) s.controlRight / s.controlGold)));
        return out.toString();
    }
}

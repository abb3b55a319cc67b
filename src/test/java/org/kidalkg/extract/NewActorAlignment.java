package org.kidalkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.kidalkg.extract.ExtractionScoreTest.Claim;
import org.kidalkg.vocab.KKG;
import org.kidalkg.vocab.Names;

/** Which new actors of a draft are which reviewed actors that the data did not name yet. */
final class NewActorAlignment {
    private NewActorAlignment() {}

    /**
     * Which new actor of the draft is which actor of the review that the other sources do not name (entity linking's
     * NIL clusters, aligned one to one as CEAF does): a reviewer keeps a proposed "an eyewitness" as the reviewed
     * file's eyewitness. A pair is a candidate when a claim of each overlaps the other's and their names share a word
     * that is not a function word; the pairs with the most such claims are aligned first, each actor once.
     */
    static Map<Node, Node> align(List<Claim> predicted, List<Claim> gold, Draft draft, Graph before, Graph reviewed,
                                             Lexicon lexicon) {
        Map<String, String> proposed = new TreeMap<>();
        draft.section("actors").forEach(a -> proposed.put(KKG.ID + a.get("id").asText(), a.get("label").asText()));
        Map<List<Node>, Integer> candidates = new HashMap<>();
        for (Claim p : predicted) {
            for (Claim g : gold) {
                if (ExtractionScoreTest.overlaps(p, g) && proposed.containsKey(p.claimant().getURI()) && !named(before, g.claimant())
                        && shareAWord(proposed.get(p.claimant().getURI()), names(reviewed, g.claimant()), lexicon)) {
                    candidates.merge(List.of(p.claimant(), g.claimant()), 1, Integer::sum);
                }
            }
        }
        Map<Node, Node> aligned = new HashMap<>();
        candidates.entrySet().stream().sorted(Map.Entry.<List<Node>, Integer>comparingByValue().reversed()).forEach(e -> {
            Node draftActor = e.getKey().get(0);
            Node reviewedActor = e.getKey().get(1);
            if (!aligned.containsKey(draftActor) && !aligned.containsValue(reviewedActor)) {
                aligned.put(draftActor, reviewedActor);
            }
        });
        return aligned;
    }

    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(),
            SKOS.altLabel.asNode(), SKOS.prefLabel.asNode());

    /** Whether {@code graph} gives {@code actor} a name (so a draft could have resolved it). */
    private static boolean named(Graph graph, Node actor) {
        return !names(graph, actor).isEmpty();
    }

    private static List<String> names(Graph graph, Node actor) {
        List<String> names = new ArrayList<>();
        NAME_PROPERTIES.forEach(p -> graph.find(actor, p, Node.ANY).forEachRemaining(t -> names.add(t.getObject().getLiteralLexicalForm())));
        return names;
    }

    private static boolean shareAWord(String label, List<String> names, Lexicon lexicon) {
        Set<String> words = contentWords(label, lexicon);
        return names.stream().anyMatch(n -> contentWords(n, lexicon).stream().anyMatch(words::contains));
    }

    private static Set<String> contentWords(String name, Lexicon lexicon) {
        Set<String> words = new HashSet<>();
        for (String w : Names.fold(name).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !lexicon.functionWords().contains(w)) {
                words.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

}

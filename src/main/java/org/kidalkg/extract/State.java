package org.kidalkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kidalkg.importers.article.VagueDates;

/**
 * What carries from one sentence of an article to the next while it is drafted: the last claimant named (for "he
 * said"), the last proposition, the new actors proposed so far. One per article, shared by the readers of its clauses.
 */
final class State {
    final String outlet;
    final VagueDates dates;
    final String published;
    String lastClaimant;
    /** People the text introduced by role, title and name, by the words of their role ("junta leader Colonel"). */
    final Map<List<String>, String> introduced = new LinkedHashMap<>();
    /** The new actors proposed so far, by id, with the words of their names. */
    final Map<String, List<String>> proposed = new LinkedHashMap<>();
    String lastAbout;
    String lastControl;
    /** The place of the last account of control drafted: what an acknowledgment or a denial naming it responds to. */
    Node lastControlPlace;
    /** The last town (a known kkg:City) the text named: what "the town" and "la ville" stand for. */
    Node lastTown;
    /** What the caveat just drafted is about, while caveats follow one another; else null. */
    String caveatRun;
    /** The claim-sized piece drafted last: where "who" and "qui" find the actor they stand for. */
    String previousPiece;
    String previousVoice;

    State(String outlet, VagueDates dates, String published) {
        this.outlet = outlet;
        this.dates = dates;
        this.published = published;
    }
}

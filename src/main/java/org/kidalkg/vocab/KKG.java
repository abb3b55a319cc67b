package org.kidalkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The kidal-kg ontology's terms that code refers to. Each constant's definition is the ontology's
 * ({@code ontology/kidal.ttl}); a test checks every constant here is declared there.
 */
public final class KKG {
    /** The term namespace. */
    public static final String NS = "https://w3id.org/kidal-kg/ontology#";
    /** The preferred prefix for {@link #NS}. */
    public static final String PREFIX = "kkg";
    /** The namespace of individuals (actors, places, events, claims, documents). */
    public static final String ID = "https://w3id.org/kidal-kg/id/";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/kidal-kg/ontology";

    /** A statement attributed to a claimant, reported in a source, about a proposition. */
    public static final Node Claim = term("Claim");
    /** What a claim is about: a control period, an event, a participation or a statement. */
    public static final Node Proposition = term("Proposition");
    /** An actor's control of a territory over a vaguely bounded period. */
    public static final Node ControlPeriod = term("ControlPeriod");
    /** A document a claim is reported in. */
    public static final Node SourceDocument = term("SourceDocument");
    /** A proposition that one party asserts and another denies (inferred). */
    public static final Node DisputedProposition = term("DisputedProposition");

    /** The actor a claim is attributed to. */
    public static final Node claimant = term("claimant");
    /** How the claimant relates to the proposition: asserts, acknowledges, denies, reports. */
    public static final Node stance = term("stance");
    /** The proposition a claim is about. */
    public static final Node about = term("about");
    /** The span of a source document a claim is grounded in. */
    public static final Node evidence = term("evidence");
    /** A source document's text file, relative to the data folder. */
    public static final Node textFile = term("textFile");
    /** A source's knowledge horizon: it says nothing of what came after. */
    public static final Node asOf = term("asOf");
    /** A control period's end concluded by the control-period-end rule: the begin of the period that succeeds it. */
    public static final Node inferredEnd = term("inferredEnd");

    private KKG() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

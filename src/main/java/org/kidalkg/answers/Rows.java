package org.kidalkg.answers;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Reads values out of result rows as the plain strings the JSON carries: IRIs and lexical forms, null when unbound. */
final class Rows {
    private Rows() {}

    static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    static boolean bool(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node != null && node.isLiteral() && node.asLiteral().getBoolean();
    }

    /**
     * The claim of a row with the columns who-controlled, {@code basis.rq} and {@code evidence.rq} share (claim,
     * claimant, stance, claimDate, medium, quote, source, sourceTitle, verified), its claimant named by {@code resources}.
     */
    static Views.Basis claim(QuerySolution row, Resources resources) {
        Views.Source source = row.contains("source") ? new Views.Source(text(row, "source"), text(row, "sourceTitle")) : null;
        return new Views.Basis(text(row, "claim"), resources.ref(text(row, "claimant")), text(row, "stance"), text(row, "claimDate"),
                text(row, "medium"), text(row, "quote"), source, bool(row, "verified"));
    }
}

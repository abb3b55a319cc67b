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
}

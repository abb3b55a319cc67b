package org.kidalkg.http.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * CSV results as the comparison needs them: SPARQL's CSV format writes a blank node as {@code _:label}, which
 * Jena's CSV reader reads back as a string; turned back into blank nodes, two answers that differ only in blank
 * node labels compare equal, as the CSV format's specification intends.
 */
final class CsvBlankNodes {
    private CsvBlankNodes() {}

    static SPARQLResult restore(SPARQLResult csv) {
        ResultSet rows = csv.getResultSet();
        List<Var> vars = Var.varList(rows.getResultVars());
        Map<String, Node> blanks = new HashMap<>();
        List<Binding> out = new ArrayList<>();
        RowSet rowSet = RowSet.adapt(rows);
        rowSet.forEachRemaining(row -> {
            BindingBuilder b = BindingBuilder.create();
            row.vars().forEachRemaining(v -> b.add(v, blankOrSame(row.get(v), blanks)));
            out.add(b.build());
        });
        return new SPARQLResult(ResultSetFactory.makeRewindable(RowSetStream.create(vars, out.iterator())));
    }

    private static Node blankOrSame(Node node, Map<String, Node> blanks) {
        if (node.isLiteral() && node.getLiteralLexicalForm().startsWith("_:")) {
            return blanks.computeIfAbsent(node.getLiteralLexicalForm(), label -> NodeFactory.createBlankNode());
        }
        return node;
    }
}

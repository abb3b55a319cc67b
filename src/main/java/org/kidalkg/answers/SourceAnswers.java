package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.answers.Views.SourceDoc;
import org.kidalkg.answers.Views.SourcesAnswer;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;

/**
 * Every source document the graph holds, from the named query {@code sources}: what it is, its outlet, when it
 * was published, where to read it, its language and how many claims it reports. Shared by the API and the CLI.
 */
public final class SourceAnswers {
    private final DatasetGraph dataset;
    private final NamedQueryRunner runner;
    private final NamedQuery sources;

    public SourceAnswers(DatasetGraph dataset, QueryCatalogue queries, NamedQueryRunner runner) {
        this.dataset = dataset;
        this.runner = runner;
        this.sources = Catalogues.require(queries, "sources");
    }

    public SourcesAnswer all() {
        return Txn.calculateRead(dataset, () -> {
            List<SourceDoc> docs = new ArrayList<>();
            runner.run(sources, Map.of()).forEachRemaining(row -> docs.add(new SourceDoc(Rows.text(row, "source"),
                    Rows.text(row, "title"), Rows.text(row, "outletLabel"), Rows.text(row, "published"), Rows.text(row, "url"),
                    Rows.text(row, "language"), row.contains("claims") ? row.getLiteral("claims").getInt() : 0)));
            return new SourcesAnswer(docs);
        });
    }
}

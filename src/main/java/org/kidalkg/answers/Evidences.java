package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kidalkg.answers.Views.Basis;
import org.kidalkg.answers.Views.Evidence;
import org.kidalkg.answers.Views.SourceRef;

/**
 * The evidence of every account of control of a place, by period, from one query ({@code evidence.rq}): the
 * account's evidential status, its extent, its documents, and its claims split by role. Claims whose stance
 * has no role are caveats: what is not known to support an account is never counted as support.
 */
final class Evidences {
    private static final ResourceQuery EVIDENCE = ResourceQuery.load("evidence.rq");

    /** An account's evidence and its extent ({@code null} when full or not stated). */
    record Account(Evidence evidence, String extent) {}

    private final DatasetGraph dataset;
    private final Resources resources;

    Evidences(DatasetGraph dataset, Resources resources) {
        this.dataset = dataset;
        this.resources = resources;
    }

    /** Period IRI to its account's evidence, for every period of {@code placeIri}. */
    Map<String, Account> ofPlace(String placeIri) {
        Map<String, Builder> byPeriod = new LinkedHashMap<>();
        for (QuerySolution row : EVIDENCE.rows(dataset, Map.of("place", NodeFactory.createURI(placeIri)))) {
            byPeriod.computeIfAbsent(Rows.text(row, "period"), p -> new Builder(Rows.text(row, "status"), Rows.text(row, "extent")))
                    .add(row, Rows.claim(row, resources));
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        byPeriod.forEach((period, b) -> accounts.put(period, b.build()));
        return accounts;
    }

    /** Collects one account's rows. */
    private static final class Builder {
        private final String status;
        private final String extent;
        private final Map<String, SourceRef> sources = new LinkedHashMap<>();
        private final Map<String, Basis> support = new LinkedHashMap<>();
        private final Map<String, Basis> contest = new LinkedHashMap<>();
        private final Map<String, Basis> caveats = new LinkedHashMap<>();

        Builder(String status, String extent) {
            this.status = status;
            this.extent = extent;
        }

        void add(QuerySolution row, Basis claim) {
            String role = Rows.text(row, "role");
            Map<String, Basis> into = "support".equals(role) ? support : "contest".equals(role) ? contest : caveats;
            into.putIfAbsent(claim.claim(), claim);
            if (row.contains("source") && "claim".equals(Rows.text(row, "scope"))) {
                sources.putIfAbsent(Rows.text(row, "source"), new SourceRef(Rows.text(row, "source"), Rows.text(row, "sourceTitle"),
                        Rows.text(row, "outletLabel"), Rows.text(row, "published"), Rows.text(row, "url")));
            }
        }

        Account build() {
            Evidence evidence = new Evidence(status, List.copyOf(sources.values()), new ArrayList<>(support.values()),
                    new ArrayList<>(contest.values()), new ArrayList<>(caveats.values()));
            return new Account(evidence, extent == null || extent.equals("full") ? null : extent);
        }
    }
}

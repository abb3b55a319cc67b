package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.answers.Views.ClaimGroup;
import org.kidalkg.answers.Views.ClaimsAnswer;
import org.kidalkg.answers.Views.Ref;
import org.kidalkg.answers.Views.Stance;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;

/**
 * Claims grouped by the proposition they are about, from the named queries {@code disputed-claims},
 * {@code unverified-claims} and {@code claims-by}. Shared by the API and the CLI.
 *
 * <p>An answer holds at most {@value #MAX_CLAIMS} claims (stances): enough for any one article's encoding,
 * and a bound on the size of a response when many sources are loaded.
 */
public final class ClaimAnswers {
    /** The most claims one answer carries; later ones (in the query's order) are left out. */
    public static final int MAX_CLAIMS = 1000;

    private final DatasetGraph dataset;
    private final NamedQueryRunner runner;
    private final QueryCatalogue queries;
    private final Resources resources;

    public ClaimAnswers(DatasetGraph dataset, QueryCatalogue queries, long timeoutMillis) {
        this(dataset, queries, new NamedQueryRunner(dataset, timeoutMillis));
    }

    /** Answers through {@code runner}, shared with the other answer sets so the store's labels are indexed once. */
    public ClaimAnswers(DatasetGraph dataset, QueryCatalogue queries, NamedQueryRunner runner) {
        this.dataset = dataset;
        this.runner = runner;
        this.queries = queries;
        this.resources = new Resources(dataset, runner.resolver());
        List.of("disputed-claims", "unverified-claims", "claims-by").forEach(name -> Catalogues.require(queries, name));
    }

    /** Claims about propositions one party asserts and another denies. */
    public ClaimsAnswer disputed() {
        return answer("disputed-claims", Map.of(), "claimant");
    }

    /** Claims the source says could not be independently verified. */
    public ClaimsAnswer unverified() {
        return answer("unverified-claims", Map.of(), "claimant");
    }

    /** Claims made by {@code claimantText} or by someone speaking for it; a 404 for an unknown claimant. */
    public ClaimsAnswer by(String claimantText) {
        return Txn.calculateRead(dataset, () -> {
            Ref claimant = resources.resolve("claimant", claimantText);
            // The speaker, not the claimant asked about: "Goïta" says more than "the junta" on his own words.
            return answer("claims-by", Map.of("claimant", claimant.iri()), "speaker");
        });
    }

    private ClaimsAnswer answer(String queryName, Map<String, String> args, String claimantVar) {
        NamedQuery query = queries.get(queryName);
        ResultSetRewindable rows = Txn.calculateRead(dataset, () -> runner.run(query, args));
        Map<String, Group> groups = new LinkedHashMap<>();
        int claims = 0;
        while (rows.hasNext() && claims < MAX_CLAIMS) {
            QuerySolution row = rows.next();
            Group group = groups.computeIfAbsent(Rows.text(row, "proposition"),
                    iri -> new Group(iri, Rows.text(row, "summary"), new ArrayList<>()));
            group.stances().add(new Stance(Rows.text(row, "claim"),
                    resources.ref(Rows.text(row, claimantVar)),
                    Rows.text(row, "stance"), Rows.text(row, "quote")));
            claims++;
        }
        return new ClaimsAnswer(groups.values().stream()
                .map(g -> new ClaimGroup(g.iri(), g.summary(), List.copyOf(g.stances()))).toList());
    }

    private record Group(String iri, String summary, List<Stance> stances) {}
}

package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.answers.Views.Basis;
import org.kidalkg.answers.Views.Control;
import org.kidalkg.answers.Views.ControlAnswer;
import org.kidalkg.answers.Views.Ref;
import org.kidalkg.answers.Views.TimelineAnswer;
import org.kidalkg.answers.Views.Until;
import org.kidalkg.answers.Views.When;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;

/**
 * Who controlled a place, and every period of control of a place. An answer for a date is the one named query
 * {@code who-controlled} (which periods cover the date, how certainly, and every claim about them); a timeline
 * is {@code control-timeline} (the periods) and {@code basis.rq} (the claims of all of them): a fixed number of
 * queries whatever the number of periods. Shared by the API and the CLI.
 *
 * <pre>{@code
 * ControlAnswer answer = new ControlAnswers(store, queries, 0).control("Kidal", "2019-03-01");
 * }</pre>
 */
public final class ControlAnswers {
    private static final ResourceQuery BASIS = ResourceQuery.load("basis.rq");

    private final DatasetGraph dataset;
    private final NamedQueryRunner runner;
    private final NamedQuery whoControlled;
    private final NamedQuery timeline;
    private final NamedQuery disagreementsOn;
    private final NamedQuery disagreements;
    private final Resources resources;
    private final Evidences evidences;

    public ControlAnswers(DatasetGraph dataset, QueryCatalogue queries, long timeoutMillis) {
        this(dataset, queries, new NamedQueryRunner(dataset, timeoutMillis));
    }

    /** Answers through {@code runner}, shared with the other answer sets so the store's labels are indexed once. */
    public ControlAnswers(DatasetGraph dataset, QueryCatalogue queries, NamedQueryRunner runner) {
        this.dataset = dataset;
        this.runner = runner;
        this.whoControlled = Catalogues.require(queries, "who-controlled");
        this.timeline = Catalogues.require(queries, "control-timeline");
        this.disagreementsOn = Catalogues.require(queries, "disagreements-on");
        this.disagreements = Catalogues.require(queries, "disagreements");
        this.resources = new Resources(dataset, runner.resolver());
        this.evidences = new Evidences(dataset, resources);
    }

    /** Who controlled {@code place} on {@code at}: a 400 for a bad date or missing place, a 404 for an unknown place. */
    public ControlAnswer control(String placeText, String atText) {
        String at = Params.date("at", atText);
        return Txn.calculateRead(dataset, () -> {
            Ref place = resources.resolve("place", placeText);
            Map<Key, Control> covering = new LinkedHashMap<>();
            Map<Key, List<Basis>> basis = new LinkedHashMap<>();
            ResultSetRewindable rows = runner.run(whoControlled, Map.of("place", place.iri(), "at", at));
            rows.forEachRemaining(row -> {
                List<Basis> claims = basis.computeIfAbsent(key(row), k -> new ArrayList<>());
                covering.computeIfAbsent(key(row), k -> period(row, claims).withCertainty(Rows.text(row, "certainty")));
                claims.add(Rows.claim(row, resources));
            });
            List<Control> controllers = withEvidence(covering, place).stream().map(c -> c.withWords(Wording.of(c, at))).toList();
            return new ControlAnswer(place, at, controllers,
                    Disagreements.of(rows(runner.run(disagreementsOn, Map.of("place", place.iri(), "at", at))), resources));
        });
    }

    /** Every period of control of {@code place}, in time order. */
    public TimelineAnswer timeline(String placeText) {
        return Txn.calculateRead(dataset, () -> {
            Ref place = resources.resolve("place", placeText);
            Map<String, List<Basis>> basisByPeriod = new LinkedHashMap<>();
            for (QuerySolution row : BASIS.rows(dataset, Map.of("place", NodeFactory.createURI(place.iri())))) {
                basisByPeriod.computeIfAbsent(Rows.text(row, "period"), p -> new ArrayList<>()).add(Rows.claim(row, resources));
            }
            Map<Key, Control> periods = new LinkedHashMap<>();
            runner.run(timeline, Map.of("place", place.iri())).forEachRemaining(row -> periods.putIfAbsent(key(row),
                    period(row, List.copyOf(basisByPeriod.getOrDefault(Rows.text(row, "period"), List.of())))));
            return new TimelineAnswer(place, withEvidence(periods, place),
                    Disagreements.of(rows(runner.run(disagreements, Map.of("place", place.iri()))), resources));
        });
    }

    /** A period from a row of who-controlled or control-timeline (the two share these columns). */
    private Control period(QuerySolution row, List<Basis> basis) {
        Ref actor = resources.ref(Rows.text(row, "controller"));
        When from = new When(Rows.text(row, "beginEarliest"), Rows.text(row, "beginLatest"), Rows.text(row, "beginWording"));
        Until until = row.contains("endEarliest") || row.contains("endLatest")
                ? new Until(Rows.text(row, "endEarliest"), Rows.text(row, "endLatest"), Rows.text(row, "endWording"),
                        Rows.bool(row, "endInferred"))
                : null;
        return new Control(Rows.text(row, "period"), actor, Rows.text(row, "kind"), null, Rows.bool(row, "controllerInferred"), from, until,
                Rows.text(row, "asOf"), basis, null, null, null);
    }

    /** The controls (keyed by period and controller) with their account's evidence: one query for the place. */
    private List<Control> withEvidence(Map<Key, Control> controls, Ref place) {
        Map<String, Evidences.Account> accounts = evidences.ofPlace(place.iri());
        List<Control> out = new ArrayList<>();
        controls.forEach((key, control) -> {
            Evidences.Account account = accounts.get(key.period());
            out.add(account == null ? control : control.withEvidence(account.evidence(), account.extent()));
        });
        return out;
    }

    private static List<QuerySolution> rows(ResultSetRewindable results) {
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    /** A control: one controller over one period (a period has a second, inferred controller when the state rule adds it). */
    private record Key(String period, String controller) {}

    private static Key key(QuerySolution row) {
        return new Key(Rows.text(row, "period"), Rows.text(row, "controller"));
    }
}

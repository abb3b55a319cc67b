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
import org.kidalkg.answers.Views.Source;
import org.kidalkg.answers.Views.TimelineAnswer;
import org.kidalkg.answers.Views.Until;
import org.kidalkg.answers.Views.When;
import org.kidalkg.query.NamedQuery;
import org.kidalkg.query.NamedQueryRunner;
import org.kidalkg.query.QueryCatalogue;

/**
 * Who controlled a place, and every period of control of a place, built from the named queries
 * {@code who-controlled} (which periods cover the date, how certainly) and {@code control-timeline} (the
 * periods themselves), with each period's claims from {@code basis.rq}. Shared by the API and the CLI.
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
    private final Resources resources;

    public ControlAnswers(DatasetGraph dataset, QueryCatalogue queries, long timeoutMillis) {
        this(dataset, queries, new NamedQueryRunner(dataset, timeoutMillis));
    }

    /** Answers through {@code runner}, shared with the other answer sets so the store's labels are indexed once. */
    public ControlAnswers(DatasetGraph dataset, QueryCatalogue queries, NamedQueryRunner runner) {
        this.dataset = dataset;
        this.runner = runner;
        this.whoControlled = Catalogues.require(queries, "who-controlled");
        this.timeline = Catalogues.require(queries, "control-timeline");
        this.resources = new Resources(dataset, runner.resolver());
    }

    /** Who controlled {@code place} on {@code at}: a 400 for a bad date or missing place, a 404 for an unknown place. */
    public ControlAnswer control(String placeText, String atText) {
        String at = Params.date("at", atText);
        return Txn.calculateRead(dataset, () -> {
            Ref place = resources.resolve("place", placeText);
            Map<String, Control> periods = periods(place);
            Map<String, Control> covering = new LinkedHashMap<>();
            ResultSetRewindable rows = runner.run(whoControlled, Map.of("place", place.iri(), "at", at));
            rows.forEachRemaining(row -> covering.computeIfAbsent(key(row),
                    k -> periods.get(k).withCertainty(Rows.text(row, "certainty"))));
            return new ControlAnswer(place, at, List.copyOf(covering.values()));
        });
    }

    /** Every period of control of {@code place}, in time order. */
    public TimelineAnswer timeline(String placeText) {
        return Txn.calculateRead(dataset, () -> {
            Ref place = resources.resolve("place", placeText);
            return new TimelineAnswer(place, List.copyOf(periods(place).values()));
        });
    }

    /** The place's periods by period and controller, in the timeline's order. */
    private Map<String, Control> periods(Ref place) {
        Map<String, Control> periods = new LinkedHashMap<>();
        Map<String, List<Basis>> basisByPeriod = new LinkedHashMap<>();
        ResultSetRewindable rows = runner.run(timeline, Map.of("place", place.iri()));
        rows.forEachRemaining(row -> {
            List<Basis> basis = basisByPeriod.computeIfAbsent(Rows.text(row, "period"), this::basis);
            periods.putIfAbsent(key(row), period(row, basis));
        });
        return periods;
    }

    private Control period(QuerySolution row, List<Basis> basis) {
        Ref actor = resources.ref(Rows.text(row, "controller"));
        When from = new When(Rows.text(row, "beginEarliest"), Rows.text(row, "beginLatest"), Rows.text(row, "beginWording"));
        Until until = row.contains("endEarliest") || row.contains("endLatest")
                ? new Until(Rows.text(row, "endEarliest"), Rows.text(row, "endLatest"), Rows.text(row, "endWording"),
                        Rows.bool(row, "endInferred"))
                : null;
        return new Control(actor, Rows.text(row, "kind"), null, Rows.bool(row, "controllerInferred"), from, until,
                Rows.text(row, "asOf"), basis);
    }

    private List<Basis> basis(String period) {
        List<Basis> basis = new ArrayList<>();
        for (QuerySolution row : BASIS.rows(dataset, Map.of("period", NodeFactory.createURI(period)))) {
            Source source = row.contains("source") ? new Source(Rows.text(row, "source"), Rows.text(row, "title")) : null;
            basis.add(new Basis(Rows.text(row, "claim"), resources.ref(Rows.text(row, "claimant")),
                    Rows.text(row, "stance"), Rows.text(row, "date"), Rows.text(row, "medium"), Rows.text(row, "quote"),
                    source, Rows.bool(row, "verified")));
        }
        return basis;
    }

    private static String key(QuerySolution row) {
        return Rows.text(row, "period") + " " + Rows.text(row, "controller");
    }
}

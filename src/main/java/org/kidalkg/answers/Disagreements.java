package org.kidalkg.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.kidalkg.answers.Views.Disagreement;
import org.kidalkg.answers.Views.Position;
import org.kidalkg.answers.Views.SourceBrief;

/**
 * Rows of the {@code disagreements} and {@code disagreements-on} named queries (one row per position, account and
 * source) as disagreements with their positions, each position with its accounts and sources, in the rows' order.
 */
final class Disagreements {
    private Disagreements() {}

    /** One position being gathered: the accounts taking it and the documents reporting them, each once. */
    private record Side(Set<String> accounts, Map<String, SourceBrief> sources) {
        Position position(String value) {
            return new Position(value, List.copyOf(accounts), List.copyOf(sources.values()));
        }
    }

    static List<Disagreement> of(Iterable<QuerySolution> rows, Resources resources) {
        Map<String, String> about = new LinkedHashMap<>();
        Map<String, String> component = new LinkedHashMap<>();
        Map<String, Map<String, Side>> positions = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            String id = Rows.text(row, "disagreement");
            about.computeIfAbsent(id, k -> {
                String concerns = Rows.text(row, "concerns");
                String label = concerns == null ? null : resources.ref(concerns).label();
                return label != null ? label : concerns;
            });
            component.putIfAbsent(id, Rows.text(row, "component"));
            Side side = positions.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(Rows.text(row, "value")), k -> new Side(new LinkedHashSet<>(), new LinkedHashMap<>()));
            String account = Rows.text(row, "account");
            if (account != null) {
                side.accounts().add(account);
            }
            String source = Rows.text(row, "source");
            if (source != null) {
                side.sources().putIfAbsent(source, new SourceBrief(source, Rows.text(row, "outletLabel")));
            }
        }
        List<Disagreement> out = new ArrayList<>();
        positions.forEach((id, byValue) -> {
            List<Position> ps = new ArrayList<>();
            byValue.forEach((value, side) -> ps.add(side.position(value)));
            out.add(new Disagreement(about.get(id), component.get(id), ps));
        });
        return out;
    }
}

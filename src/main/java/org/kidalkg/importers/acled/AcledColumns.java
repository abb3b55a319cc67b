package org.kidalkg.importers.acled;

import java.util.List;

/** The columns of an ACLED export that kidal-kg writes and reads, in ACLED's order. */
public final class AcledColumns {
    private AcledColumns() {}

    public static final List<String> ALL = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "fatalities");

    /** The columns the importer cannot do without; the others may be missing from a file. */
    public static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision",
            "event_type", "sub_event_type", "actor1", "location", "latitude", "longitude", "source");
}

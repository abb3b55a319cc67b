package org.kidalkg.http.common;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Picks a SPARQL results format from a {@code format} parameter or the {@code Accept} header; JSON by default. */
public final class ResultFormats {
    private ResultFormats() {}

    public static Lang choose(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            return byName(formatParam.toLowerCase(Locale.ROOT));
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("text/csv")) {
            return ResultSetLang.RS_CSV;
        }
        if (a.contains("text/tab-separated-values")) {
            return ResultSetLang.RS_TSV;
        }
        if (a.contains("application/sparql-results+xml") || a.contains("application/xml")) {
            return ResultSetLang.RS_XML;
        }
        return ResultSetLang.RS_JSON;
    }

    private static Lang byName(String name) {
        return switch (name) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "xml" -> ResultSetLang.RS_XML;
            case "json" -> ResultSetLang.RS_JSON;
            default -> throw new IllegalArgumentException("format: '" + name + "' is not one of json, xml, csv, tsv");
        };
    }
}

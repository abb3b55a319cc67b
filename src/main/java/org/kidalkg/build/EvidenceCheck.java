package org.kidalkg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.kidalkg.source.Sha256;
import org.kidalkg.vocab.Prefixes;
import org.kidalkg.source.Problem;

/**
 * Checks that every evidence span's quote ({@code oa:exact}) is exactly the source text between its
 * {@code oa:start} and {@code oa:end}, counted in Unicode code points as Web Annotation defines them.
 */
public final class EvidenceCheck {
    private static final Query SPANS = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?evidence ?owner ?file ?exact ?start ?end WHERE {
              ?evidence oa:hasSource ?doc ;
                        oa:hasSelector ?quote, ?position .
              ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?doc kkg:textFile ?file .
              OPTIONAL { ?owner kkg:evidence ?evidence }
            }""");

    private static final Query DIGESTS = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?doc ?file ?sha256 WHERE { ?doc kkg:textFile ?file ; kkg:sha256 ?sha256 }""");

    private final Function<String, Path> textFiles;
    private final Map<String, String> texts = new HashMap<>();

    /** @param textFiles resolves a {@code kkg:textFile} name to the file holding the text */
    public EvidenceCheck(Function<String, Path> textFiles) {
        this.textFiles = textFiles;
    }

    /**
     * The spans in {@code graph} whose quote is not the text at their offsets, and the source texts whose
     * SHA-256 is not the one recorded (offsets into an edited text mean nothing), located by {@code located}.
     */
    public List<Problem> check(Graph graph, Located located) {
        List<Problem> problems = new ArrayList<>();
        checkDigests(graph, located, problems);
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(SPANS).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String problem = mismatch(row);
                if (problem != null) {
                    Node owner = row.contains("owner") ? row.get("owner").asNode() : row.get("evidence").asNode();
                    Located.Location where = located.of(owner);
                    problems.add(new Problem(Problem.Severity.VIOLATION, where.file(), where.line(),
                            owner.isURI() ? owner.getURI() : "[]", "kkg:evidence", problem, "quote-matches-span"));
                }
            }
        }
        return problems;
    }

    private void checkDigests(Graph graph, Located located, List<Problem> problems) {
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(DIGESTS).build()) {
            exec.execSelect().forEachRemaining(row -> {
                String file = row.getLiteral("file").getString();
                String text = text(file);
                String recorded = row.getLiteral("sha256").getString();
                if (text != null && !Sha256.of(text).equalsIgnoreCase(recorded)) {
                    Node doc = row.get("doc").asNode();
                    Located.Location where = located.of(doc);
                    problems.add(new Problem(Problem.Severity.VIOLATION, where.file(), where.line(),
                            doc.toString(), "kkg:sha256", "the text of " + file + " is not the one the offsets were made on"
                            + " (SHA-256 " + Sha256.of(text) + ", recorded " + recorded + ")", "text-matches-digest"));
                }
            });
        }
    }

    private String mismatch(QuerySolution row) {
        String file = row.getLiteral("file").getString();
        String text = text(file);
        if (text == null) {
            return "source text " + file + " not found beside the data";
        }
        String exact = row.getLiteral("exact").getString();
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            return "offsets " + start + "-" + end + " fall outside " + file + " (" + length + " code points)";
        }
        String actual = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (!actual.equals(exact)) {
            return "quote \"" + abbreviate(exact) + "\" does not match the text at " + start + "-" + end
                    + " of " + file + ": \"" + abbreviate(actual) + "\"";
        }
        return null;
    }

    private String text(String file) {
        return texts.computeIfAbsent(file, name -> {
            try {
                return Files.readString(textFiles.apply(name), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

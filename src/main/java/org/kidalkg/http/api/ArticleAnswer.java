package org.kidalkg.http.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.kidalkg.source.Sha256;
import org.kidalkg.answers.ApiException;
import org.kidalkg.http.web.ClasspathResources;
import org.kidalkg.query.Labels;
import org.kidalkg.vocab.Prefixes;


/**
 * What {@code GET /api/article[?document=IRI]} answers: a source document's text with its evidence spans and the claims
 * resting on each, for the article view. Offsets are Unicode code points, as {@code oa:TextPositionSelector}
 * counts them (a browser slices {@code Array.from(text)}, not the UTF-16 string). The text is the built-in
 * copy named by the document's {@code kkg:textFile}, served only when its SHA-256 is the one the graph
 * records, so the offsets always point into the text they were made on.
 */
final class ArticleAnswer {
    private static final Query SPANS = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?doc ?title ?file ?sha256 ?claim ?claimant ?stance ?proposition ?summary ?exact ?start ?end
            WHERE {
              ?doc kkg:textFile ?file .
              OPTIONAL { ?doc kkg:sha256 ?sha256 }
              OPTIONAL { ?doc dcterms:title ?title }
              ?claim kkg:evidence ?evidence .
              ?evidence oa:hasSource ?doc ; oa:hasSelector ?quote, ?position .
              ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
              ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              OPTIONAL { ?claim kkg:claimant ?claimant }
              OPTIONAL { ?claim kkg:stance/skos:prefLabel ?stance FILTER(lang(?stance) IN ("en", "")) }
              OPTIONAL { ?claim kkg:about ?proposition . OPTIONAL { ?proposition kkg:summary ?summary FILTER(lang(?summary) IN ("en", "")) } }
              { SELECT ?doc (COUNT(DISTINCT ?spanned) AS ?claims) WHERE { ?spanned kkg:evidence/oa:hasSource ?doc } GROUP BY ?doc }
            }
            ORDER BY DESC(?claims) ?doc ?start ?end ?claim""");

    private final DatasetGraph dataset;
    private final Function<String, Path> texts;

    ArticleAnswer(DatasetGraph dataset, Function<String, Path> texts) {
        this.dataset = dataset;
        this.texts = texts;
    }

    /** One claim resting on a span. */
    record SpanClaim(String claim, String claimant, String claimantLabel, String stance, String proposition, String summary) {}

    /** One evidence span: code-point offsets, start inclusive, end exclusive. */
    record Span(int start, int end, String quote, List<SpanClaim> claims) {}

    /** The answer: the document, its text and its spans in text order. */
    record Article(String document, String title, String textFile, String text, List<Span> spans) {}

    /**
     * The article of document {@code wanted} (null: the one with the most claims, the built-in France 24 article, then by
     * IRI), or a JSON 404.
     */
    Article answer(String wanted) {
        Article article;
        try {
            article = Txn.calculateRead(dataset, () -> read(wanted));
        } catch (IllegalStateException e) {
            throw new ApiException(404, "source text unavailable", e.getMessage());
        }
        if (article == null) {
            throw new ApiException(404, "unknown document", wanted == null ? "no source document with a text file and evidence"
                    : "no source document <" + wanted + "> with a text file and evidence; omit document= for the first");
        }
        return article;
    }

    private Article read(String wanted) {
        String doc = null;
        String title = null;
        String file = null;
        String sha256 = null;
        Map<String, Span> spans = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(SPANS).build()) {
            for (var rows = exec.execSelect(); rows.hasNext(); ) {
                QuerySolution row = rows.next();
                String rowDoc = row.getResource("doc").getURI();
                if (doc == null && (wanted == null || wanted.equals(rowDoc))) {
                    doc = rowDoc;
                    title = text(row, "title");
                    file = text(row, "file");
                    sha256 = text(row, "sha256");
                }
                if (!rowDoc.equals(doc)) {
                    continue;
                }
                int start = row.getLiteral("start").getInt();
                int end = row.getLiteral("end").getInt();
                Span span = spans.computeIfAbsent(start + ":" + end,
                        k -> new Span(start, end, text(row, "exact"), new ArrayList<>()));
                String claim = text(row, "claim");
                if (seen.putIfAbsent(start + ":" + end + " " + claim, claim) == null) {
                    span.claims().add(new SpanClaim(claim, text(row, "claimant"), label(row.get("claimant")),
                            text(row, "stance"), text(row, "proposition"), text(row, "summary")));
                }
            }
        }
        return doc == null ? null : new Article(doc, title, file, sourceText(file, sha256), List.copyOf(spans.values()));
    }

    /** The text named {@code file}, found where the graph was loaded from and checked against its recorded digest. */
    private String sourceText(String file, String sha256) {
        if (ClasspathResources.safePath("/" + file).filter(p -> !p.contains("/")).isEmpty()) {
            throw new IllegalStateException("the text file name '" + file + "' is not a plain file name");
        }
        byte[] bytes;
        Path path = texts.apply(file);
        if (path == null || !Files.isRegularFile(path)) {
            throw new IllegalStateException("the text file '" + file + "' is not beside the data this server loaded");
        }
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the text file '" + file + "': " + e.getMessage(), e);
        }
        if (sha256 != null && !sha256.equalsIgnoreCase(Sha256.of(bytes))) {
            throw new IllegalStateException("'" + file + "' is not the text the graph's offsets were made on"
                    + " (SHA-256 differs from " + sha256 + ")");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The claimant's label by the one rule of {@link Labels}, as {@code /id} and {@code /api/claims} name it. */
    private String label(RDFNode claimant) {
        return claimant == null ? null : Labels.of(dataset, claimant.asNode()).orElse(null);
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }
}

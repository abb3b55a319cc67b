package org.kidalkg.importers.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kidalkg.build.EvidenceCheck;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.RdfFiles;
import org.kidalkg.build.ShaclCheck;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.Prefixes;

/**
 * Ingests one article: reads its annotations, encodes them as the article's source graph, and validates
 * that graph with the project's SHACL shapes and evidence check before anyone writes it anywhere.
 *
 * <pre>{@code
 * ArticleIngest.Result r = ArticleIngest.run(Path.of("data/kidal-article.txt"), Path.of("kidal.json"), SourceBundle.builtIn());
 * RDFDataMgr.write(System.out, r.dataset(), RDFFormat.TRIG_BLOCKS);
 * }</pre>
 */
public final class ArticleIngest {
    private ArticleIngest() {}

    /**
     * The validated source graph, alone in {@code dataset} under {@code graph}, with the SHACL warnings.
     * {@code docId} is the document's id, which names the graph ({@code kgr:source/<docId>}).
     */
    public record Result(String docId, Node graph, DatasetGraph dataset, List<Problem> warnings) {
        public long triples() {
            return dataset.getGraph(graph).size();
        }
    }

    /**
     * Encodes and validates; nothing is written.
     *
     * @throws IngestException       naming the annotation file, the claim or entity and the problem
     * @throws InvalidDataException  when SHACL or the evidence check finds violations (located in the annotation file)
     */
    public static Result run(Path article, Path annotations, SourceBundle bundle) {
        String text = readText(article);
        Annotations a = Annotations.read(annotations);
        Graph ontology = GraphFactory.createDefaultGraph();
        bundle.ontologyFiles().forEach(f -> RdfFiles.readGraph(f).find().forEachRemaining(ontology::add));
        String textFileName = article.getFileName().toString();
        Graph source = new ArticleEncoder(annotations.toString(), ontology).encode(a, text, textFileName);

        List<Problem> problems = new java.util.ArrayList<>(ShaclCheck.of(bundle.shapeFiles()).validate(source, ontology, annotations));
        problems.addAll(new EvidenceCheck(name -> name.equals(textFileName) ? article : article.resolveSibling(name))
                .check(source, annotations));
        List<Problem> violations = problems.stream().filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations);
        }
        Node graph = Graphs.source(a.document().id());
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.prefixes().putAll(Prefixes.standard());
        source.find().forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return new Result(a.document().id(), graph, dataset, problems.stream().filter(p -> p.severity() != Problem.Severity.VIOLATION).toList());
    }

    private static String readText(Path article) {
        try {
            return Files.readString(article, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException(article, "cannot read the article text: " + e.getMessage());
        }
    }
}

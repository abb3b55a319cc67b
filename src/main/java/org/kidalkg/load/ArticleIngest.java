package org.kidalkg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.kidalkg.build.Inputs;
import org.kidalkg.build.Pipeline;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.vocab.KKG;
import org.apache.jena.graph.NodeFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.kidalkg.source.InvalidDataException;
import org.kidalkg.source.Problem;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.Prefixes;
import org.kidalkg.importers.article.Annotations;
import org.kidalkg.importers.article.ArticleEncoder;
import org.kidalkg.importers.article.IngestException;

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
     * The validated source graph, alone in {@code dataset} under {@code graph}, with the SHACL warnings and the
     * inputs it was validated with (the pipeline builds a new store from them).
     * {@code docId} is the document's id, which names the graph ({@code kgr:source/<docId>}).
     */
    public record Result(String docId, Node graph, DatasetGraph dataset, Inputs inputs, List<Problem> warnings) {
        public long triples() {
            return dataset.getGraph(graph).size();
        }
    }

    /** As {@link #run(Path, Path, Pipeline, Sources)}, validated with {@code bundle}'s own data alongside. */
    public static Result run(Path article, Path annotations, SourceBundle bundle) {
        return run(article, annotations, Pipeline.of(bundle), new Sources(bundle, List.of()));
    }

    /**
     * Encodes and validates; nothing is written. The new source is validated as it will be served: together
     * with {@code alongside} (the data it may refer to), through {@code pipeline}.
     *
     * @throws IngestException       naming the annotation file, the claim or entity and the problem
     * @throws InvalidDataException  when SHACL or the evidence check finds violations (located in the annotation file)
     */
    public static Result run(Path article, Path annotations, Pipeline pipeline, Sources alongside) {
        String text = readText(article);
        Annotations a = Annotations.read(annotations);
        String textFileName = article.getFileName().toString();
        Graph known = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        PrebuiltGraph.orBuild(alongside, line -> { }).dataset().find().forEachRemaining(q -> known.add(q.asTriple()));
        Graph source = new ArticleEncoder(annotations.toString(), pipeline.ontology(), known).encode(a, text, textFileName);
        refuseDuplicates(a, annotations, KnownEntities.of(known));
        Node graph = Graphs.source(a.document().id());
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.prefixes().putAll(Prefixes.standard());
        source.find().forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));

        Inputs inputs = Inputs.read(alongside).plus(annotations, dataset, name -> name.equals(textFileName) ? article : null);
        List<Problem> problems = pipeline.validate(inputs);
        List<Problem> violations = problems.stream().filter(p -> p.severity() == Problem.Severity.VIOLATION).toList();
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations);
        }
        return new Result(a.document().id(), graph, dataset, inputs, problems);
    }

    /**
     * One IRI per real-world thing: an actor or place the annotations declare under a new id, but which the data
     * it will be served with already holds (the same Wikidata item, or a label or alias in common with one of its
     * kind), is an error naming the entity to use instead, never a silent duplicate.
     */
    private static void refuseDuplicates(Annotations a, Path annotations, KnownEntities known) {
        for (Annotations.Actor x : a.actors()) {
            refuse(annotations, "actor", x.id(), names(x.label(), x.aliases()), x.wikidata(), "Actor", known);
        }
        for (Annotations.Place p : a.places()) {
            refuse(annotations, "place", p.id(), names(p.label(), p.aliases()), p.wikidata(), "Place", known);
        }
    }

    private static void refuse(Path annotations, String kind, String id, List<String> names, String wikidata, String type,
            KnownEntities known) {
        Node iri = NodeFactory.createURI(KKG.ID + id);
        if (id == null || known.knows(iri)) {
            return; // the same IRI as the data already uses: this source describes it too
        }
        Set<Node> same = known.sameAs(type, names, wikidata == null ? null : ArticleEncoder.WD + wikidata);
        if (!same.isEmpty()) {
            String candidates = same.stream().map(KnownEntities::nameOf).sorted().collect(Collectors.joining(", "));
            throw new IngestException(annotations, kind + " '" + id + "' is already in the data as " + candidates
                    + " (same " + (wikidata != null ? "Wikidata item or " : "") + "name): use "
                    + (same.size() == 1 ? "its id '" + same.iterator().next().getLocalName() + "'" : "one of their ids")
                    + " so both sources name one " + kind);
        }
    }

    private static List<String> names(String label, List<String> aliases) {
        List<String> names = new java.util.ArrayList<>();
        if (label != null) {
            names.add(label);
        }
        names.addAll(aliases);
        return names;
    }

    private static String readText(Path article) {
        try {
            return Files.readString(article, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException(article, "cannot read the article text: " + e.getMessage());
        }
    }
}

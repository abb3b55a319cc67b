package org.kidalkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.linkeddata.JsonLdWriter;
import org.kidalkg.http.linkeddata.VoidDescription;
import org.kidalkg.store.OutputFile;
import org.kidalkg.vocab.Graphs;
import org.kidalkg.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kidal-kg export}: writes the knowledge graph in a standard RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the knowledge graph as RDF: asserted graphs only, or with --inferred the",
                "materialised graphs too (one named graph per rule, kgr:inferred/<rule>, so each",
                "inferred triple shows the rule that produced it), with the VoID description in kgr:void.",
                "JSON-LD is compacted against the published context (ontology/context.jsonld)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { trig, nq, ttl, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sourceOptions;

    @Option(names = "--format", defaultValue = "trig", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); ttl merges all graphs into one.")
    Format format;

    @Option(names = "--inferred", description = "Include the inferred graphs.")
    boolean inferred;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (whole or not at all; its folder must exist).")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--public-url", paramLabel = "URL", description = {"The address the data will be served at (e.g. https://kidal.example.org):",
            "the VoID description names its SPARQL endpoint and dump. Without it, it names neither."})
    String publicUrl;

    @Override
    public Integer call() {
        if (output != null) {
            OutputFile.refuseExisting(output, force); // before the build: a wrong path is told at once
        }
        DatasetGraph store = KnowledgeGraphs.open(sourceOptions.sources(), null, new PrintWriter(new StringWriter()));
        DatasetGraph selected = Txn.calculateRead(store, () -> select(store));
        if (output != null) {
            OutputFile.write(output, force, out -> write(selected, out));
        } else {
            // Through the command's own writer, so callers that redirect it (tests, embedding) get the data.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            write(selected, buffer);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }

    private DatasetGraph select(DatasetGraph store) {
        DatasetGraph selected = DatasetGraphFactory.create();
        selected.prefixes().putAll(Prefixes.standard());
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (inferred || !Graphs.isInferred(q.getGraph())) {
                selected.add(q);
            }
        });
        // The dataset's own VoID/DCAT description travels with it, counted from what is exported.
        String base = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
        Graph description = VoidDescription.of(selected, base, KidalServer.DATASET + "/sparql");
        description.find().forEachRemaining(t -> selected.add(VoidDescription.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        return selected;
    }

    private void write(DatasetGraph data, OutputStream out) {
        switch (format) {
            case trig -> RDFDataMgr.write(out, data, RDFFormat.TRIG_BLOCKS);
            case nq -> RDFDataMgr.write(out, data, Lang.NQUADS);
            case jsonld -> JsonLdWriter.write(data, out);
            case ttl -> {
                var merged = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(data.getUnionGraph());
                merged.setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(out, merged, RDFFormat.TURTLE_BLOCKS);
            }
        }
    }
}

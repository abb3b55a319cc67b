package org.kidalkg.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.query.QueryCatalogue;
import org.kidalkg.http.KidalServer;
import org.kidalkg.http.ServerConfig;
import org.kidalkg.build.PrebuiltGraph;
import org.kidalkg.store.KnowledgeStore;
import org.kidalkg.source.SourceBundle;
import org.kidalkg.source.Sources;
import org.kidalkg.testing.Fixtures;
import org.kidalkg.testing.Json;
import org.kidalkg.testing.RunningServer;

/** The article view serves the text beside the data the server loaded, not only the copy in the jar. */
class ArticleSourceTextTest {
    @Test
    void textIsFoundBesideTheLoadedData(@TempDir Path dir) throws IOException {
        Path source = Fixtures.copyOfRepository(dir);
        Path data = source.resolve("data");
        Files.move(data.resolve("kidal-article.txt"), data.resolve("renamed-article.txt"));
        Path encoding = data.resolve("france24-kidal-2023-11-14.trig");
        Files.writeString(encoding, Files.readString(encoding).replace("\"kidal-article.txt\"", "\"renamed-article.txt\""));

        Sources sources = new Sources(SourceBundle.at(source), List.of());
        DatasetGraph store = KnowledgeStore.inMemory(PrebuiltGraph.orBuild(sources, line -> { }).dataset());
        QueryCatalogue queries = QueryCatalogue.read(sources.bundle().queryFiles());
        var server = KidalServer.start(ServerConfig.defaults().withPort(0), store, queries, sources::textFile);
        try {
            HttpResponse<String> response = RunningServer.attach(server).get("/api/article", null);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("renamed-article.txt", Json.parse(response.body()).path("textFile").asText());
        } finally {
            server.stop();
        }
    }
}

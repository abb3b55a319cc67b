package org.kidalkg.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What can be checked of {@code docker/Dockerfile} without a Docker engine, after {@code mvn package}:
 * every path the build stage copies exists, and the jar the runtime stage copies is the one Maven built.
 */
class DockerfileIT {
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    @Test
    void everyCopiedPathExists() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("COPY") && !line.contains("--from=")) {
                for (int i = 1; i < words.length - 1; i++) {
                    sources.add(words[i]);
                }
            }
        }
        assertTrue(sources.size() >= 5, "expected the build stage's COPY lines, found " + sources);
        for (String source : sources) {
            assertTrue(Files.exists(Path.of(source)), "Dockerfile copies " + source + ", which does not exist");
        }
    }

    @Test
    void runtimeCopiesTheJarTheBuildMakes() throws IOException {
        String copy = Files.readAllLines(DOCKERFILE).stream().filter(l -> l.startsWith("COPY --from=build")).findFirst().orElseThrow();
        String builtPath = copy.split("\\s+")[2];
        assertTrue(builtPath.startsWith("/src/target/"), copy);
        Path jar = Path.of("target").resolve(builtPath.substring("/src/target/".length()));
        assertTrue(Files.isRegularFile(jar), jar + " was not built by mvn package");
        String entrypoint = Files.readAllLines(DOCKERFILE).stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        assertTrue(entrypoint.contains(copy.split("\\s+")[3]), "ENTRYPOINT runs another jar than the one copied: " + entrypoint);
        assertEquals("kidal-kg.jar", jar.getFileName().toString());
    }
}

package org.kidalkg.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The shaded jar runs on its own: Jena's parsers and writers are found through the merged
 * ServiceLoader files, and the built-in data is read from inside the jar.
 */
class ShadedJarIT {
    @Test
    void jarAnswersANamedQueryFromItsBuiltInData() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", "target/kidal-kg.jar",
                "query", "who-controlled", "place=Kidal", "at=2019-03-01", "--format", "tsv")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        assertEquals(0, process.exitValue());
        assertEquals(Files.readString(Path.of("queries/expected/who-controlled.tsv")), out);
    }

    @Test
    void jarServesOverHttpWithTheBuildsClassDataArchive() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // -Xshare:on makes the JVM refuse to start if the archive does not fit this jar and JVM, instead of
        // quietly starting slower: the README's start command relies on it fitting.
        Process process = new ProcessBuilder(java.toString(), "-XX:SharedArchiveFile=target/kidal-kg.jsa", "-Xshare:on",
                "-jar", "target/kidal-kg.jar", "serve", "--port", "0", "--self-test")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("read the graph the build validated and reasoned"), "the jar's prebuilt graph was not used:\n" + out);
        assertTrue(out.contains("who-controlled?place=Kidal&at=2019-03-01 -> 200"), out);
        assertTrue(out.contains("\"Tuareg separatist rebels\"@en"), out);
        assertTrue(!out.contains("[warning][cds"), "the archive was not used:\n" + out);
    }

    @Test
    void theLauncherServesWithTheArchiveAndPassesArgumentsThrough() throws IOException, InterruptedException {
        // The README's first command: ./kidal-kg serve. JAVA points it at this JVM, the one the archive was made with.
        ProcessBuilder launcher = new ProcessBuilder("./kidal-kg", "serve", "--port", "0", "--self-test").redirectErrorStream(true);
        launcher.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        launcher.environment().put("JAVA_OPTS", "-Xshare:on -Xlog:cds=warning");
        Process process = launcher.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("who-controlled?place=Kidal&at=2019-03-01 -> 200"), out);
        assertTrue(!out.contains("[warning][cds"), "the archive was not used:\n" + out);
    }
}

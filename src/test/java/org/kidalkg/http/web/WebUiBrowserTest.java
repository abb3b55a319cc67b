package org.kidalkg.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kidalkg.testing.RunningServer;

/**
 * The web interface as a person sees it: headless Chromium (Debian's {@code chromium}) driven by
 * {@code src/test/ui/views.mjs} through playwright-core, against a server started on a free port. It
 * checks the place view (both periods, the date in the address with Back and Forward, the answer cards with their
 * citation, CSV and JSON, the honest wording after the last report, the claims behind an account), the article
 * view (Goïta's quote highlighted at its code-point offsets, the chosen claim in the address, the original URL),
 * the sources, unknown places and 404s, the disputed claims, the SPARQL editor (Tab leaves it, its results fit), the
 * page without JavaScript, a 390 px phone (no horizontal scroll, text and targets big enough), axe-core on every page,
 * and that no page requests anything from another origin; it saves a screenshot of each view under
 * {@code target/screenshots/}.
 *
 * <p>Needs {@code node}, the browser ({@code /usr/bin/chromium}, or {@code $CHROMIUM}), playwright-core and axe-core in
 * {@code target/ui-test} ({@code .ci/run} installs them; the test installs the npm packages itself when npm is
 * there). With {@code CI} set, anything missing fails the test; elsewhere it is skipped, saying what.
 */
class WebUiBrowserTest {
    private static final Path PLAYWRIGHT_DIR = Path.of("target/ui-test");
    private static final Path SCRIPT = Path.of("src/test/ui/views.mjs");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void viewsWorkInHeadlessChromium() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        require(Files.isExecutable(chromium), "no browser at " + chromium + " (apt-get install -y chromium)");
        require(works(List.of("node", "--version"), 30), "no node on the PATH");
        if (!Files.isDirectory(PLAYWRIGHT_DIR.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(PLAYWRIGHT_DIR.resolve("node_modules/axe-core"))) {
            works(List.of("npm", "install", "--prefix", PLAYWRIGHT_DIR.toString(), "--no-audit", "--no-fund", "playwright-core@1", "axe-core@4"), 180);
        }
        require(Files.isDirectory(PLAYWRIGHT_DIR.resolve("node_modules/playwright-core"))
                        && Files.isDirectory(PLAYWRIGHT_DIR.resolve("node_modules/axe-core")),
                "no playwright-core or axe-core in " + PLAYWRIGHT_DIR + " (npm install --prefix target/ui-test playwright-core@1 axe-core@4)");
        Files.createDirectories(SCREENSHOTS);

        try (RunningServer server = RunningServer.builtIn()) {
            ProcessBuilder node = new ProcessBuilder("node", SCRIPT.toString(), server.base(), SCREENSHOTS.toString())
                    .redirectErrorStream(true);
            node.environment().putAll(Map.of("PLAYWRIGHT_DIR", PLAYWRIGHT_DIR.toAbsolutePath().toString(),
                    "CHROMIUM", chromium.toString()));
            Path log = Files.createTempFile("kidal-ui", ".log");
            node.redirectOutput(log.toFile());
            Process process = node.start();
            boolean finished = process.waitFor(4, TimeUnit.MINUTES);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            System.out.println(output);
            assertTrue(finished, "the browser checks did not finish in 4 minutes:\n" + output);
            assertEquals(0, process.exitValue(), "browser checks failed:\n" + output);
            assertTrue(output.contains(" passed, 0 failed"), output);
        }
        for (String view : List.of("place.png", "article.png", "disputed.png", "sparql-editor.png")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(view)) > 10_000, "screenshot " + view);
        }
    }

    /** In CI a missing tool is a failure; elsewhere the test is skipped with the reason. */
    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail("CI needs the browser tests to run: " + what);
        }
        Assumptions.abort("browser test skipped: " + what);
    }

    private static boolean works(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

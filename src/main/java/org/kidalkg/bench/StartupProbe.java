package org.kidalkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Times a cold start as a user meets it: from launching {@code java -jar kidal-kg.jar serve} in a new process
 * to the first 200 answer of {@code who-controlled} over HTTP, with and without the class-data archive.
 */
public final class StartupProbe {
    private static final String QUESTION = "/queries/who-controlled?place=Kidal&at=2019-03-01";
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private final Path jar;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public StartupProbe(Path jar) {
        this.jar = jar;
    }

    /** The jar this code runs from, or null when it runs from a classes folder. */
    public static Path runningJar() {
        try {
            Path location = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The class-data archive the build writes beside the jar, if it is there and fits this jar and JVM (an
     * archive records the jar's path, size and time: a copied or rebuilt jar is refused, and timing it would
     * time a start without it).
     */
    public Path archive() throws IOException, InterruptedException {
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
        if (!Files.isRegularFile(archive)) {
            return null;
        }
        Process check = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar", jar.toString(), "--version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return check.waitFor() == 0 ? archive : null;
    }

    /** Milliseconds from launch to first answer for each of {@code runs} fresh processes started with {@code jvmFlags}. */
    public List<Double> measure(int runs, List<String> jvmFlags) throws IOException, InterruptedException {
        return measure(runs, port -> {
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(jvmFlags);
            command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port)));
            return command;
        }, port -> "http://127.0.0.1:" + port + QUESTION);
    }

    /** As {@link #measure(int, List)} for the launcher beside the jar's folder ({@code ./kidal-kg serve}), asked raw SPARQL. */
    public List<Double> measureLauncher(int runs, Path launcher, String rawQuery) throws IOException, InterruptedException {
        return measure(runs, port -> List.of(launcher.toString(), "serve", "--port", Integer.toString(port)),
                port -> "http://127.0.0.1:" + port + "/kidal/sparql?query=" + URLEncoder.encode(rawQuery, StandardCharsets.UTF_8));
    }

    /** As {@link #measure(int, List)} for a plain embedded Fuseki on the same graph ({@link PlainFuseki}), asked raw SPARQL. */
    public List<Double> measurePlainFuseki(int runs, String rawQuery) throws IOException, InterruptedException {
        return measure(runs, port -> List.of(java(), "-cp", jar.toString(), PlainFuseki.class.getName(), Integer.toString(port)),
                port -> "http://127.0.0.1:" + port + "/ds/sparql?query=" + URLEncoder.encode(rawQuery, StandardCharsets.UTF_8));
    }

    private List<Double> measure(int runs, IntFunction<List<String>> command, IntFunction<String> question)
            throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            times.add(once(command.apply(port), question.apply(port)));
        }
        return times;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private double once(List<String> command, String url) throws IOException, InterruptedException {
        HttpRequest question = HttpRequest.newBuilder(URI.create(url)).GET().build();
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (answered(question)) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (!server.isAlive()) {
                    throw new IOException("the server exited with " + server.exitValue() + " before answering: " + command);
                }
                Thread.sleep(5);
            }
            throw new IOException("no answer within " + GIVE_UP.toSeconds() + " s: " + command);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private boolean answered(HttpRequest question) throws InterruptedException {
        try {
            return http.send(question, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

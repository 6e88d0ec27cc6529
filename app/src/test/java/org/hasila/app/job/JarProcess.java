package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code target/hasila.jar}) run as a process of its own in a test's work folder, its output
 * (stdout and stderr) in a log file there, which the test reads while the process runs.
 */
final class JarProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "hasila.jar").toAbsolutePath();
    /** The packaged jar, run as built. */
    static final Launch PACKAGED = new Launch(JAR, List.of());

    private final String name;
    private final Process process;
    private final Path log;

    private JarProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java [jvmOptions] -jar hasila.jar [args]} in {@code work}, logging to {@code work/name.log}. */
    static JarProcess start(Path work, String name, List<String> jvmOptions, String... args) {
        return start(PACKAGED, work, name, jvmOptions, args);
    }

    /** Starts the jar as {@code launch} says. */
    static JarProcess start(Launch launch, Path work, String name, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(launch.jvmOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", launch.jar().toString()));
        command.addAll(List.of(args));
        Path log = work.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new JarProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the jar to its end (at most five minutes) and returns its exit code and output. */
    static Result run(Path work, String name, List<String> jvmOptions, String... args) {
        try (JarProcess process = start(work, name, jvmOptions, args)) {
            return process.waitFor(Duration.ofMinutes(5));
        }
    }

    /** The name it was started with, which names its log file. */
    String name() {
        return name;
    }

    /** Waits for the process to end by itself. */
    Result waitFor(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still running after " + atMost + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Result(process.exitValue(), output());
    }

    /** Waits for the first line matching the pattern, read as it is written; fails when the process ends first. */
    Matcher awaitLine(Pattern pattern, Duration atMost) {
        return awaitLine(pattern, m -> true, atMost);
    }

    /** Waits for the first line matching the pattern whose match is also accepted. */
    Matcher awaitLine(Pattern pattern, Predicate<Matcher> accept, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            boolean ended = !process.isAlive();
            for (String line : output().lines().toList()) {
                Matcher m = pattern.matcher(line);
                if (m.find() && accept.test(m)) {
                    return m;
                }
            }
            if (ended || System.nanoTime() > deadline) {
                throw new AssertionError(name + (ended ? " ended" : " waited " + atMost) + " without a line matching "
                        + pattern + ":\n" + tail());
            }
            pause();
        }
    }

    /** Stops the process as an operator or a supervisor does (SIGTERM), and waits for it to end. */
    Result stop(Duration atMost) {
        process.destroy();
        return waitFor(atMost);
    }

    /** Kills the process at once (SIGKILL), as the kernel or a power loss does. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Leaves no process behind, whatever the test did. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** How a process ended: its exit code and everything it wrote. */
    record Result(int exitCode, String output) {
    }

    /**
     * How to launch the application: a jar and the JVM options it needs.
     *
     * @param jar        the jar given to {@code java -jar}
     * @param jvmOptions options before {@code -jar}
     */
    record Launch(Path jar, List<String> jvmOptions) {

        /**
         * The packaged jar extracted into {@code into} (Spring Boot's {@code -Djarmode=tools extract}: the same
         * application, its libraries as plain jars), with a class data sharing archive made by one start of it (with
         * every bean created, which status alone would not do). A process of it starts several times faster than the
         * packaged jar, for tests that start many.
         */
        static Launch extracted(Path into) {
            Path jar = into.resolve("hasila.jar");
            Path archive = into.resolve("hasila.jsa");
            exec(into.getParent(), List.of(java(), "-Djarmode=tools", "-jar", JAR.toString(), "extract",
                    "--destination", into.toString()));
            exec(into, List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                    "-Dspring.main.lazy-initialization=false",
                    "-jar", jar.toString(), "status", "--db=jdbc:h2:file:" + into.resolve("training/hasila")));
            return new Launch(jar, List.of("-XX:SharedArchiveFile=" + archive));
        }

        private static void exec(Path directory, List<String> command) {
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

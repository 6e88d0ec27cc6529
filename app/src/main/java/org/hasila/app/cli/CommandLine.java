package org.hasila.app.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.hasila.app.remote.BrokerCommand;
import org.hasila.ingest.DocumentReader;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Turns a command line into a command run in a Spring context, and its outcome into an exit code. */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BUSY = 3;

    private static final Set<String> READS_ONLY_THE_REPOSITORY = Set.of("status", "abandon");

    private CommandLine() {
    }

    /** Runs the command and returns the exit code; reasons for failure go to stderr in one line. */
    public static int execute(Class<?> application, String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.command().equals("run") || arguments.command().equals("manager")) {
                arguments.runDate();
                checkInput(arguments);
            }
        } catch (UsageException e) {
            err.println("hasila: " + e.getMessage() + " (see --help)");
            return USAGE;
        }
        if (arguments.command().equals("help")) {
            out.print(Arguments.usage());
            return OK;
        }
        if (arguments.command().equals("broker")) {
            return broker(out, err);
        }
        SpringApplication spring = new SpringApplication(application);
        if (arguments.command().equals("worker")) {
            spring.setAdditionalProfiles("worker");
        }
        if (READS_ONLY_THE_REPOSITORY.contains(arguments.command())) {
            // status and abandon touch only the job repository: parsers, language model, gazetteer and broker
            // client are left uncreated, which starts them in a fraction of the time
            spring.setLazyInitialization(true);
        }
        try (ConfigurableApplicationContext context = spring.run("--spring.datasource.url=" + durable(arguments.db()))) {
            return context.getBean(Commands.class).execute(arguments, out);
        } catch (RunInProgressException e) {
            err.println("hasila: " + e.getMessage());
            return BUSY;
        } catch (RuntimeException e) {
            err.println("hasila: " + oneLine(e));
            return FAILED;
        }
    }

    /**
     * Refuses an input folder that is missing, or that holds no files unless {@code --allow-empty=true}: a run over
     * an empty folder (a network share that did not mount, a sync that has not run) would complete, publish a report
     * with no documents over the last one, and remove every text file, telling downstream systems that every claim
     * was withdrawn.
     */
    static void checkInput(Arguments arguments) {
        Path input = Path.of(arguments.input());
        if (!Files.isDirectory(input)) {
            throw new UsageException("input folder not found: " + arguments.input());
        }
        if (!arguments.allowEmpty() && !hasFiles(input)) {
            throw new UsageException("input folder holds no files: " + arguments.input()
                    + " (not mounted?); nothing was run and the last report stays; --allow-empty=true runs over it");
        }
    }

    private static boolean hasFiles(Path input) {
        try {
            return DocumentReader.hasFiles(input);
        } catch (UncheckedIOException e) {
            throw new UsageException("input folder cannot be read: " + input + " (" + e.getCause().getMessage() + ")");
        }
    }

    private static int broker(PrintStream out, PrintStream err) {
        try {
            BrokerCommand.run(out);
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (RuntimeException e) {
            err.println("hasila: " + oneLine(e));
            return FAILED;
        }
    }

    /**
     * An H2 file database writes committed changes to disk after a delay (500 ms by default): a run killed
     * within it would lose chunks it had committed, and its restart would redo them. No delay, then. And a
     * second process (a run started while one runs, or status) reaches the file through the first one's
     * loopback server instead of failing on the file lock, so it can see the running run and say so.
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:/");
        if (!h2File) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String durable = upper.contains("WRITE_DELAY") ? url : url + ";WRITE_DELAY=0";
        return upper.contains("AUTO_SERVER") ? durable : durable + ";AUTO_SERVER=TRUE";
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

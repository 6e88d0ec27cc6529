package org.hasila.app.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command and its {@code --name=value} options.
 *
 * @param command run, manager, worker, broker, restart, abandon, status or help
 * @param options the options given, by name
 */
public record Arguments(String command, Map<String, String> options) {

    static final String DEFAULT_INPUT = "seeds";
    static final String DEFAULT_OUTPUT = "out";
    static final String DEFAULT_DB = "jdbc:h2:file:./data/hasila";

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "run", Set.of("input", "output", "db", "run-date", "allow-empty"),
            "manager", Set.of("input", "output", "db", "run-date", "allow-empty"),
            "worker", Set.of("db"),
            "broker", Set.of(),
            "restart", Set.of("db"),
            "abandon", Set.of("db"),
            "status", Set.of("db"),
            "help", Set.of());

    /** Parses {@code [command] [--name=value ...]}; no command means run. */
    public static Arguments parse(String... args) {
        List<String> words = List.of(args);
        String command = "run";
        int first = 0;
        if (!words.isEmpty() && !words.get(0).startsWith("--")) {
            command = words.get(0);
            first = 1;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String word : words.subList(first, words.size())) {
            if (word.equals("--help") || word.equals("-h")) {
                return new Arguments("help", Map.of());
            }
            if (!word.startsWith("--") || !word.contains("=") || word.indexOf('=') == 2) {
                throw new UsageException("expected --name=value, got '" + word + "'");
            }
            int eq = word.indexOf('=');
            options.put(word.substring(2, eq), word.substring(eq + 1));
        }
        Set<String> allowed = OPTIONS.get(command);
        if (allowed == null) {
            throw new UsageException("unknown command '" + command + "' (run, manager, worker, broker, restart, abandon, status, --help)");
        }
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("'" + command + "' takes no option --" + name);
            }
            if (options.get(name).isBlank()) {
                throw new UsageException("--" + name + " needs a value");
            }
        }
        return new Arguments(command, Map.copyOf(options));
    }

    public String input() {
        return options.getOrDefault("input", DEFAULT_INPUT);
    }

    public String output() {
        return options.getOrDefault("output", DEFAULT_OUTPUT);
    }

    public String db() {
        return options.getOrDefault("db", DEFAULT_DB);
    }

    /**
     * Whether a run may go over an input folder that holds no files (default false): such a run publishes a report
     * of nothing, which a nightly schedule more often meets because a mount failed than because the news stopped.
     */
    public boolean allowEmpty() {
        String value = options.getOrDefault("allow-empty", "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new UsageException("--allow-empty takes true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** The night the run is for (default today, UTC): one completed run per input, output and date. */
    public LocalDate runDate() {
        String value = options.get("run-date");
        if (value == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--run-date takes a date as 2026-11-26, got '" + value + "'");
        }
    }

    static String usage() {
        return """
                usage: java [-Dname=value ...] -jar hasila.jar [command] [options]

                commands:
                  run       (default) read the input folder, extract, reconcile, write the report
                            --input=DIR       input folder, read recursively (default: seeds)
                            --output=DIR      where report.json, report.html and text/ go (default: out)
                            --db=JDBC_URL     job repository and store (default: jdbc:h2:file:./data/hasila)
                            --run-date=DATE   the night the run is for (default: today, UTC); a run already
                                              completed for the same input, output and date is not done again,
                                              and one that failed is resumed
                            --allow-empty=true  run even when the input folder holds no files (refused by
                                              default: it would publish an empty report over the last one)
                  manager   the same run, with ingest and extract split into partitions that worker processes
                            run; reconcile and report then run here. The same options as run; the database must
                            be the workers' (PostgreSQL) and the input folder at the same path on every machine
                  worker    run the partitions that managers hand out, one at a time, until stopped (SIGTERM)
                            --db=JDBC_URL     the managers' database
                  broker    run the message broker that managers and workers meet at, until stopped (SIGTERM)
                  restart   resume the last run that failed or was killed, from its last commit; a manager's run
                            resumes as one, re-running only its partitions that did not complete
                            --db=JDBC_URL
                  abandon   give up the last run that failed or was killed, so that it is never resumed
                            --db=JDBC_URL
                  status    list the recent runs with their steps (and partitions), counts and status
                            --db=JDBC_URL
                  --help    this text

                properties of manager, worker and broker (-Dname=value before -jar):
                  hasila.broker-url=tcp://localhost:61616   the broker (the broker command listens on its port)
                  hasila.grid-size=8                        partitions of ingest and of extract (manager)
                  hasila.partition-timeout=4h               the manager fails the run when partitions take longer

                exit codes: 0 success (or nothing to do), 1 the run failed, 2 usage error (or an input
                            folder that is missing or holds no files),
                            3 another run is in progress (or was killed: restart or abandon it)
                """;
    }
}

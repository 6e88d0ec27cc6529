package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hasila.app.bench.CorpusGenerator;
import org.hasila.ingest.DocumentReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import tools.jackson.databind.JsonNode;

/**
 * The application (the packaged jar, extracted) on this machine as a broker, a manager and workers sharing a
 * PostgreSQL database: a manager and two workers write the report a single process writes; and a worker killed
 * mid-partition fails the run at the manager's partition timeout, after which {@code restart}, with a fresh worker,
 * re-runs that partition only (from its last commit) and still writes the same report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningPostgresIT {

    private static final int GRID = 4;
    private static final Duration START = Duration.ofMinutes(3);
    /** Enough for the other worker to ingest three partitions, so that only the killed one is left. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern WORKER_READY = Pattern.compile("^worker: taking partitions from");
    private static final Pattern INGEST_WRITTEN = Pattern.compile("(ingestPartition:partition\\d): (\\d+) documents written");
    private static final Pattern PARTITION_DONE = Pattern.compile("(ingest|extract)Partition:partition\\d COMPLETED");

    private final Path work = JobTestSupport.newWorkFolder("remote");
    private final Map<String, PostgresTestDatabase> databases = new LinkedHashMap<>();
    private final List<JarProcess> processes = new ArrayList<>();
    private final Map<String, JarProcess> workers = new LinkedHashMap<>();
    private JarProcess.Launch launch;
    private String brokerUrl;
    private Path input;
    private JsonNode reference;

    /**
     * A broker for the class, the report of one process over the corpus, and the workers of both tests, all started
     * at once: a process takes seconds to start, most of this test's time.
     */
    @BeforeAll
    void brokerWorkersAndReference() throws Exception {
        PostgresTestDatabase.assumeServer();
        launch = JarProcess.Launch.extracted(work.resolve("app"));
        input = corpus(work.resolve("input"));
        brokerUrl = "tcp://127.0.0.1:" + freePort();
        JarProcess broker = start("broker", List.of(), "broker");
        JarProcess single = start("single", List.of(), "run", "--input=" + input, "--output=" + work.resolve("single"),
                "--db=" + database("single"));
        String distributed = database("distributed");
        worker("worker-1", distributed);
        worker("worker-2", distributed);
        String killed = database("killed");
        // chunks of 2 with a pause per document: the slow worker is in the middle of its partition for seconds
        worker("slow-worker", killed, "-Dhasila.chunk-size=2", "-Dhasila.item-delay=500ms",
                "-Dlogging.level.org.hasila.app.job=DEBUG");
        worker("other-worker", killed, "-Dhasila.chunk-size=2");
        assertThat(single.waitFor(START).exitCode()).as(single.output()).isZero();
        broker.awaitLine(Pattern.compile("^broker: listening"), START);
        reference = JobTestSupport.reportWithoutRun(work.resolve("single"));
    }

    @Test
    void aManagerAndTwoWorkersWriteTheReportOfOneProcess() throws Exception {
        String db = databases.get("distributed").urlWithCredentials();
        JarProcess first = ready("worker-1");
        JarProcess second = ready("worker-2");

        JarProcess.Result manager = runToEnd("manager", managerOptions(), "manager", "--input=" + input,
                "--output=" + work.resolve("distributed"), "--db=" + db);

        assertThat(manager.exitCode()).as(manager.output()).isZero();
        assertThat(JobTestSupport.reportWithoutRun(work.resolve("distributed"))).isEqualTo(reference);
        List<StepRow> steps = steps(db);
        for (String step : List.of("ingestPartition:", "extractPartition:")) {
            assertThat(steps).filteredOn(s -> s.name().startsWith(step)).hasSize(GRID)
                    .allMatch(s -> s.status().equals("COMPLETED"));
        }
        assertThat(steps.stream().filter(s -> s.name().startsWith("ingestPartition:")).mapToInt(StepRow::read).sum())
                .as("every file read once").isEqualTo(DocumentReader.listFiles(input).size());
        assertThat(first.output()).as("partitions the first worker ran").containsPattern(PARTITION_DONE);
        assertThat(second.output()).as("partitions the second worker ran").containsPattern(PARTITION_DONE);

        assertThat(first.stop(Duration.ofSeconds(60)).exitCode()).as("a worker stops on SIGTERM").isNotZero();
        assertThat(second.stop(Duration.ofSeconds(60)).exitCode()).isNotZero();
    }

    @Test
    void aWorkerKilledMidPartitionFailsTheRunAndRestartRerunsOnlyItsPartition() throws Exception {
        String db = databases.get("killed").urlWithCredentials();
        JarProcess slow = ready("slow-worker");
        ready("other-worker");

        List<String> options = new ArrayList<>(managerOptions());
        options.add("-Dhasila.partition-timeout=" + TIMEOUT);
        JarProcess manager = start("manager-killed", options, "manager", "--input=" + input,
                "--output=" + work.resolve("killed"), "--db=" + db);
        // "written" is logged inside the chunk's transaction, just before its commit: kill once the step's row says
        // the chunk is committed (the next chunk takes a second at least: two documents, half a second each)
        Matcher written = slow.awaitLine(INGEST_WRITTEN, START);
        String killed = written.group(1);
        awaitCommittedChunk(db, killed);
        slow.kill();
        // started now, it is up by the time the manager has given up waiting
        worker("fresh-worker", db);

        JarProcess.Result failed = manager.waitFor(Duration.ofMinutes(3));
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("partitions not finished within " + TIMEOUT, killed + " STARTED");
        List<StepRow> before = steps(db);
        StepRow dead = before.stream().filter(s -> s.name().equals(killed)).findFirst().orElseThrow();
        int share = filesOf(Integer.parseInt(killed.substring(killed.length() - 1)));
        assertThat(dead.written()).as("committed by the killed worker").isPositive().isLessThan(share);

        ready("fresh-worker");
        JarProcess.Result restart = runToEnd("restart", managerOptions(), "restart", "--db=" + db);
        assertThat(restart.exitCode()).as(restart.output()).isZero();

        List<StepRow> after = steps(db).stream().filter(s -> s.run() > dead.run()).toList();
        assertThat(after).filteredOn(s -> s.name().startsWith("ingestPartition:"))
                .as("the completed partitions are not run again").extracting(StepRow::name).containsExactly(killed);
        assertThat(after).filteredOn(s -> s.name().equals(killed)).singleElement()
                .satisfies(s -> assertThat(s.read()).as("read on restart").isEqualTo(share - dead.written()));
        assertThat(after).filteredOn(s -> s.name().startsWith("extractPartition:")).hasSize(GRID)
                .allMatch(s -> s.status().equals("COMPLETED"));
        assertThat(JobTestSupport.reportWithoutRun(work.resolve("killed"))).isEqualTo(reference);
    }

    @AfterAll
    void stopBrokerAndDropDatabases() {
        processes.forEach(JarProcess::close);
        databases.values().forEach(PostgresTestDatabase::drop);
    }

    private void awaitCommittedChunk(String db, String step) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (steps(db).stream().noneMatch(s -> s.name().equals(step) && s.written() > 0)) {
            assertThat(System.nanoTime()).as("a committed chunk of " + step).isLessThan(until);
            Thread.sleep(20);
        }
    }

    private JarProcess worker(String name, String db, String... options) {
        JarProcess worker = start(name, List.of(options), "worker", "--db=" + db);
        workers.put(name, worker);
        return worker;
    }

    /** The worker, once it listens for partitions. */
    private JarProcess ready(String name) {
        JarProcess worker = workers.get(name);
        worker.awaitLine(WORKER_READY, START);
        return worker;
    }

    private static List<String> managerOptions() {
        return List.of("-Dhasila.grid-size=" + GRID);
    }

    private JarProcess.Result runToEnd(String name, List<String> options, String... args) {
        return start(name, options, args).waitFor(Duration.ofMinutes(5));
    }

    /**
     * Starts the application with this class's broker, to be stopped after the class. Ten processes start here, most
     * of the test's time on two cores: the extracted jar with a class data sharing archive starts faster, and these
     * processes are short and their corpus tiny, so the JIT's second tier would cost more than it saves.
     */
    private JarProcess start(String name, List<String> options, String... args) {
        List<String> jvm = new ArrayList<>(List.of("-Dhasila.broker-url=" + brokerUrl, "-XX:TieredStopAtLevel=1"));
        jvm.addAll(options);
        JarProcess process = JarProcess.start(launch, work, name, jvm, args);
        processes.add(process);
        return process;
    }

    /**
     * A new database with the job repository's and the store's tables made, as the first process started on it makes
     * them: processes starting at once on an empty PostgreSQL database may race to create the same tables.
     */
    private String database(String name) throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.create("remote_" + name);
        databases.put(name, database);
        try (Connection connection = connect(database)) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("hasila-schema-postgresql.sql"));
        }
        return database.urlWithCredentials();
    }

    /** The step executions of the database's runs, in the order they were made. */
    private List<StepRow> steps(String url) throws SQLException {
        PostgresTestDatabase database = databases.values().stream()
                .filter(d -> d.urlWithCredentials().equals(url)).findFirst().orElseThrow();
        List<StepRow> rows = new ArrayList<>();
        try (Connection connection = connect(database);
             ResultSet rs = connection.createStatement().executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS,"
                     + " READ_COUNT, WRITE_COUNT FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                rows.add(new StepRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return rows;
    }

    private static Connection connect(PostgresTestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** How many of the corpus's files fall in a share of the grid. */
    private int filesOf(int partition) {
        PartitionShare share = new PartitionShare(partition, GRID);
        return (int) DocumentReader.listFiles(input).stream().filter(share::holdsFile).count();
    }

    /** The seeds, forty generated articles, and a seed copied under another name (two files, one document). */
    private static Path corpus(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> seeds = Files.list(JobTestSupport.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, into.resolve(seed.getFileName()));
            }
        }
        Path first = DocumentReader.listFiles(into).get(0);
        Files.copy(into.resolve(first), into.resolve("copy-of-" + first.getFileName()));
        CorpusGenerator.main(new String[] {"40", into.resolve("generated").toString(), "11"});
        return into;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record StepRow(long run, String name, String status, int read, int written) {
    }
}

package org.hasila.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {

    @Nested
    class Defaults {

        @Test
        void noArgumentsMeansRunOnTheSeedsIntoOutWithTheFileDatabase() {
            Arguments a = Arguments.parse();
            assertThat(a.command()).isEqualTo("run");
            assertThat(a.input()).isEqualTo("seeds");
            assertThat(a.output()).isEqualTo("out");
            assertThat(a.db()).isEqualTo("jdbc:h2:file:./data/hasila");
        }

        @Test
        void optionsWithoutACommandBelongToRun() {
            Arguments a = Arguments.parse("--input=in", "--output=o");
            assertThat(a.command()).isEqualTo("run");
            assertThat(a.input()).isEqualTo("in");
            assertThat(a.output()).isEqualTo("o");
        }

        @Test
        void aJdbcUrlKeepsItsEqualsSigns() {
            assertThat(Arguments.parse("status", "--db=jdbc:h2:file:/x;MODE=PostgreSQL").db())
                    .isEqualTo("jdbc:h2:file:/x;MODE=PostgreSQL");
        }
    }

    @Nested
    class Distributed {

        @Test
        void aManagerTakesTheOptionsOfARun() {
            Arguments a = Arguments.parse("manager", "--input=in", "--output=o", "--db=jdbc:postgresql://db/h",
                    "--run-date=2026-11-26");
            assertThat(a.command()).isEqualTo("manager");
            assertThat(a.input()).isEqualTo("in");
            assertThat(a.db()).isEqualTo("jdbc:postgresql://db/h");
        }

        @Test
        void aWorkerTakesOnlyTheDatabaseAndTheBrokerNothing() {
            assertThat(Arguments.parse("worker", "--db=jdbc:postgresql://db/h").db()).isEqualTo("jdbc:postgresql://db/h");
            assertThatThrownBy(() -> Arguments.parse("worker", "--input=x")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("--input");
            assertThatThrownBy(() -> Arguments.parse("broker", "--db=x")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("--db");
        }

        @Test
        void aManagerWithoutItsInputFolderIsAUsageError() {
            assertThat(CommandLine.execute(Object.class, "manager", "--input=/no/such/folder"))
                    .isEqualTo(CommandLine.USAGE);
        }

        @Test
        void theHelpNamesTheCommandsAndTheirProperties() {
            assertThat(Arguments.usage()).contains("manager", "worker", "broker", "hasila.broker-url",
                    "hasila.grid-size", "hasila.partition-timeout");
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void anUnknownCommandIsRefused() {
            assertThatThrownBy(() -> Arguments.parse("frobnicate")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("unknown command");
        }

        @Test
        void anOptionTheCommandDoesNotTakeIsRefused() {
            assertThatThrownBy(() -> Arguments.parse("restart", "--input=x")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("--input");
        }

        @Test
        void anOptionWithoutValueIsRefused() {
            assertThatThrownBy(() -> Arguments.parse("run", "--input")).isInstanceOf(UsageException.class);
            assertThatThrownBy(() -> Arguments.parse("run", "--input=")).isInstanceOf(UsageException.class);
        }

        @Test
        void aRunDateMustBeADate() {
            assertThatThrownBy(() -> Arguments.parse("run", "--run-date=yesterday").runDate())
                    .isInstanceOf(UsageException.class).hasMessageContaining("--run-date");
            assertThat(Arguments.parse("run", "--run-date=2026-11-26").runDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        }

        @Test
        void helpWinsOverEverythingElse() {
            assertThat(Arguments.parse("run", "--input=x", "--help").command()).isEqualTo("help");
        }
    }

    @Nested
    class ExitCodes {

        @Test
        void aUsageErrorExitsWithTwoBeforeAnyContextStarts() {
            assertThat(CommandLine.execute(Object.class, "nonsense")).isEqualTo(CommandLine.USAGE);
            assertThat(CommandLine.execute(Object.class, "run", "--input=/no/such/folder")).isEqualTo(CommandLine.USAGE);
        }

        @Test
        void anInputFolderWithoutFilesIsRefusedBeforeAnyContextStarts(@TempDir Path dir) throws IOException {
            Path input = Files.createDirectories(dir.resolve("inbox/2026"));
            // a context of Object.class has no commands: had the run started, it would have failed (1), not 2
            assertThat(CommandLine.execute(Object.class, "run", "--input=" + dir.resolve("inbox"),
                    "--output=" + dir.resolve("out"))).isEqualTo(CommandLine.USAGE);
            assertThat(CommandLine.execute(Object.class, "manager", "--input=" + dir.resolve("inbox")))
                    .isEqualTo(CommandLine.USAGE);
            assertThat(dir.resolve("out")).doesNotExist();
            assertThatThrownBy(() -> CommandLine.checkInput(Arguments.parse("--input=" + dir.resolve("inbox"))))
                    .isInstanceOf(UsageException.class).hasMessageContaining("holds no files")
                    .hasMessageContaining("--allow-empty=true");
            Files.writeString(input.resolve("a.txt"), "خبر");
            CommandLine.checkInput(Arguments.parse("--input=" + dir.resolve("inbox")));
        }

        @Test
        void anEmptyInputFolderIsRunWhenAllowed(@TempDir Path dir) {
            CommandLine.checkInput(Arguments.parse("run", "--input=" + dir, "--allow-empty=true"));
            assertThatThrownBy(() -> CommandLine.checkInput(Arguments.parse("run", "--input=" + dir,
                    "--allow-empty=false"))).isInstanceOf(UsageException.class);
            assertThatThrownBy(() -> CommandLine.checkInput(Arguments.parse("run", "--input=" + dir.resolve("none"),
                    "--allow-empty=true"))).isInstanceOf(UsageException.class).hasMessageContaining("not found");
        }

        @Test
        void allowEmptyTakesTrueOrFalseAndBelongsToRunsOnly() {
            assertThat(Arguments.parse("run").allowEmpty()).isFalse();
            assertThat(Arguments.parse("manager", "--allow-empty=true").allowEmpty()).isTrue();
            assertThatThrownBy(() -> Arguments.parse("run", "--allow-empty=yes").allowEmpty())
                    .isInstanceOf(UsageException.class).hasMessageContaining("true or false");
            assertThatThrownBy(() -> Arguments.parse("status", "--allow-empty=true"))
                    .isInstanceOf(UsageException.class);
        }

        @Test
        void helpExitsWithZero() {
            assertThat(CommandLine.execute(Object.class, "--help")).isEqualTo(CommandLine.OK);
        }
    }

    @Nested
    class Durability {

        @Test
        void anH2FileDatabaseWritesEachCommitAtOnce() {
            assertThat(CommandLine.durable("jdbc:h2:file:./data/hasila"))
                    .isEqualTo("jdbc:h2:file:./data/hasila;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        }

        @Test
        void anExplicitWriteDelayAndOtherDatabasesAreLeftAlone() {
            assertThat(CommandLine.durable("jdbc:h2:file:x;write_delay=100;auto_server=false"))
                    .isEqualTo("jdbc:h2:file:x;write_delay=100;auto_server=false");
            assertThat(CommandLine.durable("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
            assertThat(CommandLine.durable("jdbc:postgresql://db/hasila")).isEqualTo("jdbc:postgresql://db/hasila");
        }
    }
}

package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionShareTest {

    private static final List<Path> FILES = files();
    private static final List<String> IDS = ids();

    @Nested
    class Files {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 7, 8, 16})
        void everyFileIsInExactlyOneShare(int count) {
            for (Path file : FILES) {
                assertThat(shares(count).stream().filter(share -> share.holdsFile(file)).count())
                        .as(file + " in shares of " + count).isEqualTo(1);
            }
        }

        @Test
        void aFileStaysInTheSameShareOnEveryMachineAndVersion() {
            // pinned: a worker of another build must pick the same files as this one
            assertThat(IntStream.range(0, 4).filter(i -> new PartitionShare(i, 4)
                    .holdsFile(Path.of("2026", "11", "بيان-دير-الزور.txt"))).boxed().toList()).containsExactly(2);
            assertThat(IntStream.range(0, 8).filter(i -> new PartitionShare(i, 8)
                    .holdsFile(Path.of("a0000001.html"))).boxed().toList()).containsExactly(4);
        }

        @Test
        void sharesAreAboutEven() {
            for (PartitionShare share : shares(4)) {
                long held = FILES.stream().filter(share::holdsFile).count();
                assertThat(held).as("files of " + share).isBetween(FILES.size() / 5L, FILES.size() * 3L / 10);
            }
        }

        @Test
        void theWholeRunHoldsEveryFile() {
            assertThat(FILES).allMatch(PartitionShare.ALL::holdsFile);
        }
    }

    @Nested
    class Ids {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 7, 8, 16, 64})
        void everyIdIsInExactlyOneShareWhateverItsForm(int count) {
            List<String> ids = new ArrayList<>(IDS);
            ids.addAll(List.of("", "d-", "d-0000", "d-ffff", "d-ffffffffffff", "a", "e-123", "zz", "D-ABC", "d-g"));
            List<String[]> bounds = shares(count).stream().map(s -> new String[] {s.firstId(), s.endId()}).toList();
            for (String id : ids) {
                assertThat(bounds.stream().filter(b -> holds(b[0], b[1], id)).count())
                        .as("'" + id + "' in shares of " + count).isEqualTo(1);
            }
        }

        @Test
        void sharesAreAboutEvenForContentIds() {
            for (PartitionShare share : shares(4)) {
                long held = IDS.stream().filter(id -> holds(share.firstId(), share.endId(), id)).count();
                assertThat(held).as("ids of " + share).isBetween(IDS.size() / 5L, IDS.size() * 3L / 10);
            }
        }

        @Test
        void theFirstShareHasNoLowerBoundAndTheLastNoUpperBound() {
            assertThat(new PartitionShare(0, 4).firstId()).isNull();
            assertThat(new PartitionShare(0, 4).endId()).isEqualTo("d-4000");
            assertThat(new PartitionShare(3, 4).firstId()).isEqualTo("d-c000");
            assertThat(new PartitionShare(3, 4).endId()).isNull();
            assertThat(PartitionShare.ALL.firstId()).isNull();
            assertThat(PartitionShare.ALL.endId()).isNull();
        }
    }

    @Test
    void aStepExecutionContextWithoutAShareMeansTheWholeRun() {
        assertThat(PartitionShare.of(null, null)).isEqualTo(PartitionShare.ALL);
        assertThat(PartitionShare.of(2, 5)).isEqualTo(new PartitionShare(2, 5));
        assertThatThrownBy(() -> PartitionShare.of(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartitionShare(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** As the extract reader's SQL selects: firstId <= id < endId, either bound absent at the ends. */
    private static boolean holds(String firstId, String endId, String id) {
        return (firstId == null || id.compareTo(firstId) >= 0) && (endId == null || id.compareTo(endId) < 0);
    }

    private static List<PartitionShare> shares(int count) {
        return IntStream.range(0, count).mapToObj(i -> new PartitionShare(i, count)).toList();
    }

    private static List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            files.add(Path.of(String.format(Locale.ROOT, "a%07d.%s", i, i % 3 == 0 ? "html" : "txt")));
        }
        for (int i = 0; i < 200; i++) {
            files.add(Path.of("أرشيف", "شهر-" + (i % 12), "خبر-" + i + ".txt"));
        }
        return files;
    }

    private static List<String> ids() {
        Random random = new Random(8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            byte[] bytes = new byte[6];
            random.nextBytes(bytes);
            ids.add("d-" + HexFormat.of().formatHex(bytes));
        }
        return ids;
    }
}

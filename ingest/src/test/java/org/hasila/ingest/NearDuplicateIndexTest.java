package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index's bounds set candidates aside without changing a single link: checked against comparing every
 * candidate on a corpus built from shared boilerplate, with republished, trimmed and padded copies of every length
 * ratio.
 */
class NearDuplicateIndexTest {

    @Test
    void linksAndClustersAreThoseOfComparingEveryCandidate() {
        Map<String, Fingerprint> corpus = boilerplateCorpus(new Random(20260101), 600);
        NearDuplicateIndex index = new NearDuplicateIndex();
        ExhaustiveNearDuplicates reference = new ExhaustiveNearDuplicates();
        corpus.forEach((id, fingerprint) -> {
            List<String> linked = index.add(id, fingerprint);
            reference.add(id, fingerprint);
            assertThat(linked).as(id).isEqualTo(reference.nearDuplicatesOf(id));
        });

        corpus.keySet().forEach(id -> assertThat(index.nearDuplicatesOf(id)).as(id)
                .isEqualTo(reference.nearDuplicatesOf(id)));
        assertThat(index.canonicalOf()).containsExactlyEntriesOf(reference.canonicalOf());
        long republished = index.canonicalOf().entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        assertThat(republished).as("documents folded into an earlier one").isBetween(150L, 450L);
        long[] work = index.work();
        assertThat(work[1]).as("candidates compared in full").isLessThan(work[0] / 20);
    }

    @Test
    void anIndexReadingFingerprintsFromASourceLinksTheSameAndReadsOnlyThoseItCompares() {
        Map<String, Fingerprint> corpus = boilerplateCorpus(new Random(20260102), 600);
        Map<String, Fingerprint> stored = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        NearDuplicateIndex kept = new NearDuplicateIndex();
        NearDuplicateIndex reading = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD, ids -> {
            read.addAll(ids);
            Map<String, Fingerprint> found = new LinkedHashMap<>();
            ids.forEach(id -> found.put(id, stored.get(id)));
            return found;
        });
        corpus.forEach((id, fingerprint) -> {
            assertThat(reading.add(id, fingerprint)).as(id).isEqualTo(kept.add(id, fingerprint));
            stored.put(id, fingerprint);
        });

        assertThat(reading.canonicalOf()).containsExactlyEntriesOf(kept.canonicalOf());
        assertThat(read).as("fingerprints read").hasSize((int) reading.work()[1])
                .hasSizeLessThan(corpus.size() * 3);
        assertThat(reading.canonicalOf().entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())))
                .as("documents folded into an earlier one").isNotEmpty();
    }

    /**
     * The nightly case: the documents compared before are filed without a search, then the new ones, in any order
     * of ids, are added: each new one gets exactly its links with every document of the corpus, old or new.
     */
    @Test
    void documentsFiledAsComparedAreFoundByThoseAddedLater() {
        Map<String, Fingerprint> corpus = boilerplateCorpus(new Random(20260103), 600);
        ExhaustiveNearDuplicates reference = new ExhaustiveNearDuplicates();
        corpus.forEach(reference::add);
        List<String> ids = new ArrayList<>(corpus.keySet());
        Random random = new Random(7);
        List<String> added = new ArrayList<>();
        NearDuplicateIndex index = new NearDuplicateIndex();
        for (String id : ids) {
            if (random.nextInt(10) == 0) {
                added.add(id);
            } else {
                index.file(id, corpus.get(id));
            }
        }
        java.util.Set<String> addedSoFar = new java.util.HashSet<>();
        for (String id : added) {
            List<String> expected = reference.nearDuplicatesOf(id).stream()
                    .filter(other -> !added.contains(other) || addedSoFar.contains(other)).toList();
            assertThat(index.add(id, corpus.get(id))).as(id).isEqualTo(expected);
            addedSoFar.add(id);
        }
        assertThat(added.stream().filter(id -> !reference.nearDuplicatesOf(id).isEmpty()))
                .as("new documents with near-duplicates").hasSizeGreaterThan(10);
        index.file(ids.get(0), corpus.get(ids.get(0)));
        assertThat(index.comparison()).isEqualTo("minhash-128/rows-2/containment-0.7")
                .isNotEqualTo(new NearDuplicateIndex(0.8).comparison());
    }

    /** Stories of 3 to 60 sentences, half of them stock ones; a third are another story trimmed, padded or edited. */
    private static Map<String, Fingerprint> boilerplateCorpus(Random random, int size) {
        List<String> stock = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            stock.add(sentence(random, 12));
        }
        List<List<String>> stories = new ArrayList<>();
        Map<String, Fingerprint> corpus = new LinkedHashMap<>();
        for (int n = 0; n < size; n++) {
            List<String> story;
            if (n > 10 && random.nextInt(3) == 0) {
                story = new ArrayList<>(stories.get(random.nextInt(stories.size())));
                switch (random.nextInt(3)) {
                    case 0 -> story = new ArrayList<>(story.subList(0, 1 + random.nextInt(story.size())));
                    case 1 -> story.addAll(stories.get(random.nextInt(stories.size())));
                    default -> story.set(random.nextInt(story.size()), sentence(random, 12));
                }
            } else {
                story = new ArrayList<>();
                int length = 3 + random.nextInt(58);
                for (int s = 0; s < length; s++) {
                    story.add(random.nextInt(2) == 0 ? sentence(random, 12) : stock.get(random.nextInt(stock.size())));
                }
            }
            stories.add(story);
            corpus.put("d-%04d".formatted(random.nextInt(10_000)) + "-" + n,
                    NearDuplicates.signature(String.join(" ", story)));
        }
        return corpus;
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(sentence.isEmpty() ? "" : " ").append("w").append(random.nextInt(400));
        }
        return sentence.append('.').toString();
    }
}

package org.hasila.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' figures as their hand annotation gives them (../shared/eval/seeds-gold.json, which score.py scores a run
 * against): each seed's counts, kinds and scopes, read with the seed's publication date as the job reads it.
 */
class SeedFiguresTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.fromClasspath();
    }

    private static List<Claim> claims(String name) throws IOException {
        String text = Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
        Document d = new Document("d-" + name, name, null, "0", "text/plain", "ar", null, published(name), null, null,
                DocumentStatus.PROCESSED, null, text);
        return extractor.extract(d).claims();
    }

    private static String published(String name) throws IOException {
        try (InputStream in = SeedFiguresTest.class.getResourceAsStream("seeds-published.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (cols.length > 1 && cols[0].equals(name)) {
                    return cols[1].strip();
                }
            }
        }
        return null;
    }

    @Test
    void theFirstSeedsPrisonersAttackersAndSurrender() throws IOException {
        assertThat(claims("000_ee3e92ba4e1ae6b0.txt")).extracting(Claim::kind, c -> c.value().low(), Claim::scope)
                .contains(tuple(Kind.DETAINED, 5000L, Scope.INCIDENT), tuple(Kind.ATTACKERS, 100L, Scope.INCIDENT),
                        tuple(Kind.SURRENDERED, 1000L, Scope.INCIDENT));
    }

    @Test
    void theSecondSeedsRecapturedAndKilled() throws IOException {
        assertThat(claims("001_fe6e3489f4d912a2.txt")).extracting(Claim::kind, c -> c.value().low(), Claim::scope)
                .contains(tuple(Kind.DETAINED, 5000L, Scope.INCIDENT), tuple(Kind.ATTACKERS, 100L, Scope.INCIDENT),
                        tuple(Kind.RECAPTURED, 110L, Scope.INCIDENT), tuple(Kind.KILLED, 23L, Scope.INCIDENT));
    }

    @Test
    void theThirdSeedsPrisonPopulationIsThisPrisonsAndItsTollHasParts() throws IOException {
        List<Claim> found = claims("002_73b950def85384c5.txt");
        // "وكان يضمّ قرابة 3500 مقاتل من التنظيم، بينهم نحو 700 فتى، غالبيتهم ممن تمّ القبض عليهم ... عام 2019":
        // the year says when they were caught, not when they were held
        assertThat(found).extracting(Claim::kind, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.DETAINED, 3500L, Scope.INCIDENT), tuple(Kind.KILLED, 181L, Scope.INCIDENT),
                tuple(Kind.KILLED, 124L, Scope.INCIDENT), tuple(Kind.KILLED, 50L, Scope.INCIDENT),
                tuple(Kind.KILLED, 7L, Scope.INCIDENT), tuple(Kind.KILLED, 200L, Scope.INCIDENT),
                tuple(Kind.KILLED, 30L, Scope.INCIDENT), tuple(Kind.ATTACKERS, 100L, Scope.INCIDENT));
        Claim total = found.stream().filter(c -> c.value().low() == 181).findFirst().orElseThrow();
        assertThat(found).filteredOn(c -> total.id().equals(c.partOf())).extracting(c -> c.value().low())
                .containsExactlyInAnyOrder(124L, 50L, 7L);
    }

    @Test
    void theFourthSeedsDayFourTotalAndTheRegionsPrisons() throws IOException {
        assertThat(claims("003_fc267371a0c0383b.txt")).extracting(Claim::kind, c -> c.value().low(), Claim::scope)
                .contains(tuple(Kind.KILLED, 120L, Scope.INCIDENT), tuple(Kind.KILLED, 34L, Scope.INCIDENT),
                        tuple(Kind.KILLED, 61L, Scope.INCIDENT), tuple(Kind.KILLED, 7L, Scope.INCIDENT),
                        tuple(Kind.DETAINED, 12000L, Scope.WIDER));
    }

    @Test
    void theFifthSeedsTolls() throws IOException {
        assertThat(claims("004_dbe807e5f2018a14.txt")).extracting(Claim::kind, c -> c.value().low(), Claim::scope)
                .contains(tuple(Kind.KILLED, 374L, Scope.INCIDENT), tuple(Kind.KILLED, 77L, Scope.INCIDENT),
                        tuple(Kind.KILLED, 121L, Scope.INCIDENT));
    }
}

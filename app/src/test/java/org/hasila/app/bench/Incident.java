package org.hasila.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One invented incident: where, when, what, and its true figures, which each report then states differently.
 *
 * @param outlets indexes into {@link Vocabulary#OUTLETS}, a different one for each report
 */
record Incident(int number, Vocabulary.Country country, String town, LocalDate date, String[] attack, String target,
                String group, int killed, int injured, int detained, List<Integer> outlets) {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 6 * 365;

    /** The same incident for the same seed and number, whatever the size of the corpus. */
    static Incident of(long seed, int number) {
        Random random = new Random(seed * 1_000_003L + number);
        Vocabulary.Country country = Vocabulary.pick(Vocabulary.COUNTRIES, random);
        List<Integer> outlets = new ArrayList<>();
        for (int i = 0; i < Vocabulary.OUTLETS.size(); i++) {
            outlets.add(i);
        }
        Collections.shuffle(outlets, random);
        int killed = skewed(random, 400);
        return new Incident(number, country, Vocabulary.pick(country.towns(), random),
                FIRST_DAY.plusDays(random.nextInt(DAYS)), Vocabulary.pick(Vocabulary.ATTACKS, random),
                Vocabulary.pick(Vocabulary.WHERE, random), Vocabulary.pick(country.groups(), random), killed,
                killed + skewed(random, 300), random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(40),
                List.copyOf(outlets.subList(0, 4)));
    }

    /** Mostly small tolls, now and then a large one, as in the news. */
    private static int skewed(Random random, int max) {
        double u = random.nextDouble();
        return 2 + (int) (u * u * u * max);
    }
}

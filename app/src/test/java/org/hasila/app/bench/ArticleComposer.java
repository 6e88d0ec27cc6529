package org.hasila.app.bench;

import static org.hasila.app.bench.Vocabulary.pick;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one outlet's report of an incident: a lede with its own figures and source, follow-up figures from other
 * sources, then background prose up to the target size. Reports of one incident disagree, as real ones do.
 */
final class ArticleComposer {

    private static final List<String> SIDES = List.of("شمالي", "شرقي", "جنوبي", "غربي", "وسط");

    private final int targetBytes;

    /** @param targetBytes the UTF-8 size of the article text to reach with background prose */
    ArticleComposer(int targetBytes) {
        this.targetBytes = targetBytes;
    }

    /** Report {@code report} (0 to 3) of the incident; the first ones are earlier and count fewer dead. */
    Article compose(Incident incident, int report, Random random) {
        LocalDate published = incident.date().plusDays(report / 2 + random.nextInt(2));
        String when = ArabicDates.incidentDate(incident.date(), published, random);
        String town = incident.town();
        int killed = report == 0 ? Math.max(1, incident.killed() - random.nextInt(incident.killed() / 2 + 1))
                : vary(incident.killed(), random);
        int injured = vary(incident.injured(), random);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(town + " - " + incident.attack()[1] + " " + incident.target() + " " + town + " "
                + pick(SIDES, random) + " " + incident.country().name() + " " + when + "، ما أسفر عن مقتل "
                + qualified(killed, random) + " وإصابة " + ArabicNumbers.any(injured, random) + " آخرين، بحسب "
                + pick(Vocabulary.SOURCES, random) + ".");
        if (random.nextBoolean()) {
            int later = killed + 1 + random.nextInt(Math.max(2, killed / 5));
            paragraphs.add("وفي وقت لاحق قال " + pick(Vocabulary.SOURCES, random) + " إن حصيلة القتلى ارتفعت إلى "
                    + ArabicNumbers.any(later, random) + "، بينهم " + ArabicNumbers.any(1 + later / 4, random)
                    + " من النساء والأطفال، مرجحاً ارتفاع العدد بسبب وجود إصابات خطيرة.");
        }
        if (incident.detained() > 0) {
            paragraphs.add("وأعلن " + pick(Vocabulary.SOURCES, random) + " أن قوات الأمن اعتقلت "
                    + ArabicNumbers.any(vary(incident.detained(), random), random)
                    + " أشخاص يشتبه في صلتهم بـ" + incident.group() + " خلال حملة مداهمات أعقبت "
                    + incident.attack()[0] + ".");
        }
        paragraphs.add("واتهم مسؤولون محليون " + incident.group() + " بالوقوف وراء " + incident.attack()[0]
                + "، في حين نفى متحدث باسمه أي علاقة له بما جرى.");
        fill(paragraphs, incident, random);
        String title = "مقتل " + ArabicNumbers.any(killed, random) + " في " + incident.attack()[0] + " "
                + (random.nextBoolean() ? "على " : "في ") + town;
        return new Article(title, published, Vocabulary.OUTLETS.get(incident.outlets().get(report)), town,
                ArabicDates.dateLine(published, town, random), List.copyOf(paragraphs));
    }

    private void fill(List<String> paragraphs, Incident incident, Random random) {
        int bytes = paragraphs.stream().mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length + 2).sum();
        StringBuilder paragraph = new StringBuilder();
        while (bytes < targetBytes) {
            String sentence = background(random).replace("{town}", incident.town())
                    .replace("{country}", incident.country().name());
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
            if (random.nextInt(3) == 0) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
    }

    /** Now and then a whole stock sentence, mostly one put together from fragments. */
    private static String background(Random random) {
        if (random.nextInt(6) == 0) {
            return pick(Vocabulary.BACKGROUND, random);
        }
        return pick(Vocabulary.SAYERS, random) + " " + pick(Vocabulary.SUBJECTS, random) + " "
                + pick(Vocabulary.PREDICATES, random) + " " + pick(Vocabulary.TAILS, random) + ".";
    }

    /** A different figure for each report: within a fifth of the true one, never below one. */
    private static int vary(int value, Random random) {
        int spread = Math.max(1, value / 5);
        return Math.max(1, value - spread + random.nextInt(2 * spread + 1));
    }

    /** The count and its noun, now and then with a qualifier before or after. */
    private static String qualified(int n, Random random) {
        String counted = ArabicNumbers.any(n, random) + " " + people(n);
        return switch (random.nextInt(5)) {
            case 0 -> "نحو " + counted;
            case 1 -> counted + " على الأقل";
            case 2 -> "ما لا يقل عن " + counted;
            default -> counted;
        };
    }

    private static String people(int n) {
        return n >= 3 && n <= 10 ? "أشخاص" : "شخصاً";
    }
}

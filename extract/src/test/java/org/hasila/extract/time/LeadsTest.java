package org.hasila.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The lead-word prefilter must find exactly what a plain scan of the whole text finds. */
class LeadsTest {

    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();
    /** A rule-like pattern: clitics, an optional يوم, then a weekday or a number. */
    private static final Pattern PATTERN = Pattern.compile(TimeText.WORD_START + TimeText.CONJUNCTION
            + "(?<body>(?:(?:[لب]?(?:ال)?|لل)يوم\\s+)?(?:(?:[بك]?ال|لل)(?:خميس|جمعه)|\\d{1,2})|قبل)" + TimeText.WORD_END);

    private static List<String> plainFind(String folded) {
        List<String> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(folded);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + " " + m.group("body"));
        }
        return found;
    }

    private static List<String> leadFind(Leads leads, String folded) {
        List<String> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(PATTERN, WordStarts.of(folded));
        while (matches.find()) {
            Matcher m = matches.matcher();
            found.add(m.start() + "-" + m.end() + " " + m.group("body"));
        }
        return found;
    }

    @Test
    void stackedCliticsBeforeTheLeadWordStillMatch() {
        String folded = NORMALIZER.fold("وبالخميس الماضي وصلوا، فلليوم الجمعة موعد، وليوم 12 أثر، والخميس، قبل ذلك.");
        Leads leads = new Leads(true, List.of("الخميس", "الجمعة", "يوم", "قبل").stream().map(NORMALIZER::fold).toList());

        assertThat(leadFind(leads, folded)).isEqualTo(plainFind(folded)).hasSize(5);
    }

    @Test
    void wordsInsideOtherWordsAndGluedDigitsAreNotMatchStarts() {
        String folded = NORMALIZER.fold("المستقبلية نمخميس a12 سيوم الخميسي 7 و8");
        Leads leads = new Leads(true, List.of("الخميس", "يوم", "قبل").stream().map(NORMALIZER::fold).toList());

        assertThat(leadFind(leads, folded)).isEqualTo(plainFind(folded)).hasSize(2);
    }

    @Test
    void aMatchStartingWithAWordOutsideTheLeadsIsSkipped() {
        String folded = NORMALIZER.fold("يوم الجمعة");
        Leads onlyThursday = new Leads(false, List.of(NORMALIZER.fold("الخميس")));

        assertThat(plainFind(folded)).hasSize(1);
        assertThat(leadFind(onlyThursday, folded)).isEmpty();
    }
}

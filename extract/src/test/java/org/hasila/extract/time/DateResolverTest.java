package org.hasila.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.time.DateMention.Precision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final DateResolver RESOLVER = DateResolver.fromClasspath();
    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();
    /** The publication date of the made-up reports below: a Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2021, 6, 12);

    /** A mention with the original words it spans. */
    private record Found(String words, DateMention mention) {
        LocalDate date() {
            return mention.date();
        }
    }

    private static List<Found> find(String sentence, LocalDate reference) {
        NormalizedText text = NORMALIZER.normalize(sentence);
        return RESOLVER.find(text, reference).stream()
                .map(m -> new Found(text.original().substring(text.originalStart(m.start()), text.originalEnd(m.end())), m))
                .toList();
    }

    private static Found only(String sentence, LocalDate reference) {
        List<Found> found = find(sentence, reference);
        assertThat(found).as("mentions in: %s", sentence).hasSize(1);
        return found.get(0);
    }

    private static Found only(String sentence) {
        return only(sentence, SATURDAY);
    }

    @Nested
    class MonthNames {

        @Test
        void readsDayWithBothMonthNamesAndYear() {
            Found f = only("قُتل ثلاثة مدنيين في 14 أيار/ مايو 2021 بمدينة سرت.");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 5, 14));
            assertThat(f.words()).isEqualTo("14 أيار/ مايو 2021");
            assertThat(f.mention().precision()).isEqualTo(Precision.DAY);
            assertThat(f.mention().relative()).isFalse();
        }

        @Test
        void readsOrdinalDayAndMonthPairJoinedBySpaceWithMinAam() {
            Found f = only("وفي الخامس من حزيران يونيو من عام 2020 انفجرت سيارة مفخخة.");
            assertThat(f.date()).isEqualTo(LocalDate.of(2020, 6, 5));
            assertThat(f.words()).isEqualTo("الخامس من حزيران يونيو من عام 2020");
        }

        @Test
        void readsCompoundOrdinalDay() {
            Found f = only("في الحادي والثلاثين من كانون الأول 2019 بدأ القصف");
            assertThat(f.date()).isEqualTo(LocalDate.of(2019, 12, 31));
        }

        @Test
        void readsEnglishDatesAndWeekdays() {
            assertThat(only("Gunmen killed 14 villagers on 3 February 2024.").date()).isEqualTo(LocalDate.of(2024, 2, 3));
            assertThat(only("The attack took place on Thursday.").date()).isEqualTo(SATURDAY.minusDays(2));
            assertThat(only("Clashes broke out on June 3 near the border.").date()).isEqualTo(LocalDate.of(2021, 6, 3));
            // an Arabic month is never followed by its day: the number counts people ("in August" is a month of its
            // own, the latest no later than the reference's)
            assertThat(find("قتل في آب 15 مدنياً", SATURDAY)).extracting(f -> f.mention().precision(),
                    f -> f.mention().date(), Found::words).containsExactly(
                            tuple(Precision.MONTH, LocalDate.of(2020, 8, 1), "آب"));
            assertThat(find("In March, an attack killed 44.", SATURDAY)).extracting(f -> f.mention().date())
                    .containsExactly(LocalDate.of(2021, 3, 1));
            assertThat(find("وقد مارس الجيش ضغوطا", SATURDAY)).isEmpty();
            assertThat(only("Police said yesterday that nine people died.").date()).isEqualTo(SATURDAY.minusDays(1));
        }

        @Test
        void readsMaghrebMonthWithYawmBefore() {
            Found f = only("اعتقلت الشرطة خمسة أشخاص يوم 3 جوان 2021 في بنغازي");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 3));
            assertThat(f.words()).isEqualTo("يوم 3 جوان 2021");
        }

        @Test
        void readsSecondMonthNameInParentheses() {
            Found f = only("غارة في 7 أكتوبر (تشرين الأول) 2019 على مأرب");
            assertThat(f.date()).isEqualTo(LocalDate.of(2019, 10, 7));
            assertThat(f.words()).isEqualTo("7 أكتوبر (تشرين الأول) 2019");
        }

        @Test
        void takesTheYearThatPutsTheDateClosestBeforeTheReference() {
            assertThat(only("هجوم 10 يونيو على القرية").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(only("هجوم 20 يونيو على القرية").date()).isEqualTo(LocalDate.of(2020, 6, 20));
            assertThat(only("في الأول من كانون الثاني").date()).isEqualTo(LocalDate.of(2021, 1, 1));
        }

        @Test
        void leavesADateWithoutYearUnresolvedWithoutReference() {
            assertThat(only("هجوم 10 يونيو على القرية", null).date()).isNull();
            assertThat(only("هجوم 10 يونيو 2021 على القرية", null).date()).isEqualTo(LocalDate.of(2021, 6, 10));
        }

        @Test
        void readsYearNamedRelativeToTheReference() {
            assertThat(only("في 5 آب من العام الماضي").date()).isEqualTo(LocalDate.of(2020, 8, 5));
            assertThat(only("في 5 شباط من العام الجاري").date()).isEqualTo(LocalDate.of(2021, 2, 5));
        }

        @Test
        void readsDaysOfTheReferenceMonthAndTheOneBefore() {
            Found current = only("في العاشر من الشهر الجاري قصفت الطائرات");
            assertThat(current.date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(current.words()).isEqualTo("العاشر من الشهر الجاري");
            assertThat(only("في 25 من الشهر الماضي").date()).isEqualTo(LocalDate.of(2021, 5, 25));
        }

        @Test
        void matchesDiacriticsTatweelAndEasternDigits() {
            Found f = only("في ١٤ أيّار/مـايـو ٢٠٢١");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 5, 14));
            assertThat(f.words()).isEqualTo("١٤ أيّار/مـايـو ٢٠٢١");
        }

        @Test
        void ignoresMonthNamesWithoutDayOrYear() {
            assertThat(find("مارس الضغط على الحكومة ولقاء مع مايكل", SATURDAY)).isEmpty();
        }
    }

    @Nested
    class NumericDates {

        @Test
        void readsYearFirstAndYearLastForms() {
            for (String written : List.of("2021.06.09", "2021-06-09", "09/06/2021", "9-6-2021", "2021/6/9")) {
                Found f = only("نشر البيان بتاريخ " + written + " مساء");
                assertThat(f.date()).as(written).isEqualTo(LocalDate.of(2021, 6, 9));
                assertThat(f.words()).as(written).startsWith(written);
            }
        }

        @Test
        void readsADateGluedToAConjunction() {
            List<Found> found = find("بين 1/6/2021 و9/6/2021", SATURDAY);
            assertThat(found).extracting(Found::date)
                    .containsExactly(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 9));
            assertThat(found.get(1).words()).isEqualTo("9/6/2021");
        }

        @Test
        void rejectsImpossibleDatesAndAddresses() {
            assertThat(find("في 31/02/2021 وعلى العنوان 192.168.1.1", SATURDAY)).isEmpty();
        }
    }

    @Nested
    class CoarseDates {

        @Test
        void keepsMonthAndYearAsMonthPrecision() {
            Found f = only("منذ أيار/مايو 2019 لم تشهد المدينة اشتباكات");
            assertThat(f.mention().precision()).isEqualTo(Precision.MONTH);
            assertThat(f.date()).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(f.words()).isEqualTo("أيار/مايو 2019");
        }

        @Test
        void readsMonthWithMinAamBeforeTheYear() {
            Found f = only("في كانون الثاني من عام 2020 انسحبت القوات");
            assertThat(f.mention().precision()).isEqualTo(Precision.MONTH);
            assertThat(f.date()).isEqualTo(LocalDate.of(2020, 1, 1));
        }

        @Test
        void readsLastAndNextMonthAgainstTheReference() {
            assertThat(only("في أيار الماضي").date()).isEqualTo(LocalDate.of(2021, 5, 1));
            assertThat(only("في تموز الماضي").date()).isEqualTo(LocalDate.of(2020, 7, 1));
            assertThat(only("في نيسان المقبل").date()).isEqualTo(LocalDate.of(2022, 4, 1));
        }

        @Test
        void keepsYearAloneAsYearPrecision() {
            Found f = only("سيطر التنظيم على المدينة عام 2014");
            assertThat(f.mention().precision()).isEqualTo(Precision.YEAR);
            assertThat(f.date()).isEqualTo(LocalDate.of(2014, 1, 1));
            assertThat(f.words()).isEqualTo("عام 2014");
        }
    }

    @Nested
    class Weekdays {

        @Test
        void resolvesABareWeekdayToTheLatestOnOrBeforeTheReference() {
            assertThat(only("قصفت الطائرات القرية الخميس").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(only("قصفت الطائرات القرية السبت").date()).isEqualTo(SATURDAY);
        }

        @Test
        void resolvesPastAndNextDirectionWords() {
            Found past = only("منذ يوم السبت الفائت");
            assertThat(past.date()).isEqualTo(LocalDate.of(2021, 6, 5));
            assertThat(past.words()).isEqualTo("يوم السبت الفائت");
            assertThat(past.mention().relative()).isTrue();
            assertThat(only("الخميس المنصرم").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(only("تبدأ المحادثات الاثنين المقبل").date()).isEqualTo(LocalDate.of(2021, 6, 14));
        }

        @Test
        void readsTodayWithWeekdayAsThatWeekday() {
            Found f = only("تتواصل المعارك حتى اليوم السبت", LocalDate.of(2021, 6, 14));
            assertThat(f.date()).isEqualTo(SATURDAY);
            assertThat(f.words()).isEqualTo("اليوم السبت");
            assertThat(only("تتواصل المعارك حتى اليوم الجمعة").date()).isEqualTo(LocalDate.of(2021, 6, 11));
        }

        @Test
        void readsTodayWithAWeekdayAfterThePagesDateAsTheDayItWasWrittenOn() {
            // a live page dated Friday 14 March 2025, an entry written on Saturday
            LocalDate friday = LocalDate.of(2025, 3, 14);
            assertThat(only("وقال مسؤول محلي صباح اليوم السبت إن الحصيلة ارتفعت", friday).date())
                    .isEqualTo(LocalDate.of(2025, 3, 15));
            // a bare weekday is still the latest on or before the page's date
            assertThat(only("وقال مسؤول محلي السبت إن الحصيلة ارتفعت", friday).date())
                    .isEqualTo(LocalDate.of(2025, 3, 8));
        }

        @Test
        void joinsAWeekdayWithTheExplicitDateAfterIt() {
            Found f = only("أعلن الجيش، الثلاثاء 8 حزيران/يونيو 2021، انتهاء العملية");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 8));
            assertThat(f.words()).isEqualTo("الثلاثاء 8 حزيران/يونيو 2021");
            assertThat(f.mention().relative()).isFalse();
        }

        @Test
        void joinsAWeekdayAndDateSeparatedByAComma() {
            Found f = only("وقع الهجوم الأحد، 6 يونيو");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 6));
            assertThat(f.words()).isEqualTo("الأحد، 6 يونيو");
        }

        @Test
        void joinsADateWithTheMatchingWeekdayInParentheses() {
            Found f = only("في 6 يونيو (الأحد) وقع الهجوم");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 6));
            assertThat(f.words()).startsWith("6 يونيو (الأحد");
        }

        @Test
        void leavesWeekdaysUnresolvedWithoutReference() {
            Found f = only("قصفت الطائرات القرية الخميس", null);
            assertThat(f.date()).isNull();
            assertThat(f.mention().relative()).isTrue();
        }
    }

    @Nested
    class RelativeDays {

        @Test
        void resolvesYesterdayInItsForms() {
            for (String yesterday : List.of("أمس", "البارحة", "بالأمس", "يوم أمس")) {
                Found f = only("سقط صاروخ على السوق " + yesterday + " وقتل طفلين");
                assertThat(f.date()).as(yesterday).isEqualTo(LocalDate.of(2021, 6, 11));
                assertThat(f.words()).as(yesterday).isEqualTo(yesterday);
                assertThat(f.mention().relative()).isTrue();
            }
        }

        @Test
        void resolvesTheDayBeforeYesterdayTodayAndTomorrow() {
            assertThat(only("أول أمس").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(only("أمس الأول").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(only("قال المتحدث اليوم إن").date()).isEqualTo(SATURDAY);
            assertThat(only("تنطلق القافلة غدًا").date()).isEqualTo(LocalDate.of(2021, 6, 13));
        }

        @Test
        void countsDaysBackFromTheReference() {
            assertThat(only("نزح الأهالي قبل يومين").date()).isEqualTo(LocalDate.of(2021, 6, 10));
            Found three = only("نزح الأهالي قبل ثلاثة أيام");
            assertThat(three.date()).isEqualTo(LocalDate.of(2021, 6, 9));
            assertThat(three.words()).isEqualTo("قبل ثلاثة أيام");
            assertThat(only("قبل 5 أيام").date()).isEqualTo(LocalDate.of(2021, 6, 7));
        }

        @Test
        void ignoresDaysCountedBackFromAnEvent() {
            assertThat(find("وصلت التعزيزات قبل يومين من الهجوم", SATURDAY)).isEmpty();
        }

        @Test
        void ignoresTodayUsedAsPerDay() {
            assertThat(find("يسقط عشرة قتلى في اليوم الواحد", SATURDAY)).isEmpty();
        }

        @Test
        void leavesRelativeDaysUnresolvedWithoutReference() {
            Found f = only("قتل أمس", null);
            assertThat(f.date()).isNull();
            assertThat(f.mention().relative()).isTrue();
        }
    }

    @Nested
    class FollowingDay {

        @Test
        void placesTheNextDayAfterThePreviousDate() {
            List<Found> found = find("اندلعت الاشتباكات في 3 حزيران 2021، وفي اليوم التالي انسحبت القوات", SATURDAY);
            assertThat(found).extracting(Found::date)
                    .containsExactly(LocalDate.of(2021, 6, 3), LocalDate.of(2021, 6, 4));
            assertThat(found.get(1).words()).isEqualTo("اليوم التالي");
            assertThat(found.get(1).mention().relative()).isTrue();
        }

        @Test
        void chainsSeveralNextDaysAndKeepsTheirPartOfDay() {
            List<Found> found = find("بدأ الحصار الأحد، وفي اليوم التالي قصف الحي، ثم صباح اليوم التالي", SATURDAY);
            assertThat(found).extracting(Found::date).containsExactly(
                    LocalDate.of(2021, 6, 6), LocalDate.of(2021, 6, 7), LocalDate.of(2021, 6, 8));
            assertThat(found.get(2).mention().time()).isEqualTo(LocalTime.of(8, 0));
            assertThat(found.get(2).words()).isEqualTo("صباح اليوم التالي");
        }

        @Test
        void readsTheSameDay() {
            List<Found> found = find("قصف المطار يوم 2 حزيران 2021، وفي اليوم نفسه سقط صاروخ", SATURDAY);
            assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2021, 6, 2));
        }

        @Test
        void leavesTheNextDayUnresolvedWithoutAPreviousDate() {
            Found f = only("وفي اليوم التالي انسحبت القوات");
            assertThat(f.date()).isNull();
        }
    }

    @Nested
    class IncidentDays {

        @Test
        void readsConsecutiveDayCount() {
            Found f = only("لليوم الخامس على التوالي تتواصل المواجهات");
            assertThat(f.mention().dayOfIncident()).isEqualTo(5);
            assertThat(f.date()).isNull();
            assertThat(f.words()).isEqualTo("لليوم الخامس على التوالي");
        }

        @Test
        void readsDayOfTheOperation() {
            Found f = only("في اليوم الثاني من بدء العملية العسكرية");
            assertThat(f.mention().dayOfIncident()).isEqualTo(2);
            assertThat(f.words()).isEqualTo("اليوم الثاني");
        }

        @Test
        void readsPossessiveDay() {
            assertThat(only("دخل الاعتصام في يومها الثالث").mention().dayOfIncident()).isEqualTo(3);
        }

        @Test
        void takesTheFirstOfTwoDays() {
            Found f = only("خلال اليومين السادس والسابع من المعارك");
            assertThat(f.mention().dayOfIncident()).isEqualTo(6);
            assertThat(f.words()).isEqualTo("اليومين السادس والسابع");
        }

        @Test
        void readsDigitDayAfterTheArticle() {
            assertThat(only("لليوم الـ12 على التوالي").mention().dayOfIncident()).isEqualTo(12);
        }
    }

    @Nested
    class TimesOfDay {

        @Test
        void setsPartOfDayOnTheWeekdayAfterIt() {
            Found sunday = only("اقتحم المسلحون البلدة صباح الأحد");
            assertThat(sunday.date()).isEqualTo(LocalDate.of(2021, 6, 6));
            assertThat(sunday.mention().time()).isEqualTo(LocalTime.of(8, 0));
            assertThat(sunday.words()).isEqualTo("صباح الأحد");
            Found thursday = only("ليل الخميس");
            assertThat(thursday.date()).isEqualTo(LocalDate.of(2021, 6, 10));
            assertThat(thursday.mention().time()).isEqualTo(LocalTime.of(22, 0));
        }

        @Test
        void setsPartOfDayOnRelativeDays() {
            Found f = only("تتعرض المدينة للقصف منذ مساء أمس");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 11));
            assertThat(f.mention().time()).isEqualTo(LocalTime.of(19, 0));
            assertThat(f.words()).isEqualTo("مساء أمس");
            assertThat(only("فجر اليوم").mention().time()).isEqualTo(LocalTime.of(5, 0));
        }

        @Test
        void setsAnAdverbOnTheDayBeforeIt() {
            Found f = only("انفجرت عبوة الخميس ليلاً");
            assertThat(f.mention().time()).isEqualTo(LocalTime.of(22, 0));
            // the closing tanwin belongs to the last letter, so the span takes it
            assertThat(f.words()).isEqualTo("الخميس ليلاً");
        }

        @Test
        void readsHourWordsWithPartOfDayBeforeADate() {
            Found f = only("عند الساعة الثامنة من مساء يوم 9 حزيران 2021 بدأ الهجوم");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 9));
            assertThat(f.mention().time()).isEqualTo(LocalTime.of(20, 0));
            assertThat(f.words()).isEqualTo("الساعة الثامنة من مساء يوم 9 حزيران 2021");
        }

        @Test
        void readsAClockTimeAfterADate() {
            Found f = only("2021-06-09 | 14:30 طرابلس");
            assertThat(f.date()).isEqualTo(LocalDate.of(2021, 6, 9));
            assertThat(f.mention().time()).isEqualTo(LocalTime.of(14, 30));
            assertThat(f.words()).isEqualTo("2021-06-09 | 14:30");
        }

        @Test
        void convertsHourWordsToTwentyFourHours() {
            assertThat(only("الثالثة عصرا").mention().time()).isEqualTo(LocalTime.of(15, 0));
            assertThat(only("العاشرة والنصف صباحا").mention().time()).isEqualTo(LocalTime.of(10, 30));
            assertThat(only("الساعة الواحدة ليلا").mention().time()).isEqualTo(LocalTime.of(1, 0));
            assertThat(only("الساعة 9 مساء").mention().time()).isEqualTo(LocalTime.of(21, 0));
        }

        @Test
        void keepsATimeWithoutDateUnresolved() {
            Found f = only("دوى انفجار قرابة الساعة الحادية عشرة ليلا");
            assertThat(f.date()).isNull();
            assertThat(f.mention().time()).isEqualTo(LocalTime.of(23, 0));
            assertThat(f.words()).isEqualTo("الساعة الحادية عشرة ليلا");
        }

        @Test
        void ignoresAPartOfDayAlone() {
            assertThat(find("في المساء خرج المتظاهرون", SATURDAY)).isEmpty();
        }
    }

    @Nested
    class Durations {

        @Test
        void returnsNothingForSpansOfTime() {
            for (String duration : List.of("استمرت المعارك عشرة أيام", "منذ ثلاث سنوات", "خلال أسبوع",
                    "منذ أكثر من عام", "لمدة ثلاثة أيام", "قبل ثلاث سنوات", "خلال 24 ساعة الماضية")) {
                assertThat(find(duration, SATURDAY)).as(duration).isEmpty();
            }
        }
    }
}

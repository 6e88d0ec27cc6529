package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    static String draw(List<SvgChart.Series> series, Long best) {
        StringWriter out = new StringWriter();
        SvgChart.write(new HtmlOut(out), "قتلى", series, best);
        return out.toString();
    }

    static SvgChart.Point point(String date, long low, Long high) {
        return new SvgChart.Point(LocalDate.parse(date), low, high, "tip");
    }

    @Test
    void coordinatesAreFormattedExactlyAsFormatterWouldWithOneDecimal() {
        java.util.Random random = new java.util.Random(7);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, -0.05,
                -0.04, -0.35, 2.5, 12.95, 12.96, 99.95, 999_999.95, 1e6, 1e7 + 0.05, -1e6, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-9, -1e-9, Double.MIN_VALUE));
        for (int i = 0; i < 200_000; i++) {
            values.add((random.nextDouble() - 0.2) * 1200);
            values.add(random.nextInt(20_000) / 100.0 - 20);
            values.add(random.nextInt(1_000) / 7.0);
        }
        for (double v : values) {
            assertThat(SvgChart.fmt(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", v));
        }
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgChart.niceStep(0.3)).isEqualTo(1);
        assertThat(SvgChart.niceStep(3)).isEqualTo(5);
        assertThat(SvgChart.niceStep(17)).isEqualTo(20);
        assertThat(SvgChart.niceStep(230)).isEqualTo(500);
        assertThat(SvgChart.niceStep(1000)).isEqualTo(1000);
    }

    @Test
    void drawsALinePerSourceThroughItsPointsLeftToRightInDateOrder() {
        String svg = draw(List.of(
                new SvgChart.Series("أ", List.of(point("2024-03-05", 10, 10L), point("2024-03-07", 20, 20L))),
                new SvgChart.Series("ب", List.of(point("2024-03-06", 15, null)))), 20L);

        assertThat(svg).startsWith("<svg class=\"chart\"").endsWith("</svg>\n");
        assertThat(svg.split("<g class=\"series\"", -1)).hasSize(3);
        // Plot from x 80 to 560 (600 wide less margins), values 0..25 (20 plus headroom, in steps of 5) over
        // y 216..16: the first date at the left edge, the last at the right edge, 10 and 20 at 136 and 56.
        assertThat(svg).contains("<polyline fill=\"none\" points=\"80.0,136.0 560.0,56.0\">");
        assertThat(svg).contains(">أ (2)</text>").contains(">ب (1)</text>").contains("الأرجح 20");
        assertThat(svg).contains(">2024-03-05<").contains(">2024-03-06<").contains(">2024-03-07<");
        // An open-ended "at least 15" gets a dashed whisker upwards.
        assertThat(svg).contains("<line class=\"open\" x1=\"320.0\" x2=\"320.0\" y1=\"96.0\"");
    }

    @Test
    void aSingleDateIsCentredRatherThanDividedByZero() {
        String svg = draw(List.of(new SvgChart.Series("أ", List.of(point("2024-03-05", 3, 3L),
                point("2024-03-05", 4, 4L)))), null);

        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity").contains("x=\"320.0\"");
    }
}

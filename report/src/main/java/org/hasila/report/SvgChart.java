package org.hasila.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Draws how a figure moved over time as an inline SVG: dates across, values up, one line of markers per source,
 * a whisker up to the highest value a statement allows, a dashed line at the reconciled best value, and a legend.
 * Every label is escaped; the markup uses only shapes and text, never links, images or scripts.
 */
final class SvgChart {

    /** One stated value: the low end is plotted, the high end drawn as a whisker ({@code null}: open-ended). */
    record Point(LocalDate date, long low, Long high, String tip) {
    }

    /** One source's statements, in date order. */
    record Series(String name, List<Point> points) {
    }

    private static final int WIDTH = 600;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int PLOT = 200;
    private static final int AXIS = 34;
    private static final int ROW = 20;
    private static final int PAD = 16;
    private static final int OPEN_WHISKER = 14;
    /** Okabe-Ito colours, told apart by colour-blind readers; the marker shape differs as well for print. */
    private static final String[] COLOURS = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
        "#000000"};

    private final List<Series> series;
    private final long minDay;
    private final long maxDay;
    private final long yMax;
    private final long step;

    private SvgChart(List<Series> series, Long reference) {
        this.series = series;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        long top = reference == null ? 0 : reference;
        for (Series s : series) {
            for (Point p : s.points()) {
                lo = Math.min(lo, p.date().toEpochDay());
                hi = Math.max(hi, p.date().toEpochDay());
                top = Math.max(top, p.low());
            }
        }
        this.minDay = lo;
        this.maxDay = hi;
        this.step = niceStep(Math.max(1, top) / 4.0);
        this.yMax = step * (long) Math.ceil(Math.max(1, top) * 1.05 / step);
    }

    /** Writes the chart for {@code series} (at least one point); {@code reference} is the best value or null. */
    static void write(HtmlOut out, String title, List<Series> series, Long reference) {
        new SvgChart(series, reference).write(out, title, reference);
    }

    private void write(HtmlOut out, String title, Long reference) {
        int height = TOP + PLOT + AXIS + ROW * series.size() + 4;
        out.markup("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\""
                + WIDTH + "\" height=\"" + height + "\"><title>").text(title).markup("</title>\n");
        yAxis(out);
        xAxis(out);
        if (reference != null && reference <= yMax) {
            String y = fmt(y(reference));
            out.markup("<line class=\"best\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y
                    + "\" y2=\"" + y + "\"></line><text class=\"tick\" x=\"" + (LEFT + 4) + "\" y=\""
                    + fmt(y(reference) - 4) + "\" direction=\"rtl\" text-anchor=\"end\">").text("الأرجح " + reference)
                    .markup("</text>\n");
        }
        for (int i = 0; i < series.size(); i++) {
            writeSeries(out, i);
        }
        out.markup("</svg>\n");
    }

    private void yAxis(HtmlOut out) {
        for (long v = 0; v <= yMax; v += step) {
            String y = fmt(y(v));
            out.markup("<line class=\"grid\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y
                    + "\" y2=\"" + y + "\"></line><text class=\"tick\" x=\"" + (LEFT - 6) + "\" y=\"" + y
                    + "\" text-anchor=\"end\" dominant-baseline=\"middle\">" + v + "</text>\n");
        }
    }

    private void xAxis(HtmlOut out) {
        TreeSet<Long> days = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> days.add(p.date().toEpochDay())));
        if (days.size() > 6) {
            days.clear();
            for (int i = 0; i <= 4; i++) {
                days.add(minDay + Math.round((maxDay - minDay) * i / 4.0));
            }
        }
        int base = TOP + PLOT;
        out.markup("<line class=\"axis\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + base
                + "\" y2=\"" + base + "\"></line>\n");
        for (long day : days) {
            String x = fmt(x(day));
            out.markup("<line class=\"axis\" x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + base + "\" y2=\""
                    + (base + 4) + "\"></line><text class=\"tick\" x=\"" + x + "\" y=\"" + (base + 18)
                    + "\" text-anchor=\"middle\">" + LocalDate.ofEpochDay(day) + "</text>\n");
        }
    }

    private void writeSeries(HtmlOut out, int index) {
        Series s = series.get(index);
        String colour = COLOURS[index % COLOURS.length];
        out.markup("<g class=\"series\" stroke=\"" + colour + "\" fill=\"" + colour + "\">");
        StringBuilder points = new StringBuilder();
        for (Point p : s.points()) {
            points.append(points.isEmpty() ? "" : " ").append(fmt(x(p.date().toEpochDay()))).append(',')
                    .append(fmt(y(p.low())));
        }
        out.markup("<polyline fill=\"none\" points=\"" + points + "\"></polyline>");
        for (Point p : s.points()) {
            double x = x(p.date().toEpochDay());
            double y = y(p.low());
            if (p.high() == null || p.high() != p.low()) {
                double top = p.high() == null ? y - OPEN_WHISKER : Math.max(TOP, y(p.high()));
                out.markup("<line class=\"" + (p.high() == null ? "open" : "range") + "\" x1=\"" + fmt(x)
                        + "\" x2=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" y2=\"" + fmt(top) + "\"></line>");
            }
            out.markup(marker(index, x, y, "<title>" + Html.escape(p.tip()) + "</title>"));
        }
        // The legend reads right to left like the page: swatch at the right edge, the name to its left.
        double legendY = TOP + PLOT + AXIS + ROW * index + ROW / 2.0;
        int swatch = WIDTH - RIGHT;
        out.markup("<line x1=\"" + (swatch - 24) + "\" x2=\"" + swatch + "\" y1=\"" + fmt(legendY) + "\" y2=\""
                + fmt(legendY) + "\"></line>" + marker(index, swatch - 12, legendY, ""));
        out.markup("<text class=\"legend\" stroke=\"none\" direction=\"rtl\" x=\"" + (swatch - 32) + "\" y=\""
                + fmt(legendY) + "\" dominant-baseline=\"middle\">").text(s.name() + " (" + s.points().size() + ")")
                .markup("</text></g>\n");
    }

    /** A marker whose shape, like its colour, tells the series apart (circle, square, diamond, triangle). */
    private static String marker(int index, double x, double y, String title) {
        String cx = fmt(x);
        String cy = fmt(y);
        return switch (index % 4) {
            case 0 -> "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4.5\">" + title + "</circle>";
            case 1 -> "<rect x=\"" + fmt(x - 4) + "\" y=\"" + fmt(y - 4) + "\" width=\"8\" height=\"8\">" + title
                    + "</rect>";
            case 2 -> "<path d=\"M" + cx + " " + fmt(y - 5.5) + "L" + fmt(x + 5.5) + " " + cy + "L" + cx + " "
                    + fmt(y + 5.5) + "L" + fmt(x - 5.5) + " " + cy + "Z\">" + title + "</path>";
            default -> "<path d=\"M" + cx + " " + fmt(y - 5.5) + "L" + fmt(x + 5) + " " + fmt(y + 4) + "L"
                    + fmt(x - 5) + " " + fmt(y + 4) + "Z\">" + title + "</path>";
        };
    }

    private double x(long day) {
        double width = WIDTH - LEFT - RIGHT - 2 * PAD;
        if (maxDay == minDay) {
            return LEFT + PAD + width / 2;
        }
        return LEFT + PAD + (day - minDay) * width / (maxDay - minDay);
    }

    private double y(long value) {
        return TOP + PLOT - Math.min(value, yMax) * (double) PLOT / yMax;
    }

    /** 1, 2 or 5 times a power of ten, at least 1: ticks a reader can add up. */
    static long niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.round(nice * magnitude);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", v)}, which rounds the shortest decimal form of {@code v} half up,
     * without a Formatter per number (most of the charts' time). Where the binary value is not within a hair of a
     * tie, half up on the decimal form and nearest on the binary value agree, so the arithmetic below is exact;
     * near a tie, and for large or odd values, Formatter itself decides.
     */
    static String fmt(double v) {
        double magnitude = Math.abs(v);
        if (!(magnitude < 1e6)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        double tenths = magnitude * 10;
        if (Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        long rounded = (long) Math.floor(tenths + 0.5);
        // Formatter keeps the sign of anything below zero, -0.0 and -0.04 included ("-0.0").
        String sign = Double.compare(v, 0.0) < 0 ? "-" : "";
        return sign + (rounded / 10) + "." + (rounded % 10);
    }
}

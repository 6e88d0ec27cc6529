package org.hasila.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.IsoDates;
import org.hasila.core.event.Figure;

/** The charts of one event: for each figure stated on dates, how each source's figure moved over time. */
final class HtmlChartSection {

    /** Fewer dated claims than this make a point, not a movement. */
    static final int MIN_DATED_CLAIMS = 2;

    private HtmlChartSection() {
    }

    static void write(HtmlOut out, List<Figure> figures, HtmlContext context) {
        if (figures == null || figures.isEmpty()) {
            return;
        }
        out.markup("<h4>تطور الأرقام عبر الزمن</h4>\n");
        int drawn = 0;
        for (Figure f : figures) {
            List<SvgChart.Series> series = series(f, context);
            if (series.isEmpty()) {
                continue;
            }
            if (drawn++ == 0) {
                out.markup("<div class=\"charts\">\n");
            }
            String title = HtmlFigureClaims.figureName(f);
            out.markup("<figure class=\"chart\">\n<figcaption>").text(title).markup("</figcaption>\n");
            SvgChart.write(out, title, series, f.best());
            out.markup("</figure>\n");
        }
        if (drawn == 0) {
            out.markup("<p class=\"muted\">لا رسم: لم يُذكر أي رقم في تاريخين أو أكثر.</p>\n");
        } else {
            out.markup("</div>\n<p class=\"muted chart-key\">كل خط مصدر واحد؛ النقطة أدنى قيمة يسمح بها "
                    + "التصريح، والخط العمودي يمتد إلى أعلاها (متقطعاً إن كان مفتوحاً)؛ الادعاءات غير المؤرخة "
                    + "لا تُرسم.</p>\n");
        }
    }

    /** One series per source of the figure's dated claims, or none when fewer than two claims are dated. */
    static List<SvgChart.Series> series(Figure f, HtmlContext context) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        int dated = 0;
        for (Claim c : context.claims(f.claims())) {
            if (c.value() != null && IsoDates.dateOf(c.asOf()) != null) {
                bySource.computeIfAbsent(HtmlContext.sourceKey(c), k -> new ArrayList<>()).add(c);
                dated++;
            }
        }
        if (dated < MIN_DATED_CLAIMS) {
            return List.of();
        }
        List<SvgChart.Series> series = new ArrayList<>();
        for (List<Claim> claims : bySource.values()) {
            String name = context.sourceName(claims.get(0));
            List<SvgChart.Point> points = new ArrayList<>();
            for (Claim c : claims) {
                points.add(new SvgChart.Point(IsoDates.dateOf(c.asOf()), c.value().low(), c.value().high(),
                        name + ": " + c.value().text() + " (" + c.asOf() + ")"));
            }
            points.sort(Comparator.comparing(SvgChart.Point::date).thenComparingLong(SvgChart.Point::low));
            series.add(new SvgChart.Series(name, List.copyOf(points)));
        }
        series.sort(Comparator.comparing((SvgChart.Series s) -> s.points().get(0).date())
                .thenComparing(SvgChart.Series::name));
        return series;
    }

}

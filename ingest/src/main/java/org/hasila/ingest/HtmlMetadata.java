package org.hasila.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Title, publication time and author as a web page declares them in its markup; null when it does not. */
record HtmlMetadata(String title, String published, String author) {

    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    // The selectors are parsed once: jsoup's evaluators are thread-safe and reusable across documents.
    private static final List<Evaluator> TITLE_META = each("meta[property=og:title], meta[name=twitter:title]");
    private static final Evaluator HEADLINE = Selector.evaluatorOf("article h1, main h1, h1");
    private static final List<Evaluator> PUBLISHED_META = each("meta[property=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
            + "meta[name=date], meta[name=DC.date.issued], meta[name=dcterms.issued]");
    private static final Evaluator TIME = Selector.evaluatorOf("article time[datetime], main time[datetime], "
            + "time[pubdate][datetime], [itemprop=datePublished][datetime], time[datetime]");
    private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
    /** An element whose class says it shows the date, in words: "<span class="date">21 أكتوبر 2024</span>". */
    private static final Evaluator DATE_TEXT = Selector.evaluatorOf("time, [class~=(?i)date], [class~=(?i)published]");
    private static final DateLine DATE_LINE = DateLine.standard();
    private static final List<Evaluator> AUTHOR_META =
            each("meta[name=author], meta[property=article:author], meta[name=byl]");
    private static final Evaluator AUTHOR =
            Selector.evaluatorOf("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");

    /** Reads the declared metadata; call before any element is removed. */
    static HtmlMetadata read(Document doc) {
        return new HtmlMetadata(title(doc), published(doc), author(doc));
    }

    private static String title(Document doc) {
        String og = meta(doc, TITLE_META);
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst(HEADLINE);
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    private static String published(Document doc) {
        String declared = meta(doc, PUBLISHED_META);
        if (declared != null) {
            return declared;
        }
        Element time = doc.selectFirst(TIME);
        if (time != null && !time.attr("datetime").isBlank()) {
            return time.attr("datetime").strip();
        }
        for (Element script : doc.select(JSON_LD)) {
            Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        // the date shown in words, read as a date line is
        for (Element shown : doc.select(DATE_TEXT)) {
            String date = DATE_LINE.parse(shown.text().strip());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String author(Document doc) {
        String declared = meta(doc, AUTHOR_META);
        if (declared != null && !declared.startsWith("http")) {
            return declared.replaceFirst("(?i)^by\\s+", "");
        }
        Element named = doc.selectFirst(AUTHOR);
        return named == null || named.text().isBlank() ? null : named.text().strip();
    }

    /** The first non-empty content of the selectors, tried in the order given. */
    private static String meta(Document doc, List<Evaluator> selectors) {
        for (Evaluator query : selectors) {
            for (Element meta : doc.select(query)) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    /** Each of comma-separated selectors, parsed, in the order given. */
    private static List<Evaluator> each(String selectors) {
        return Stream.of(selectors.split(",\\s*")).map(Selector::evaluatorOf).toList();
    }
}

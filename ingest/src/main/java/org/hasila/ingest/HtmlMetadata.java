package org.hasila.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication time and author as a web page declares them in its markup; null when it does not. */
record HtmlMetadata(String title, String published, String author) {

    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    /** Reads the declared metadata; call before any element is removed. */
    static HtmlMetadata read(Document doc) {
        return new HtmlMetadata(title(doc), published(doc), author(doc));
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title], meta[name=twitter:title]");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    private static String published(Document doc) {
        String declared = meta(doc, "meta[property=article:published_time], meta[itemprop=datePublished], "
                + "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date], "
                + "meta[name=DC.date.issued], meta[name=dcterms.issued]");
        if (declared != null) {
            return declared;
        }
        Element time = doc.selectFirst("article time[datetime], main time[datetime], time[pubdate][datetime], "
                + "[itemprop=datePublished][datetime], time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) {
            return time.attr("datetime").strip();
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static String author(Document doc) {
        String declared = meta(doc, "meta[name=author], meta[property=article:author], meta[name=byl]");
        if (declared != null && !declared.startsWith("http")) {
            return declared.replaceFirst("(?i)^by\\s+", "");
        }
        Element named = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        return named == null || named.text().isBlank() ? null : named.text().strip();
    }

    /** The first non-empty content of the comma-separated selectors, tried in the order given. */
    private static String meta(Document doc, String selectors) {
        for (String query : selectors.split(",\\s*")) {
            for (Element meta : doc.select(query)) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }
}

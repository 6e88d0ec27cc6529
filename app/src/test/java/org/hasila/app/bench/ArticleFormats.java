package org.hasila.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Renders an article as scraped plain text or as a web page with the chrome real sites wrap around it. */
final class ArticleFormats {

    private static final List<String> MENU = List.of("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات",
            "تقارير", "اتصل بنا");

    private ArticleFormats() {
    }

    static String text(Article article, Random random) {
        StringBuilder out = new StringBuilder();
        out.append(article.title()).append("\n\n").append(article.dateLine()).append('\n');
        if (random.nextBoolean()) {
            out.append("بقلم: ").append(article.outlet()).append('\n');
        }
        for (String paragraph : article.paragraphs()) {
            out.append('\n').append(paragraph).append('\n');
        }
        return out.toString();
    }

    static String html(Article article, List<String> readAlso) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(article.title()).append(" | ").append(article.outlet()).append("</title>\n")
                .append("<meta property=\"article:published_time\" content=\"")
                .append(String.format(Locale.ROOT, "%sT09:30:00+03:00", article.published())).append("\">\n")
                .append("</head>\n<body>\n<header><div class=\"logo\">").append(article.outlet())
                .append("</div>\n<nav class=\"main-menu\"><ul>");
        MENU.forEach(item -> out.append("<li><a href=\"/").append(MENU.indexOf(item)).append("\">").append(item)
                .append("</a></li>"));
        out.append("</ul></nav></header>\n<main>\n<article>\n<h1>").append(article.title()).append("</h1>\n")
                .append("<time datetime=\"").append(article.published()).append("\">").append(article.dateLine())
                .append("</time>\n");
        article.paragraphs().forEach(p -> out.append("<p>").append(p).append("</p>\n"));
        out.append("</article>\n<aside class=\"read-also\"><h3>اقرأ أيضاً</h3><ul>\n");
        readAlso.forEach(title -> out.append("<li><a href=\"#\">").append(title).append("</a></li>\n"));
        out.append("</ul></aside>\n</main>\n<footer><p>جميع الحقوق محفوظة © ").append(article.outlet())
                .append(" ").append(article.published().getYear())
                .append("</p><ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/privacy\">سياسة الخصوصية</a>")
                .append("</li></ul></footer>\n</body>\n</html>\n");
        return out.toString();
    }
}

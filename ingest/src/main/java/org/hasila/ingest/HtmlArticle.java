package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Keeps a web page's article and drops the page around it: menus, tickers, sidebars, "read also" and
 * "most read" lists, footers, scripts. A number in a sidebar headline must not become a claim of the article.
 */
final class HtmlArticle {

    /** Extracted article text and the page's declared metadata. */
    record Extract(String text, HtmlMetadata metadata) {
    }

    private static final String ALWAYS_CHROME = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, form, button, select, input, textarea, nav, aside, footer, img, picture, video, audio, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[aria-hidden=true], [hidden]";
    private static final String ARTICLE_ROOTS = "[itemprop=articleBody], article, main, [role=main]";
    private static final double LINK_LIST = 0.5;
    // The selectors are parsed once: jsoup's evaluators are thread-safe and reusable across documents.
    private static final Evaluator CHROME = Selector.evaluatorOf(ALWAYS_CHROME);
    private static final Evaluator HEADER = Selector.evaluatorOf("header");
    private static final Evaluator ARTICLE_OR_MAIN = Selector.evaluatorOf("article, main");
    private static final Evaluator NAMED = Selector.evaluatorOf("[class], [id]");
    private static final Evaluator ANY_ARTICLE_ROOT = Selector.evaluatorOf(ARTICLE_ROOTS);
    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");
    private static final List<Evaluator> EACH_ARTICLE_ROOT =
            Stream.of(ARTICLE_ROOTS.split(",\\s*")).map(Selector::evaluatorOf).toList();
    private static final Evaluator BLOCKS = Selector.evaluatorOf("div, section, td");
    private static final Evaluator LINKS = Selector.evaluatorOf("a");

    private final Lexicon chromeWords;
    private final Lexicon readAlsoCues;
    private final PlainTextCleaner cleaner;

    HtmlArticle(Lexicon chromeWords, Lexicon readAlsoCues, PlainTextCleaner cleaner) {
        this.chromeWords = chromeWords;
        this.readAlsoCues = readAlsoCues;
        this.cleaner = cleaner;
    }

    static HtmlArticle standard() {
        return new HtmlArticle(Lexicon.load("chrome-class-words.txt"), Lexicon.load("read-also-cues.txt"),
                PlainTextCleaner.standard());
    }

    Extract extract(String html) {
        Document doc = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.read(doc);
        doc.select(CHROME).remove();
        // a page header outside the article is the site's masthead and menu; one inside holds the headline
        doc.select(HEADER).stream().filter(h -> h.closest(ARTICLE_OR_MAIN) == null).forEach(Element::remove);
        removeChromeByClass(doc);
        Element root = articleRoot(doc);
        removeReadAlso(root);
        return new Extract(cleaner.clean(BlockText.of(root)), metadata);
    }

    private void removeChromeByClass(Document doc) {
        for (Element element : doc.body().select(NAMED)) {
            if (attached(element) && isChrome(element) && element.select(ANY_ARTICLE_ROOT).isEmpty()
                    && element.closest(ARTICLE_BODY) == null) {
                element.remove();
            }
        }
    }

    private boolean isChrome(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_\\-]+")) {
            if (!word.isEmpty() && chromeWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The declared article element with the most text, else the element with the most paragraph text. */
    private static Element articleRoot(Document doc) {
        for (Evaluator query : EACH_ARTICLE_ROOT) {
            Element best = null;
            for (Element candidate : doc.select(query)) {
                if (best == null || candidate.text().length() > best.text().length()) {
                    best = candidate;
                }
            }
            if (best != null && best.text().length() > 0) {
                return best;
            }
        }
        return densestBlock(doc);
    }

    private static Element densestBlock(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element candidate : doc.body().select(BLOCKS)) {
            int length = 0;
            for (Element child : candidate.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            for (TextNode text : candidate.textNodes()) {
                length += text.text().strip().length();
            }
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private void removeReadAlso(Element root) {
        List<Element> cues = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String text = element.text();
            if (element != root && text.length() <= 40 && readAlsoCues.contains(text)) {
                cues.add(element);
            } else if (element != root && readAlsoCues.startsText(text) && linkDensity(element) >= LINK_LIST) {
                cues.add(element);
            }
        }
        for (Element cue : cues) {
            if (attached(cue)) {
                removeCueBlock(root, outermostSameText(root, cue));
            }
        }
    }

    private static Element outermostSameText(Element root, Element cue) {
        Element heading = cue;
        while (heading.parent() != null && heading.parent() != root
                && heading.parent().text().strip().equals(cue.text().strip())) {
            heading = heading.parent();
        }
        return heading;
    }

    /** The heading's whole box when the rest of it is links; else the heading and the link lists after it. */
    private static void removeCueBlock(Element root, Element heading) {
        Element box = heading.parent();
        if (box != null && box != root && linkDensityWithout(box, heading) >= LINK_LIST) {
            box.remove();
            return;
        }
        Element next = heading.nextElementSibling();
        heading.remove();
        while (next != null && (next.normalName().matches("ul|ol") || linkDensity(next) >= LINK_LIST)) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
    }

    private static double linkDensity(Element element) {
        int total = element.text().length();
        return total == 0 ? 0 : (double) linkTextLength(element) / total;
    }

    private static double linkDensityWithout(Element box, Element heading) {
        int total = box.text().length() - heading.text().length();
        return total <= 0 ? 0 : (double) linkTextLength(box) / total;
    }

    private static int linkTextLength(Element element) {
        int length = 0;
        for (Element link : element.select(LINKS)) {
            length += link.text().length();
        }
        return length;
    }

    private static boolean attached(Element element) {
        return element.ownerDocument() != null;
    }
}

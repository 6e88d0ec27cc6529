package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
            + "figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[aria-hidden=true], [hidden]";
    private static final String ARTICLE_ROOTS = "article, main, [role=main]";
    private static final double LINK_LIST = 0.5;
    // The selectors are parsed once: jsoup's evaluators are thread-safe and reusable across documents.
    private static final Evaluator CHROME = Selector.evaluatorOf(ALWAYS_CHROME);
    private static final Evaluator HEADER = Selector.evaluatorOf("header");
    private static final Evaluator ARTICLE_OR_MAIN = Selector.evaluatorOf("article, main");
    private static final Evaluator NAMED = Selector.evaluatorOf("[class], [id]");
    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");
    private static final Evaluator ANY_ARTICLE_ROOT = Selector.evaluatorOf(ARTICLE_ROOTS + ", [itemprop=articleBody]");
    private static final Evaluator DECLARED_ROOTS = Selector.evaluatorOf(ARTICLE_ROOTS);
    private static final Evaluator BLOCKS = Selector.evaluatorOf("div, section, td");
    /** A block beside the article's that belongs to it (a lead, a second body part): this much text, few links. */
    private static final int SIBLING_TEXT = 60;
    private static final double SIBLING_LINKS = 0.25;
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
        // before the chrome named by class: a heading whose id names it chrome ("related") would go alone, and the
        // list it heads would stay without it
        removeReadAlso(doc.body());
        Element densest = densestBlock(doc);
        removeChromeByClass(doc, densest);
        Element root = articleRoot(doc, densest);
        return new Extract(cleaner.clean(BlockText.of(root)), metadata);
    }

    /**
     * Removes the elements that their class or id names as chrome, but none that holds the page's densest paragraph
     * text: Blogger's posts column is a "widget" (div.widget.Blog).
     */
    private void removeChromeByClass(Document doc, Element densest) {
        for (Element element : doc.body().select(NAMED)) {
            if (attached(element) && isChrome(element) && element.select(ANY_ARTICLE_ROOT).isEmpty()
                    && element.closest(ARTICLE_BODY) == null && !holds(element, densest)) {
                element.remove();
            }
        }
    }

    private static boolean holds(Element element, Element inner) {
        return inner != element.ownerDocument().body() && (inner == element || inner.parents().contains(element));
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

    /**
     * The article: the element marked as its body; else the block with the most paragraph text (text of its own, of
     * its paragraphs and inline elements, not in links), or the declared article or main element holding it or
     * holding more text than it (a page's only {@code <article>} elements may be teaser cards); a block found that
     * way keeps the blocks beside it that read as the article's (its lead, its headline).
     */
    private static Element articleRoot(Document doc, Element dense) {
        for (Element body : doc.select(ARTICLE_BODY)) {
            if (!body.text().isBlank()) {
                return withHeadline(doc, body);
            }
        }
        int denseText = paragraphText(dense);
        Element declared = null;
        for (Element candidate : doc.select(DECLARED_ROOTS)) {
            if (declared == null || textOutsideLinks(candidate) > textOutsideLinks(declared)) {
                declared = candidate;
            }
        }
        if (declared != null && textOutsideLinks(declared) > 0
                && (dense == declared || dense.closest(DECLARED_ROOTS) == declared
                        || textOutsideLinks(declared) >= denseText)) {
            return declared;
        }
        Element feed = feedOf(dense);
        return feed != null ? feed : withArticleSiblings(dense);
    }

    /**
     * The marked body with the page's headline before it, when the body holds none and the page has one {@code h1}
     * before it (a Shafaq or WordPress page marks only the paragraphs as the article's body).
     */
    private static Element withHeadline(Document doc, Element body) {
        if (!body.select("h1").isEmpty()) {
            return body;
        }
        List<Element> headlines = doc.body().select("h1").stream()
                .filter(h -> !h.text().isBlank() && linkDensity(h) < SIBLING_LINKS && !holds(h, body)).toList();
        if (headlines.size() != 1 || !before(headlines.get(0), body)) {
            return body;
        }
        Element article = new Element("div");
        article.appendChild(headlines.get(0).clone());
        article.appendChild(body.clone());
        return article;
    }

    /** Whether {@code a} comes before {@code b} in the document. */
    private static boolean before(Element a, Element b) {
        for (Element e : a.ownerDocument().getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    /** Levels above the densest block looked at for a feed of entries. */
    private static final int FEED_DEPTH = 3;

    /**
     * The container of a feed whose entries the densest block belongs to (a Telegram or Facebook export, a live blog):
     * the nearest ancestor, a few levels up, of which two or more children of the same tag and class, holding text and
     * few links, are entries like the one holding the block; null when there is none.
     */
    private static Element feedOf(Element dense) {
        Element entry = dense;
        for (int depth = 0; depth < FEED_DEPTH && entry.parent() != null && !entry.normalName().equals("body"); depth++) {
            Element container = entry.parent();
            String name = entry.normalName();
            String type = entry.className();
            if (!type.isBlank()) {
                long entries = container.children().stream()
                        .filter(c -> c.normalName().equals(name) && c.className().equals(type) && belongsBeside(c))
                        .count();
                if (entries >= 2) {
                    return container;
                }
            }
            entry = container;
        }
        return null;
    }

    private static Element densestBlock(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element candidate : doc.body().select(BLOCKS)) {
            int length = paragraphText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * Text a block holds as paragraphs: its own text, its {@code <p>} children's and its inline children's
     * ({@code <font>}, {@code <span>}: old table layouts), none of it in links.
     */
    private static int paragraphText(Element block) {
        int length = 0;
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode text) {
                length += text.text().strip().length();
            } else if (child instanceof Element element
                    && (element.normalName().equals("p") || !BlockText.isBlock(element) && !element.normalName().equals("a"))) {
                length += textOutsideLinks(element);
            }
        }
        return length;
    }

    /** The block and, in document order, the headings and text blocks beside it with little in links. */
    private static Element withArticleSiblings(Element block) {
        Element parent = block.parent();
        if (parent == null || block.normalName().equals("body")) {
            return block;
        }
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == block || belongsBeside(sibling)) {
                kept.add(sibling);
            }
        }
        if (kept.size() == 1) {
            return block;
        }
        Element article = new Element("div");
        kept.forEach(e -> article.appendChild(e.clone()));
        return article;
    }

    private static boolean belongsBeside(Element sibling) {
        String name = sibling.normalName();
        if (name.equals("h1") || name.equals("h2")) {
            return !sibling.text().isBlank() && linkDensity(sibling) < SIBLING_LINKS;
        }
        return textOutsideLinks(sibling) >= SIBLING_TEXT && linkDensity(sibling) < SIBLING_LINKS;
    }

    private static int textOutsideLinks(Element element) {
        return element.text().length() - linkTextLength(element);
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

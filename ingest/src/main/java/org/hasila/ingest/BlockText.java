package org.hasila.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with a blank line between block elements, inline whitespace collapsed, and each
 * list item opened by "- ".
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "table",
            "tr", "td", "th", "figcaption", "figure", "address", "hr", "body");

    private final StringBuilder out = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return Paragraphs.normalize(visitor.out.toString());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendInline(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(element.normalName())) {
                paragraphBreak();
                if (element.normalName().equals("li") && element.hasText()) {
                    // an item keeps its mark, so that the text still reads as a list ("- في درعا: مقتل 3 ...")
                    out.append("- ");
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            paragraphBreak();
        }
    }

    private void appendInline(String raw) {
        String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
        if (collapsed.isEmpty()) {
            return;
        }
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        boolean afterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        if ((atLineStart || afterSpace) && collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private void paragraphBreak() {
        int n = out.length();
        if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}

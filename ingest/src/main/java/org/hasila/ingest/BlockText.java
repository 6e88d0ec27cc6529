package org.hasila.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with a blank line between block elements, inline whitespace collapsed, each
 * list item opened by "- ", and the cells of a table row on its line between bars.
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "table",
            "tr", "figcaption", "figure", "address", "hr", "body");
    /** Cells of a table row, kept on the row's line between bars: "سبتمبر | 6 | 14". */
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final int DATA_CELL = 100;

    private final StringBuilder out = new StringBuilder();
    private final Element root;
    /** How many table cells below the root the visit is in: a cell's paragraphs stay on its row's line. */
    private int cells;

    private BlockText(Element root) {
        this.root = root;
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName()) || CELLS.contains(element.normalName());
    }

    static String of(Element root) {
        BlockText visitor = new BlockText(root);
        NodeTraversor.traverse(visitor, root);
        return Paragraphs.normalize(visitor.out.toString());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendInline(text.getWholeText());
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if (isDataCell(element)) {
                if (element.previousElementSibling() != null && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    appendInline(" | ");
                }
                cells++;
            } else if (cells > 0) {
                if (name.equals("br") || BLOCKS.contains(name)) {
                    appendInline(" ");
                }
            } else if (name.equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(name) || CELLS.contains(name)) {
                paragraphBreak();
                if (name.equals("li") && element.hasText()) {
                    // an item keeps its mark, so that the text still reads as a list ("- في درعا: مقتل 3 ...")
                    out.append("- ");
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (isDataCell(element)) {
                cells--;
            } else if (cells == 0 && (BLOCKS.contains(element.normalName()) || CELLS.contains(element.normalName()))) {
                paragraphBreak();
            }
        }
    }

    /**
     * A cell of a table of data, short enough to stay on its row's line; a longer one is a page laid out in a table
     * (an article in a cell), read as a block.
     */
    private boolean isDataCell(Element element) {
        return element != root && CELLS.contains(element.normalName()) && element.text().length() <= DATA_CELL;
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

package org.hasila.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/** Turns a file's bytes into article text and metadata, choosing the route by the media type Tika detects. */
final class ContentExtractor {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)");
    private static final int SNIFF_BYTES = 4096;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MimeTypes mimeTypes = TikaConfig.getDefaultConfig().getMimeRepository();
    private final TikaText tika;
    private final HtmlArticle html = HtmlArticle.standard();
    private final PlainTextCleaner cleaner = PlainTextCleaner.standard();
    private final TextHeader header = TextHeader.standard();

    ContentExtractor(IngestSettings settings) {
        this.tika = new TikaText(settings);
    }

    Content extract(byte[] bytes, String fileName) throws BadInputException {
        MediaType type = detect(bytes, fileName);
        Content content;
        if (type.getSubtype().equals("html") || type.getSubtype().equals("xhtml+xml")) {
            content = fromHtml(bytes);
        } else if (type.getType().equals("text")) {
            content = fromPlainText(bytes);
        } else if (type.equals(MediaType.OCTET_STREAM)) {
            throw new BadInputException("unrecognised binary content (application/octet-stream)");
        } else {
            content = fromTika(bytes, fileName);
        }
        if (content.text().isBlank()) {
            throw new BadInputException("no text could be extracted from " + content.contentType()
                    + " (empty, or images only)");
        }
        return content.orFrom(header.read(content.text()));
    }

    /**
     * The media type Tika detects, or, for plain Arabic text and plain web pages, the one it would detect (see
     * {@link PlainArabicText}, {@link HtmlPage}).
     */
    MediaType detect(byte[] bytes, String fileName) throws BadInputException {
        if (PlainArabicText.isCertain(bytes, fileName, mimeTypes)) {
            return MediaType.TEXT_PLAIN;
        }
        if (HtmlPage.isCertain(bytes, fileName, mimeTypes)) {
            return MediaType.TEXT_HTML;
        }
        return detectWithTika(bytes, fileName);
    }

    /** Tika's answer, always; what {@link #detect} must agree with. */
    MediaType detectWithTika(byte[] bytes, String fileName) throws BadInputException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new BadInputException("media type could not be detected: " + TikaText.oneLine(e.getMessage()), e);
        }
    }

    private Content fromPlainText(byte[] bytes) throws BadInputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);
        if (TextDecoder.score(decoded.text()) < 0) {
            throw new BadInputException("binary or undecodable content in a text file");
        }
        return new Content(cleaner.clean(decoded.text()), "text/plain; charset=" + decoded.charset().name(),
                null, null, null, null);
    }

    private Content fromHtml(byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decodeDeclared(bytes, declaredCharset(bytes));
        HtmlArticle.Extract article = html.extract(decoded.text());
        HtmlMetadata meta = article.metadata();
        return new Content(article.text(), "text/html; charset=" + decoded.charset().name(), meta.title(),
                meta.published(), meta.author(), null);
    }

    private Content fromTika(byte[] bytes, String fileName) throws BadInputException {
        TikaText.Parsed parsed = tika.parse(bytes, fileName);
        Metadata meta = parsed.metadata();
        String title = meta.get(TikaCoreProperties.TITLE);
        String published = meta.get(TikaCoreProperties.CREATED);
        String author = meta.get(TikaCoreProperties.CREATOR);
        String text = cleaner.clean(Paragraphs.normalize(parsed.text()));
        return new Content(text, meta.get(Metadata.CONTENT_TYPE), title, published, author, null);
    }

    /** The charset a page declares in a meta tag, or null; the bytes before it are ASCII in every such page. */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

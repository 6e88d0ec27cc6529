package org.hasila.app.bench;

import java.time.LocalDate;
import java.util.List;

/** One generated report: its headline, publication date, outlet and paragraphs of plain text. */
record Article(String title, LocalDate published, String outlet, String town, String dateLine,
               List<String> paragraphs) {
}

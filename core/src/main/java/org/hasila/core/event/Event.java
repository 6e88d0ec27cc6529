package org.hasila.core.event;

import java.util.List;

/** One incident as reconciled from every document that reports it. */
public record Event(String id, String type, String title, String place, String start, String end,
                   List<String> documents, List<Figure> figures, List<TimelineEntry> timeline) {
}

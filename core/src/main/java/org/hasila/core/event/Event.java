package org.hasila.core.event;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** One incident as reconciled from every document that reports it. */
public record Event(String id, String type, String title, String place, String start, String end,
                   List<String> documents, List<Figure> figures, List<TimelineEntry> timeline) {

    /** The order of a report's events: by start (undated last), then id. */
    public static final Comparator<Event> ORDER = order(Event::start, Event::id);

    /** {@link #ORDER} over anything that knows an event's start and id (a stored event's key, say). */
    public static <T> Comparator<T> order(Function<T, String> start, Function<T, String> id) {
        return Comparator.comparing(start, Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(id);
    }
}

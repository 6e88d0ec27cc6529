package org.hasila.app.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.hasila.core.event.Event;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's events in report order, as a read-only list that reads them from the store when asked: an iteration a
 * page of {@value #PAGE} at a time, {@link #get} one. Nothing is kept between reads, so a report may go through the
 * events as often as it needs (the JSON and the HTML writers each do, on their own threads) holding a page each.
 */
final class StoredEvents extends AbstractList<Event> {

    static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final long jobInstanceId;
    private final int size;

    StoredEvents(JdbcTemplate jdbc, JsonMapper json, long jobInstanceId, int size) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobInstanceId = jobInstanceId;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Event get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return page(index, index + 1).get(0);
    }

    @Override
    public Iterator<Event> iterator() {
        return new Iterator<>() {
            private int next;
            private List<Event> page = List.of();
            private int inPage;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (inPage == page.size()) {
                    page = page(next, Math.min(size, next + PAGE));
                    inPage = 0;
                }
                next++;
                return page.get(inPage++);
            }
        };
    }

    private List<Event> page(int from, int to) {
        List<Event> events = new ArrayList<>(to - from);
        jdbc.query("SELECT BODY FROM HASILA_EVENT WHERE JOB_INSTANCE_ID = ? AND POSITION >= ? AND POSITION < ?"
                + " ORDER BY POSITION", rs -> {
            events.add(json.readValue(rs.getString(1), Event.class));
        }, jobInstanceId, from, to);
        if (events.size() != to - from) {
            throw new IllegalStateException("events " + from + ".." + to + " of run " + jobInstanceId
                    + " are not all stored (" + events.size() + " found): was the reconcile step's result changed?");
        }
        return events;
    }
}

package org.hasila.app.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.hasila.core.event.Event;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's events in report order, as a read-only list that reads them from the store when asked: an iteration a
 * page of {@value #PAGE} at a time, {@link #get} one. Only the order is kept (the rows' seq numbers), so a report may
 * go through the events as often as it needs (the JSON and the HTML writers each do, on their own threads) holding
 * a page each.
 */
final class StoredEvents extends AbstractList<Event> {

    static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final long jobInstanceId;
    private final int[] seqs;
    private final int size;

    /** @param seqs the events' rows (their SEQ), in report order */
    StoredEvents(JdbcTemplate jdbc, JsonMapper json, long jobInstanceId, int[] seqs) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobInstanceId = jobInstanceId;
        this.seqs = seqs.clone();
        this.size = seqs.length;
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

    /** The events from {@code from} to {@code to} (exclusive), read as this list reads them: a page at a time. */
    @Override
    public List<Event> subList(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("from " + from + " to " + to + " of " + size);
        }
        return new StoredEvents(jdbc, json, jobInstanceId, Arrays.copyOfRange(seqs, from, to));
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

    /**
     * The events of rows {@code from} to {@code to} (exclusive) of the order, looked up by their whole key: with
     * {@code JOB_INSTANCE_ID = ? AND SEQ IN (...)} H2 took the key's first column only and tested the list against
     * each of the run's rows, so every page read the whole run again.
     */
    private List<Event> page(int from, int to) {
        List<Object> parameters = new ArrayList<>(2 * (to - from));
        Map<Integer, Event> bySeq = new HashMap<>();
        for (int i = from; i < to; i++) {
            parameters.add(jobInstanceId);
            parameters.add(seqs[i]);
        }
        jdbc.query("SELECT SEQ, BODY FROM HASILA_EVENT WHERE (JOB_INSTANCE_ID, SEQ) IN ("
                + String.join(", ", Collections.nCopies(to - from, "(?, ?)")) + ")", rs -> {
            bySeq.put(rs.getInt(1), json.readValue(rs.getString(2), Event.class));
        }, parameters.toArray());
        List<Event> events = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Event event = bySeq.get(seqs[i]);
            if (event == null) {
                throw new IllegalStateException("event " + seqs[i] + " of run " + jobInstanceId
                        + " is no longer stored: was the run reconciled again while its report was written?");
            }
            events.add(event);
        }
        return events;
    }
}

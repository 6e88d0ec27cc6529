package org.hasila.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hasila.core.concurrent.OrderedWorker;

/**
 * Decodes a cursor's stored bodies on a thread of its own while the cursor's thread reads the next rows, and hands
 * the records on in row order, each with the key it was read with, on the cursor's thread (so that whatever takes
 * them needs no locking). Reading a row from the database and decoding its JSON body cost about the same; a step
 * that reads its cursors on one thread leaves the second core idle otherwise.
 *
 * <p>Bodies go to the decoder {@value #BATCH} at a time and at most {@value #AHEAD} batches are decoded ahead of
 * what has been handed on, so it holds a few hundred records at most whatever the cursor's length. A body that
 * does not decode fails the cursor with the decoder's exception; no record after it is handed on. A cursor known to
 * be short ({@link #forRows}) decodes on its own thread: a thread of its own would cost more than it saves.
 */
final class DecodeAhead<K, T> implements AutoCloseable {

    static final int BATCH = 200;
    static final int AHEAD = 4;

    private final Function<String, T> decode;
    private final BiConsumer<K, T> each;
    private final OrderedWorker<Batch<K, T>> decoder;
    private List<K> keys = new ArrayList<>(BATCH);
    private List<String> bodies = new ArrayList<>(BATCH);

    DecodeAhead(Function<String, T> decode, BiConsumer<K, T> each) {
        this(decode, each, true);
    }

    private DecodeAhead(Function<String, T> decode, BiConsumer<K, T> each, boolean ahead) {
        this.decode = decode;
        this.each = each;
        this.decoder = ahead ? new OrderedWorker<>("hasila-decode", AHEAD, this::handOn) : null;
    }

    /** Decodes ahead when a cursor may return at least {@value #BATCH} rows, on the cursor's thread otherwise. */
    static <K, T> DecodeAhead<K, T> forRows(int atMost, Function<String, T> decode, BiConsumer<K, T> each) {
        return new DecodeAhead<>(decode, each, atMost >= BATCH);
    }

    /** Queues one row's body; records already decoded may be handed on meanwhile, in row order. */
    void add(K key, String body) {
        if (decoder == null) {
            each.accept(key, decode.apply(body));
            return;
        }
        keys.add(key);
        bodies.add(body);
        if (bodies.size() == BATCH) {
            submit();
        }
    }

    /** Hands on every record still queued or being decoded; call it after the cursor's last row. */
    void finish() {
        if (decoder != null) {
            submit();
            decoder.finish();
        }
    }

    @Override
    public void close() {
        if (decoder != null) {
            decoder.close();
        }
    }

    private void submit() {
        if (bodies.isEmpty()) {
            return;
        }
        List<K> batchKeys = keys;
        List<String> batch = bodies;
        decoder.submit(() -> new Batch<>(batchKeys, batch.stream().map(decode).toList()));
        keys = new ArrayList<>(BATCH);
        bodies = new ArrayList<>(BATCH);
    }

    private void handOn(Batch<K, T> batch) {
        for (int i = 0; i < batch.records().size(); i++) {
            each.accept(batch.keys().get(i), batch.records().get(i));
        }
    }

    private record Batch<K, T>(List<K> keys, List<T> records) {
    }
}

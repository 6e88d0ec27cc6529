package org.hasila.app.job;

import java.time.Duration;
import org.springframework.batch.core.listener.ItemProcessListener;

/** Pauses before each document is processed ({@code hasila.item-delay}): a slow process, on purpose, for tests. */
final class ItemDelay implements ItemProcessListener<Object, Object> {

    private final Duration delay;

    ItemDelay(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void beforeProcess(Object item) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.hasila.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tasks run on the worker's thread; their results come back in submission order, on the caller's thread. */
class OrderedWorkerTest {

    final List<Integer> handedOn = new ArrayList<>();
    final List<Thread> handedOnBy = new ArrayList<>();
    final Set<String> ranOn = ConcurrentHashMap.newKeySet();

    void take(Integer result) {
        handedOn.add(result);
        handedOnBy.add(Thread.currentThread());
    }

    @Test
    void resultsComeBackInSubmissionOrderOnTheCallersThreadWhateverTheTasksTake() {
        try (OrderedWorker<Integer> worker = new OrderedWorker<>("test-worker", 3, this::take)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                worker.submit(() -> {
                    ranOn.add(Thread.currentThread().getName());
                    if (n % 7 == 0) {
                        Thread.sleep(2);
                    }
                    return n * n;
                });
            }
            worker.finish();
        }
        assertThat(handedOn).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(handedOn.get(i)).isEqualTo(i * i);
        }
        assertThat(handedOnBy).containsOnly(Thread.currentThread());
        assertThat(ranOn).containsExactly("test-worker");
    }

    @Test
    void noMoreThanAheadTasksWaitToBeHandedOn() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (OrderedWorker<Integer> worker = new OrderedWorker<>("test-worker", 2, this::take)) {
            worker.submit(() -> {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                return 0;
            });
            worker.submit(() -> 1);
            assertThat(handedOn).as("two tasks pending, none handed on yet").isEmpty();
            release.countDown();
            worker.submit(() -> 2);
            assertThat(handedOn).as("a third task hands on the first").containsExactly(0);
            worker.finish();
        }
        assertThat(handedOn).containsExactly(0, 1, 2);
    }

    @Test
    void aFailedTaskFailsTheCallerInItsTurnAndNothingAfterItIsHandedOn() {
        assertThatThrownBy(() -> {
            try (OrderedWorker<Integer> worker = new OrderedWorker<>("test-worker", 2, this::take)) {
                for (int i = 0; i < 10; i++) {
                    int n = i;
                    worker.submit(() -> {
                        if (n == 4) {
                            throw new IllegalStateException("task 4 failed");
                        }
                        return n;
                    });
                }
                worker.finish();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("task 4 failed");
        assertThat(handedOn).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aheadMustBeAtLeastOne() {
        assertThatThrownBy(() -> new OrderedWorker<Integer>("test-worker", 0, this::take))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.thidua.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Failed logins per client address over a sliding window. An address that failed {@code maxFailures}
 * times within {@code window} waits until its oldest failure leaves the window: one machine cannot
 * try passwords quickly across many accounts (the engine's delay is per account). Nothing is
 * locked: the account's owner logs in from anywhere else, and the address itself after the wait.
 *
 * <p>An attempt counts as a failure from the moment it starts until it {@link #succeeded}: a burst
 * of simultaneous attempts gets no more tries than the same attempts one after the other.
 *
 * <p>Time is the engine's clock, which also times the engine's per-account delay: the two windows
 * agree, and a test can move both. Kept in memory per node: several nodes each count on their own.
 */
class AddressLoginThrottle {

    /** An attempt let through (at its start time), or the wait imposed instead. */
    record Attempt(long startedAt, Duration retryAfter) {
        boolean allowed() {
            return retryAfter.isZero();
        }
    }

    /** More addresses than this are pruned of expired entries before one is added. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final long windowMillis;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    AddressLoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.windowMillis = window.toMillis();
    }

    /** Lets the attempt through and counts it, or says how long {@code address} must wait first. */
    Attempt begin(String address) {
        if (failures.size() > PRUNE_ABOVE) {
            prune();
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        long now = now();
        synchronized (times) {
            expire(times, now);
            if (times.size() >= maxFailures) {
                return new Attempt(now, Duration.ofMillis(times.peekFirst() + windowMillis - now));
            }
            times.addLast(now);
            return new Attempt(now, Duration.ZERO);
        }
    }

    /** The attempt logged in: it no longer counts against the address. */
    void succeeded(String address, Attempt attempt) {
        Deque<Long> times = failures.get(address);
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(attempt.startedAt());
            }
        }
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.removeFirst();
        }
    }

    private void prune() {
        long now = now();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }
}

package org.nianbao.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows guessing of the access token. Each address may fail a few times freely; after that it must wait, the wait
 * doubling with each further failure up to a quarter of an hour, and a success clears its count. Failures from all
 * addresses together are also held to a rate, so guessing spread over many addresses gains nothing. Remembers the
 * last 10,000 addresses.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failed logins from everywhere allowed per second, on average. */
    static final int GLOBAL_PER_SECOND = 5;

    private record Record(int failures, long until) {
    }

    private final LongSupplier clock;
    private final Map<String, Record> byClient = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > 10_000;
        }
    };
    private long globalAllowance = GLOBAL_PER_SECOND;
    private long globalRefilled;

    LoginThrottle(LongSupplier millisClock) {
        this.clock = millisClock;
        this.globalRefilled = millisClock.getAsLong();
    }

    LoginThrottle() {
        this(System::currentTimeMillis);
    }

    /** How long this client must wait before its next try; zero when it may try now. */
    synchronized Duration wait(String client) {
        long now = clock.getAsLong();
        Record r = byClient.get(client);
        long mine = r == null ? 0 : Math.max(0, r.until() - now);
        refill(now);
        long global = globalAllowance > 0 ? 0 : 1000 / GLOBAL_PER_SECOND;
        return Duration.ofMillis(Math.max(mine, global));
    }

    synchronized void failed(String client) {
        long now = clock.getAsLong();
        refill(now);
        globalAllowance--;
        Record r = byClient.getOrDefault(client, new Record(0, 0));
        int failures = r.failures() + 1;
        long wait = failures <= FREE_FAILURES ? 0
                : Math.min(LONGEST_WAIT.toMillis(), 1000L << Math.min(20, failures - FREE_FAILURES - 1));
        byClient.put(client, new Record(failures, now + wait));
    }

    synchronized void succeeded(String client) {
        byClient.remove(client);
    }

    private void refill(long now) {
        long add = (now - globalRefilled) * GLOBAL_PER_SECOND / 1000;
        if (add > 0) {
            globalAllowance = Math.min(GLOBAL_PER_SECOND * 10L, globalAllowance + add);
            globalRefilled = now;
        }
    }
}

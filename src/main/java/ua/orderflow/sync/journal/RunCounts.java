package ua.orderflow.sync.journal;

import java.util.concurrent.atomic.AtomicInteger;

/** What a run went through; counted as the run goes, by every thread of its page, read once at its end. */
public final class RunCounts {

    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();

    public void countSeen() {
        seen.incrementAndGet();
    }

    public void countImported() {
        imported.incrementAndGet();
    }

    public void countUpdated() {
        updated.incrementAndGet();
    }

    public void countWarning() {
        warnings.incrementAndGet();
    }

    public int seen() {
        return seen.get();
    }

    public int imported() {
        return imported.get();
    }

    public int updated() {
        return updated.get();
    }

    public int warnings() {
        return warnings.get();
    }
}

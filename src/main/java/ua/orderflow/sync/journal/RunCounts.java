package ua.orderflow.sync.journal;

/** What a run went through; counted as the run goes, read once at its end. */
public final class RunCounts {

    private int seen;
    private int imported;
    private int updated;
    private int warnings;

    public void countSeen() {
        seen++;
    }

    public void countImported() {
        imported++;
    }

    public void countUpdated() {
        updated++;
    }

    public void countWarning() {
        warnings++;
    }

    public int seen() {
        return seen;
    }

    public int imported() {
        return imported;
    }

    public int updated() {
        return updated;
    }

    public int warnings() {
        return warnings;
    }
}

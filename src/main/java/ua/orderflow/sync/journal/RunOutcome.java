package ua.orderflow.sync.journal;

/** How a sync run ended: only OK and WITH_WARNINGS move the shop's window. */
public enum RunOutcome {
    RUNNING,
    OK,
    WITH_WARNINGS,
    FAILED;

    public boolean movesWindow() {
        return this == OK || this == WITH_WARNINGS;
    }
}

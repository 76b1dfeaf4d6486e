package ua.orderflow.sync.journal;

/** How much a journal event matters to a supervisor. */
public enum Severity {
    INFO,
    WARN,
    ERROR
}

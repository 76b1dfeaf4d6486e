package ua.orderflow.accounting;

/** Why a catalogue line cannot be imported, in Ukrainian; the import reports it and goes on. */
final class BadRow extends Exception {

    BadRow(String message) {
        // thousands of these in one file are routine: no stack trace to fill
        super(message, null, false, false);
    }
}

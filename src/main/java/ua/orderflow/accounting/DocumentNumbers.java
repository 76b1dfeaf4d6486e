package ua.orderflow.accounting;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Document numbers per kind and year without gaps, e.g. РФ-2026-000001. The counter row is updated
 * in the document's own transaction, so a rolled-back document gives its number back; and only just
 * before that transaction commits, because its row lock holds until the commit and every document of
 * the kind waits on it. Taken at the start, it made every job that issues a document wait for every
 * other one's whole transaction (the benchmark's lifecycle spent 91 of its 126 ms of database time per
 * order waiting there).
 */
@Component
class DocumentNumbers {

    static final String INVOICE = "РФ";
    static final String EXPENSE_NOTE = "ВН";
    static final String RETURN_NOTE = "ПН";

    private final JdbcClient jdbc;
    private final SeparateInsert separately;

    DocumentNumbers(JdbcClient jdbc, SeparateInsert separately) {
        this.jdbc = jdbc;
        this.separately = separately;
    }

    /**
     * A number for the document the caller is about to insert into {@code table} with the returned
     * placeholder in its {@code number} column (unique, and seen by no one else before the commit);
     * the real number replaces it just before the transaction commits.
     */
    Pending next(String kind, int year, String table) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a document is numbered in the transaction that writes it");
        }
        Pending pending = new Pending(kind + "-" + year + "-?" + UUID.randomUUID().toString().substring(0, 18),
                new DocumentNumber());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                String number = take(kind, year);
                jdbc.sql("update " + table + " set number = :number where number = :placeholder")
                        .param("number", number).param("placeholder", pending.placeholder()).update();
                pending.number().take(number);
            }
        });
        return pending;
    }

    private String take(String kind, int year) {
        if (increment(kind, year) == 0) {
            separately.unlessPresent(() -> jdbc.sql("insert into document_counter (kind, doc_year, last_value) values (:kind, :year, 0)")
                    .param("kind", kind).param("year", year).update());
            increment(kind, year);
        }
        int value = jdbc.sql("select last_value from document_counter where kind = :kind and doc_year = :year")
                .param("kind", kind).param("year", year).query(Integer.class).single();
        return String.format("%s-%d-%06d", kind, year, value);
    }

    private int increment(String kind, int year) {
        return jdbc.sql("update document_counter set last_value = last_value + 1 where kind = :kind and doc_year = :year")
                .param("kind", kind).param("year", year).update();
    }

    /** The placeholder to insert now, and the number that replaces it at commit. */
    record Pending(String placeholder, DocumentNumber number) {
    }
}

package ua.orderflow.accounting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Document numbers per kind and year without gaps, e.g. РФ-2026-000001: the counter row is updated
 * in the document's own transaction, so a rolled-back document gives its number back.
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

    String next(String kind, int year) {
        separately.unlessPresent(() -> jdbc.sql("insert into document_counter (kind, doc_year, last_value) values (:kind, :year, 0)")
                .param("kind", kind).param("year", year).update());
        // the row lock taken here holds until the document commits: numbers stay gap-free
        jdbc.sql("update document_counter set last_value = last_value + 1 where kind = :kind and doc_year = :year")
                .param("kind", kind).param("year", year).update();
        int value = jdbc.sql("select last_value from document_counter where kind = :kind and doc_year = :year")
                .param("kind", kind).param("year", year).query(Integer.class).single();
        return String.format("%s-%d-%06d", kind, year, value);
    }
}

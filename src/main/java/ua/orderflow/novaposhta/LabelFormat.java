package ua.orderflow.novaposhta;

/** The printed forms of a waybill (novaposhta-api.md §4.5), by their path on the cabinet host. */
public enum LabelFormat {
    /** The 100×100 mm sticker for a label printer. */
    STICKER_100X100("printMarking100x100"),
    /** The waybill itself on A4. */
    A4("printDocument");

    private final String path;

    LabelFormat(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}

package ua.orderflow.novaposhta;

import java.util.List;

/** Nova Poshta answered with an error, or could not be reached. */
public class NovaPoshtaException extends RuntimeException {

    private final List<String> codes;

    public NovaPoshtaException(String message, List<String> codes, Throwable cause) {
        super(message, cause);
        this.codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** Nova Poshta's 11-digit error codes, as strings. */
    public List<String> codes() {
        return codes;
    }

    /**
     * Nova Poshta refused the request itself (a bad phone, the branch's weight limit, an unknown
     * city): a person has to change something. {@code reason} is Nova Poshta's own text.
     */
    public static class Refused extends NovaPoshtaException {
        private final String reason;

        public Refused(String reason, List<String> codes) {
            super("Nova Poshta refused: " + reason + " " + codes, codes, null);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The API key is missing, unknown or expired (20000200069, 20000200068, 20000201204). */
    public static class KeyRefused extends NovaPoshtaException {
        public KeyRefused(String message, List<String> codes) {
            super(message, codes, null);
        }
    }

    /** Nova Poshta is down, slow or answered something that is not its envelope: worth retrying. */
    public static class Unavailable extends NovaPoshtaException {
        public Unavailable(String message, Throwable cause) {
            super(message, List.of(), cause);
        }
    }
}

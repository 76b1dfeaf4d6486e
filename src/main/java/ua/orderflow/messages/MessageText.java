package ua.orderflow.messages;

/**
 * The checks a message to a buyer passes before it is queued, worded for the manager who typed it.
 * ROZETKA refuses an empty body (1001 required_parameter); the length limit is ours. HTML and emoji
 * go as typed: the desk escapes what it shows, and ROZETKA's chat is plain text.
 */
public final class MessageText {

    private MessageText() {
    }

    /** Thrown with the Ukrainian reason a manager reads in Tasklist or on the desk. */
    public static class Refused extends IllegalArgumentException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** The text to send, trimmed; refused when empty or longer than {@code maxLength}. */
    public static String checked(String body, int maxLength) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Refused("Повідомлення покупцю порожнє: ROZETKA не приймає повідомлення без тексту");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new Refused("Повідомлення покупцю задовге: " + length + " символів, можна щонайбільше " + maxLength
                    + ". Скоротіть його");
        }
        return text;
    }

    /** A message quoted in one journal line: on one line, at most {@code max} characters. */
    public static String quoted(String body, int max) {
        String line = (body == null ? "" : body).replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "«(порожнє повідомлення)»";
        }
        return "«" + (line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max)) + "…") + "»";
    }
}

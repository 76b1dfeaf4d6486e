package ua.orderflow.sandbox.rozetka.order;

/** ROZETKA's user object; {@code email} may literally be the string "true" (a live quirk). */
public record Buyer(long userId, Person person, String email) {

    public boolean hasEmail() {
        return email != null && !email.isEmpty();
    }
}

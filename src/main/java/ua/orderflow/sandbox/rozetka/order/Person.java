package ua.orderflow.sandbox.rozetka.order;

/** A buyer or recipient: Ukrainian name parts and a phone as ROZETKA sends it (380XXXXXXXXX). */
public record Person(String firstName, String lastName, String secondName, String phone) {

    /** "Last First Middle", as ROZETKA composes full_name. */
    public String fullName() {
        return (lastName + " " + firstName + " " + secondName).trim();
    }
}

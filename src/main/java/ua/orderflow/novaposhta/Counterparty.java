package ua.orderflow.novaposhta;

/** A counterparty's Ref and the Ref of its contact person (Sender/ContactSender, Recipient/ContactRecipient). */
public record Counterparty(String ref, String contact) {
}

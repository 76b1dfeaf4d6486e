package ua.orderflow.novaposhta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One contract for the Nova Poshta client, run against WireMock stubs built from the reference's
 * examples and against the sandbox over HTTP. Each case is a fact of novaposhta-api.md the client
 * relies on.
 */
abstract class NovaPoshtaClientContract {

    static final String RECIPIENT_PHONE = "380671112233";

    /** A client with the account's key. */
    abstract NovaPoshtaClient client();

    /** A client with this key instead ("" for none). */
    abstract NovaPoshtaClient clientWithKey(String key);

    /** The key Nova Poshta calls expired. */
    abstract String expiredKey();

    /** The sender's city and branch Refs, and a branch Ref of the recipient's city. */
    abstract String senderCity();

    abstract String senderBranch();

    abstract String recipientBranch();

    /** The number of {@link #recipientBranch()} among Lviv's branches. */
    abstract String recipientBranchNumber();

    /** Nova Poshta's "today", on which a waybill may be dated. */
    abstract LocalDate today();

    /** The next {@code times} calls of this method answer HTTP 503. */
    abstract void methodFails(String modelDotMethod, int times);

    @Test
    void aMissingAnUnknownAndAnExpiredKeyAreRefusedByCodeWithHttp200() {
        assertThatThrownBy(() -> clientWithKey("").senders()).isInstanceOf(NovaPoshtaException.KeyRefused.class)
                .satisfies(e -> assertThat(((NovaPoshtaException) e).codes()).containsExactly("20000200069"));
        assertThatThrownBy(() -> clientWithKey("not-a-key").senders()).isInstanceOf(NovaPoshtaException.KeyRefused.class)
                .satisfies(e -> assertThat(((NovaPoshtaException) e).codes()).containsExactly("20000200068"));
        assertThatThrownBy(() -> clientWithKey(expiredKey()).senders()).isInstanceOf(NovaPoshtaException.KeyRefused.class)
                .satisfies(e -> assertThat(((NovaPoshtaException) e).codes()).containsExactly("20000201204"));
    }

    @Test
    void theSenderAndItsContactAreFoundWithTheKey() {
        List<String> senders = client().senders();
        assertThat(senders).isNotEmpty().allSatisfy(ref -> assertThat(ref).matches(UUID));
        List<NovaPoshtaClient.Contact> contacts = client().contacts(senders.get(0));
        assertThat(contacts).isNotEmpty();
        assertThat(contacts.get(0).ref()).matches(UUID);
        assertThat(contacts.get(0).phone()).matches("380\\d{9}");
    }

    @Test
    void aCityNameGivesTheCityRefAndAnUnknownNameNone() {
        assertThat(client().cityRef("Київ")).hasValue(senderCity());
        assertThat(client().cityRef("Атлантида")).isEmpty();
    }

    @Test
    void aWaybillIsCreatedFoundAgainByItsOrderAndDeletedBeforeHandover() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        assertThat(recipient.ref()).matches(UUID);
        assertThat(recipient.contact()).matches(UUID);

        Waybill waybill = np.create(request("812345601", recipient, new BigDecimal("0.5"), RECIPIENT_PHONE));
        assertThat(waybill.number()).matches("\\d{14}");
        assertThat(waybill.ref()).matches(UUID);
        assertThat(waybill.deliveryCost()).isPositive();
        assertThat(np.findForOrder("812345601", today().minusDays(3), today())).get()
                .extracting(Waybill::number).isEqualTo(waybill.number());
        assertThat(np.findForOrder("999999999", today().minusDays(3), today())).isEmpty();

        Parcel created = np.track(List.of(new NovaPoshtaClient.Query(waybill.number(), RECIPIENT_PHONE))).get(0);
        assertThat(created.statusCode()).isEqualTo(1);
        assertThat(created.handedOver()).isFalse();
        assertThat(created.full()).isTrue();

        np.delete(waybill.ref());
        assertThat(np.track(List.of(new NovaPoshtaClient.Query(waybill.number(), RECIPIENT_PHONE))).get(0).statusCode())
                .isEqualTo(2);
    }

    @Test
    void novaPoshtasRefusalsComeWithItsOwnTextAndCode() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        assertThatThrownBy(() -> np.create(request("812345602", recipient, new BigDecimal("40"), RECIPIENT_PHONE)))
                .isInstanceOfSatisfying(NovaPoshtaException.Refused.class, e -> {
                    assertThat(e.codes()).containsExactly("20000201162");
                    assertThat(e.reason()).isEqualTo("Warehouse place max allowed weight: 30");
                });
        assertThatThrownBy(() -> np.recipient("Іван", "Петренко", "", "12345"))
                .isInstanceOfSatisfying(NovaPoshtaException.Refused.class,
                        e -> assertThat(e.codes()).containsExactly("20000100018"));
    }

    @Test
    void anUnknownNumberStillGetsARowAndAWrongPhoneAShortOne() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        Waybill waybill = np.create(request("812345603", recipient, new BigDecimal("1"), RECIPIENT_PHONE));
        List<Parcel> rows = np.track(List.of(new NovaPoshtaClient.Query("20450000000000", ""),
                new NovaPoshtaClient.Query(waybill.number(), "380990000000")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).statusCode()).isEqualTo(3);
        assertThat(rows.get(1).number()).isEqualTo(waybill.number());
        assertThat(rows.get(1).full()).isFalse();
    }

    @Test
    void moreThanAHundredNumbersAreNeverSentInOneCall() {
        List<NovaPoshtaClient.Query> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(new NovaPoshtaClient.Query(String.format("2045%010d", i), ""));
        }
        assertThatThrownBy(() -> client().track(many)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client().track(many.subList(0, 100))).hasSize(100);
    }

    @Test
    void bothLabelsAreRealPdfs() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        Waybill waybill = np.create(request("812345604", recipient, new BigDecimal("1"), RECIPIENT_PHONE));
        for (LabelFormat format : LabelFormat.values()) {
            byte[] pdf = np.label(waybill.ref(), format);
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(new String(pdf, pdf.length - 6, 5)).isEqualTo("%%EOF");
        }
        assertThatThrownBy(() -> np.label("00000000-0000-0000-0000-000000000000", LabelFormat.A4))
                .isInstanceOf(NovaPoshtaException.Refused.class);
    }

    @Test
    void aBranchIsFoundInItsCityAndInNoOther() {
        NovaPoshtaClient np = client();
        String lviv = np.cityRef("Львів").orElseThrow();
        assertThat(np.warehouses(lviv, recipientBranchNumber())).extracting(NovaPoshtaClient.Warehouse::ref)
                .contains(recipientBranch());
        assertThat(np.warehouses(senderCity(), recipientBranchNumber())).extracting(NovaPoshtaClient.Warehouse::ref)
                .doesNotContain(recipientBranch());
    }

    @Test
    void theDaysRegisterTakesTheWaybillsAndPrints() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        Waybill waybill = np.create(request("812345606", recipient, new BigDecimal("1"), RECIPIENT_PHONE));
        NovaPoshtaClient.Register register = np.register(List.of(waybill.ref()), today(), null);
        assertThat(register.ref()).matches(UUID);
        assertThat(register.number()).isNotBlank();
        assertThat(np.register(List.of(waybill.ref()), today(), register.ref()).ref()).isEqualTo(register.ref());
        byte[] pdf = np.registerPdf(register.ref());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aCourierWaybillGoesToTheDoorAndPaymentControlIsOffered() {
        NovaPoshtaClient np = client();
        Counterparty recipient = np.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        WaybillRequest branch = request("812345607", recipient, new BigDecimal("1"), RECIPIENT_PHONE);
        WaybillRequest door = new WaybillRequest(branch.orderId(), branch.shipOn(), branch.payerType(),
                branch.paymentMethod(), branch.cargoType(), branch.weight(), branch.seats(), branch.description(),
                branch.declaredValue(), branch.cashOnDelivery(), branch.citySender(), branch.sender(),
                branch.senderAddress(), branch.contactSender(), branch.sendersPhone(), branch.cityRecipient(),
                branch.recipient(), null, branch.contactRecipient(), branch.recipientsPhone(),
                new WaybillRequest.Door("Львів", "вул. Городоцька", "120", "5"), true);
        assertThat(np.create(door).number()).matches("\\d{14}");
        assertThat(np.canPaymentControl(np.senders().get(0))).isTrue();
    }

    @Test
    void novaPoshtaDownIsUnavailableNotARefusal() {
        methodFails("InternetDocument.getDocumentList", 1);
        assertThatThrownBy(() -> client().findForOrder("812345605", today(), today()))
                .isInstanceOf(NovaPoshtaException.Unavailable.class);
    }

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    WaybillRequest request(String order, Counterparty recipient, BigDecimal weight, String phone) {
        NovaPoshtaClient np = client();
        String sender = np.senders().get(0);
        NovaPoshtaClient.Contact contact = np.contacts(sender).get(0);
        return new WaybillRequest(order, today(), "Recipient", "Cash", "Parcel", weight, 1, "Навушники",
                new BigDecimal("1199"), new BigDecimal("1199"), senderCity(), sender, senderBranch(), contact.ref(),
                contact.phone(), np.cityRef("Львів").orElseThrow(), recipient.ref(), recipientBranch(),
                recipient.contact(), phone, null, false);
    }
}

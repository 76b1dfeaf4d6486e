package ua.orderflow.novaposhta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import com.fasterxml.jackson.databind.ObjectMapper;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.shop.Shops;

/**
 * The client contract against WireMock stubs shaped like novaposhta-api.md's examples: the nine-key
 * envelope with HTTP 200 on failure, 11-digit codes, strings for numbers with the captured exceptions,
 * the four date formats, the short row and its ID_ warning, labels from the cabinet host.
 */
class NovaPoshtaClientWireMockTest extends NovaPoshtaClientContract {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String SENDER = "6e9acced-d072-11e3-95eb-0050568046cd";
    private static final String CONTACT = "6e9b0d9a-d072-11e3-95eb-0050568046cd";
    private static final String KYIV = "8d5a980d-391c-11dd-90d9-001a92567626";
    private static final String LVIV = "db5c88f5-391c-11dd-90d9-001a92567626";
    private static final String BRANCH = "1ec09d88-e1c2-11e3-8c4a-0050568002cf";
    private static final String LVIV_BRANCH = "7b422fc5-e1b8-11e3-8c4a-0050568002cf";
    private static final String RECIPIENT = "e7c1b8f2-5f7e-11ec-8513-b88303659df5";
    private static final String RECIPIENT_CONTACT = "e7c3a5c6-5f7e-11ec-8513-b88303659df5";
    private static final String WAYBILL = "9a7b5e1c-2b6f-11ee-a60f-48df37b921db";
    private static final String NUMBER = "20450000000101";
    private static final String REGISTER = "5f0c3b7e-2b6f-11ee-a60f-48df37b921db";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private WireMockServer np;

    @BeforeEach
    void startNovaPoshta() {
        np = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        np.start();
        keyChecks();
        method("Counterparty.getCounterparties", ok("""
                [{"Description":"ФОП Коваль О. П.","Ref":"%s","City":"%s","Counterparty":"%s","FirstName":"",
                  "LastName":"","MiddleName":"","OwnershipFormRef":"","EDRPOU":"3012345678",
                  "CounterpartyType":"PrivatePerson"}]""".formatted(SENDER, KYIV, SENDER)));
        method("Counterparty.getCounterpartyContactPersons", ok("""
                [{"Description":"Коваль Олена Петрівна","Ref":"%s","Phones":"380501234567","Email":"",
                  "LastName":"Коваль","FirstName":"Олена","MiddleName":"Петрівна"}]""".formatted(CONTACT)));
        stub(method("Address.searchSettlements").withRequestBody(matchingJsonPath("$.methodProperties.CityName",
                equalTo("Київ"))), ok(settlement("Київ", KYIV)));
        stub(method("Address.searchSettlements").withRequestBody(matchingJsonPath("$.methodProperties.CityName",
                equalTo("Львів"))), ok(settlement("Львів", LVIV)));
        stub(method("Address.searchSettlements").atPriority(8), ok("[{\"TotalCount\":0,\"Addresses\":[]}]"));
        stub(method("Counterparty.save"), ok("""
                [{"Ref":"%s","Description":"Приватна особа","FirstName":"Іван","MiddleName":"Іванович",
                  "LastName":"Петренко","Counterparty":"%s","OwnershipForm":"","EDRPOU":"",
                  "CounterpartyType":"PrivatePerson",
                  "ContactPerson":{"success":true,"data":[{"Description":"Петренко Іван Іванович","Ref":"%s",
                    "LastName":"Петренко","FirstName":"Іван","MiddleName":"Іванович"}],"errors":[],"warnings":[],
                    "info":[]}}]""".formatted(RECIPIENT, RECIPIENT, RECIPIENT_CONTACT)));
        stub(method("Counterparty.save").atPriority(2).withRequestBody(matchingJsonPath("$.methodProperties.Phone",
                equalTo("12345"))), error("The phone number is invalid", "20000100018"));
        // save as ROZETKA's proxy relays it: CostOnSite a number, the estimated date dotted
        stub(method("InternetDocument.save"), ok("""
                [{"Ref":"%s","CostOnSite":107,"EstimatedDeliveryDate":"16.03.2025","IntDocNumber":"%s",
                  "TypeDocument":"InternetDocument"}]""".formatted(WAYBILL, NUMBER)));
        stub(method("InternetDocument.save").atPriority(2).withRequestBody(matchingJsonPath("$.methodProperties.Weight",
                equalTo("40"))), error("Warehouse place max allowed weight: 30", "20000201162"));
        stub(method("InternetDocument.getDocumentList"), ok("""
                [{"Ref":"%s","IntDocNumber":"%s","DateTime":"14.03.2025 00:00:00","EWDateCreated":"2025-03-14 10:12:00",
                  "Cost":"1199","CostOnSite":"107","PayerType":"Recipient","PaymentMethod":"Cash",
                  "AfterpaymentOnGoodsCost":"","CityRecipient":"%s","RecipientAddress":"%s",
                  "InfoRegClientBarcodes":"812345601","StateId":"1","StateName":"Відправник самостійно створив цю накладну, але ще не надав до відправки"}]"""
                .formatted(WAYBILL, NUMBER, LVIV, LVIV_BRANCH)));
        np.stubFor(method("InternetDocument.delete").inScenario("parcel").willSetStateTo("deleted")
                .willReturn(okJson(ok("[{\"Ref\":\"" + WAYBILL + "\"}]"))));
        // a city's branches with the directory's paging total in info, as the [U] fixture has it
        stub(method("Address.getWarehouses").withRequestBody(matchingJsonPath("$.methodProperties.CityRef",
                equalTo(LVIV))), okWithInfo("""
                [{"Ref":"%s","Description":"Відділення №12 (до 30 кг на одне місце): вул. Городоцька, 120",
                  "ShortAddress":"Львів, Городоцька, 120","Number":"12","CityRef":"%s","CityDescription":"Львів",
                  "TypeOfWarehouse":"841339c7-591a-42e2-8233-7a0a00f0ed6f","PlaceMaxWeightAllowed":"30",
                  "TotalMaxWeightAllowed":"0","WarehouseStatus":"Working"}]""".formatted(LVIV_BRANCH, LVIV), 1));
        stub(method("Address.getWarehouses").atPriority(8), okWithInfo("[]", 0));
        method("Counterparty.getCounterpartyOptions", ok("""
                [{"CanAfterpaymentOnGoodsCost":true,"CanNonCashPayment":true,"CanPayTheThirdPerson":false}]"""));
        method("ScanSheet.insertDocuments", ok("""
                [{"Ref":"%s","Number":"105-00003134","Date":"14.03.2025"}]""".formatted(REGISTER)));
        np.stubFor(get(urlPathMatching("/scanSheet/printScanSheet/refs.*/" + REGISTER + "/type/pdf/apiKey/" + KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(PDF)));
        tracking();
        np.stubFor(get(urlPathMatching("/orders/(printMarking100x100|printDocument)/orders.*/" + WAYBILL
                + "/type/pdf/apiKey/" + KEY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(PDF)));
        np.stubFor(get(urlPathMatching("/orders/.*")).atPriority(9).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Not found</body></html>")));
    }

    @AfterEach
    void stopNovaPoshta() {
        np.stop();
    }

    /** The captured answer's shape, typing quirks included, for a cash-on-delivery parcel paid out. */
    @Test
    void aCapturedTrackingRowIsReadWithItsFourDateFormatsAndMixedTypes() {
        Parcel parcel = client().track(List.of(new NovaPoshtaClient.Query("20450582687146", "380671112233"))).get(0);
        assertThat(parcel.statusCode()).isEqualTo(11);
        assertThat(parcel.paidOut()).isTrue();
        assertThat(parcel.documentCost()).isEqualByComparingTo("115");
        assertThat(parcel.amountToPay()).isEqualByComparingTo("0");
        assertThat(parcel.redelivery()).isTrue();
        assertThat(parcel.moneyTransfer()).isEqualTo("59000904533318");
        assertThat(parcel.scheduledDelivery()).isEqualTo(LocalDateTime.of(2022, 9, 2, 12, 0));
        assertThat(parcel.actualDelivery()).isEqualTo(LocalDateTime.of(2022, 9, 2, 16, 8, 33));
        assertThat(parcel.receivedAt()).isEqualTo(LocalDateTime.of(2022, 9, 2, 16, 8, 16));
        assertThat(parcel.firstStorageDay()).isEqualTo(LocalDate.of(2022, 9, 10));
        assertThat(parcel.full()).isTrue();
    }

    @Test
    void theBodyCarriesTheKeyTheModelTheMethodAndStringsForNumbers() {
        NovaPoshtaClient client = client();
        Counterparty recipient = client.recipient("Іван", "Петренко", "Іванович", RECIPIENT_PHONE);
        client.create(request("812345601", recipient, new BigDecimal("0.50"), RECIPIENT_PHONE));
        np.verify(postRequestedFor(urlPathMatching("/v2.0/json/InternetDocument/save"))
                .withRequestBody(matchingJsonPath("$.apiKey", equalTo(KEY)))
                .withRequestBody(matchingJsonPath("$.methodProperties.Weight", equalTo("0.5")))
                .withRequestBody(matchingJsonPath("$.methodProperties.SeatsAmount", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.methodProperties.Cost", equalTo("1199")))
                .withRequestBody(matchingJsonPath("$.methodProperties.DateTime", equalTo("14.03.2025")))
                .withRequestBody(matchingJsonPath("$.methodProperties.InfoRegClientBarcodes", equalTo("812345601")))
                .withRequestBody(matchingJsonPath("$.methodProperties.BackwardDeliveryData[0].RedeliveryString",
                        equalTo("1199"))));
    }

    @Override
    NovaPoshtaClient client() {
        return clientWithKey(KEY);
    }

    @Override
    NovaPoshtaClient clientWithKey(String key) {
        return new NovaPoshtaClients(new Shops(List.of()), new ObjectMapper(), new MockEnvironment())
                .create(new NovaPoshtaAccount(np.baseUrl() + "/v2.0/json", np.baseUrl(), key, null, null, null));
    }

    @Override
    String expiredKey() {
        return "expired0123456789abcdef012345678";
    }

    @Override
    String senderCity() {
        return KYIV;
    }

    @Override
    String senderBranch() {
        return BRANCH;
    }

    @Override
    String recipientBranch() {
        return LVIV_BRANCH;
    }

    @Override
    String recipientBranchNumber() {
        return "12";
    }

    @Override
    LocalDate today() {
        return TODAY;
    }

    @Override
    void methodFails(String modelDotMethod, int times) {
        stub(method(modelDotMethod).atPriority(1), null);
    }

    private void keyChecks() {
        for (String[] refusal : new String[][] {{"", "apiKey is empty", "20000200069"},
                {"not-a-key", "API auth fail", "20000200068"}, {expiredKey(), "API key expired", "20000201204"}}) {
            np.stubFor(post(urlPathMatching("/v2.0/json/.*")).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.apiKey", equalTo(refusal[0])))
                    .withRequestBody(matchingJsonPath("$.modelName", equalTo("Counterparty")))
                    .willReturn(okJson(error(refusal[1], refusal[2]))));
        }
    }

    private void tracking() {
        String created = row(NUMBER, "1", "Відправник самостійно створив цю накладну, але ще не надав до відправки");
        np.stubFor(method("TrackingDocument.getStatusDocuments").inScenario("parcel").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[0].DocumentNumber", equalTo(NUMBER)))
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[0].Phone", equalTo(RECIPIENT_PHONE)))
                .willReturn(okJson(ok("[" + created + "]"))));
        np.stubFor(method("TrackingDocument.getStatusDocuments").inScenario("parcel").whenScenarioStateIs("deleted")
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[0].DocumentNumber", equalTo(NUMBER)))
                .willReturn(okJson(ok("[" + row(NUMBER, "2", "Видалено") + "]"))));
        stub(method("TrackingDocument.getStatusDocuments")
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[0].DocumentNumber",
                        equalTo("20450582687146"))), ok("[" + CAPTURED + "]"));
        // the unknown number gets a row with "3"; the wrong phone a shorter row and an ID_ warning
        stub(method("TrackingDocument.getStatusDocuments").atPriority(3)
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[1].Phone", equalTo("380990000000"))),
                envelope(true, "[" + unknown("20450000000000") + ",{\"Number\":\"" + NUMBER + "\",\"StatusCode\":\"1\","
                        + "\"Status\":\"Відправник самостійно створив цю накладну, але ще не надав до відправки\","
                        + "\"ScheduledDeliveryDate\":\"16-03-2025 12:00:00\",\"CityRecipient\":\"Львів\"}]",
                        "[{\"ID_" + NUMBER + "\":\"Please enter a valid phone number of the sender or recipient\"}]"));
        StringBuilder hundred = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            hundred.append(i == 0 ? "" : ",").append(unknown(String.format("2045%010d", i)));
        }
        stub(method("TrackingDocument.getStatusDocuments").atPriority(2)
                .withRequestBody(matchingJsonPath("$.methodProperties.Documents[99]")), ok(hundred + "]"));
    }

    private static String unknown(String number) {
        return "{\"Number\":\"" + number + "\",\"StatusCode\":\"3\",\"Status\":\"Номер не знайдено\"}";
    }

    private static String row(String number, String code, String status) {
        return """
                {"Number":"%s","StatusCode":"%s","Status":"%s","ScheduledDeliveryDate":"16-03-2025 12:00:00",
                 "DocumentCost":"107","DocumentWeight":1,"CheckWeight":0,"Redelivery":1,"RedeliverySum":1199,
                 "AmountToPay":"1199","AmountPaid":"0","PhoneRecipient":"380671112233","CityRecipient":"Львів",
                 "LastCreatedOnTheBasisDocumentType":"","LastCreatedOnTheBasisNumber":"","DateFirstDayStorage":""}"""
                .formatted(number, code, status);
    }

    /** [SKIT]'s captured getStatusDocuments row, cut to the fields the client reads, quirks kept. */
    private static final String CAPTURED = """
            {"PossibilityCreateReturn":true,"PossibilityCreateRefusal":false,"PossibilityChangeEW":false,
             "PossibilityCreateRedirecting":false,"Number":"20450582687146","Redelivery":1,"RedeliverySum":2000,
             "RedeliveryNum":"59000904533318","RedeliveryPayer":"Recipient","OwnerDocumentType":"",
             "LastCreatedOnTheBasisDocumentType":"RedeliveryGM","LastCreatedOnTheBasisPayerType":"Recipient",
             "LastCreatedOnTheBasisDateTime":"02-09-2022 16:08:33","LastTransactionStatusGM":"Отримано",
             "LastTransactionDateTimeGM":"2022-09-02 16:08:33","LastAmountTransferGM":"2000.000",
             "LastAmountReceivedCommissionGM":60,"LastCreatedOnTheBasisNumber":"59000904533318",
             "DateCreated":"01-09-2022 10:10:10","DocumentWeight":5,"FactualWeight":"3.00","CheckWeight":0,
             "SumBeforeCheckWeight":115,"DocumentCost":"115","PayerType":"Recipient","RecipientFullName":"Петренко Іван",
             "RecipientDateTime":"02.09.2022 16:08:16","ScheduledDeliveryDate":"02-09-2022 12:00:00",
             "PaymentMethod":"Cash","CargoDescriptionString":"Навушники","CargoType":"Parcel",
             "CitySender":"Київ","CityRecipient":"Львів","WarehouseRecipient":"Відділення №25",
             "WarehouseRecipientNumber":25,"WarehouseRecipientRef":"7b422fc5-e1b8-11e3-8c4a-0050568002cf",
             "RefCityRecipient":"db5c88f5-391c-11dd-90d9-001a92567626","ActualDeliveryDate":"2022-09-02 16:08:33",
             "TrackingUpdateDate":"2022-09-02 16:08:33","DateScan":"16:08 02.09.2022","DateFirstDayStorage":"2022-09-10",
             "AmountToPay":"0","AmountPaid":"2000","StatusCode":"11",
             "Status":"Відправлення отримано. Грошовий переказ видано одержувачу","UndeliveryReasons":"",
             "PostomatV3CellReservationNumber":false,"AviaDelivery":0,"PhoneRecipient":"380671112233"}""";

    private static String settlement(String city, String ref) {
        return """
                [{"TotalCount":1,"Addresses":[{"Present":"м. %s","Warehouses":25,"MainDescription":"%s","Area":"",
                  "Region":"","SettlementTypeCode":"м.","Ref":"e718a680-4b33-11e4-ab6d-005056801329",
                  "DeliveryCity":"%s","AddressDeliveryAllowed":true,"StreetsAvailability":true}]}]"""
                .formatted(city, city, ref);
    }

    private MappingBuilder method(String modelDotMethod) {
        String[] parts = modelDotMethod.split("\\.");
        return post(urlPathMatching("/v2.0/json/.*"))
                .withRequestBody(matchingJsonPath("$.modelName", equalTo(parts[0])))
                .withRequestBody(matchingJsonPath("$.calledMethod", equalTo(parts[1])));
    }

    private void method(String modelDotMethod, String body) {
        stub(method(modelDotMethod), body);
    }

    /** A null body: the gateway's 503 page instead of Nova Poshta's answer. */
    private void stub(MappingBuilder mapping, String body) {
        np.stubFor(mapping.willReturn(body == null
                ? aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>503</html>")
                : okJson(body)));
    }

    private static String ok(String data) {
        return envelope(true, data, "[]");
    }

    /** A paged directory answer: info is an object with the total (novaposhta-api.md §2). */
    private static String okWithInfo(String data, int total) {
        return """
                {"success":true,"data":%s,"errors":[],"warnings":[],"info":{"totalCount":%d},"messageCodes":[],
                 "errorCodes":[],"warningCodes":[],"infoCodes":[]}""".formatted(data, total);
    }

    private static String error(String text, String code) {
        return """
                {"success":false,"data":[],"errors":["%s"],"warnings":[],"info":[],"messageCodes":[],
                 "errorCodes":["%s"],"warningCodes":[],"infoCodes":[]}""".formatted(text, code);
    }

    private static String envelope(boolean success, String data, String warnings) {
        return """
                {"success":%s,"data":%s,"errors":[],"warnings":%s,"info":[],"messageCodes":[],"errorCodes":[],
                 "warningCodes":[],"infoCodes":[]}""".formatted(success, data, warnings);
    }
}

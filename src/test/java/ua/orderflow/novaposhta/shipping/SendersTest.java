package ua.orderflow.novaposhta.shipping;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/** The shop's sender checked against Nova Poshta, and the startup check's words when it is wrong. */
class SendersTest {

    private static final String SENDER = "6e9acced-d072-11e3-95eb-0050568046cd";
    private static final String CONTACT = "6e9b0d9a-d072-11e3-95eb-0050568046cd";
    private static final String KYIV = "8d5a980d-391c-11dd-90d9-001a92567626";
    private static final String BRANCH = "1ec09d88-e1c2-11e3-8c4a-0050568002cf";

    private WireMockServer np;

    @BeforeEach
    void start() {
        np = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        np.start();
        np.stubFor(post(urlPathMatching("/v2.0/json/.*")).withRequestBody(matchingJsonPath("$.apiKey", equalTo("good")))
                .withRequestBody(matchingJsonPath("$.calledMethod", equalTo("getCounterparties")))
                .willReturn(okJson(envelope("[{\"Ref\":\"" + SENDER + "\",\"Description\":\"ФОП Коваль\"}]"))));
        np.stubFor(post(urlPathMatching("/v2.0/json/.*")).withRequestBody(matchingJsonPath("$.apiKey", equalTo("good")))
                .withRequestBody(matchingJsonPath("$.calledMethod", equalTo("getCounterpartyContactPersons")))
                .willReturn(okJson(envelope("[{\"Ref\":\"" + CONTACT + "\",\"Phones\":\"380501234567\"}]"))));
        np.stubFor(post(urlPathMatching("/v2.0/json/.*")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.apiKey", equalTo("bad"))).willReturn(okJson("""
                        {"success":false,"data":[],"errors":["API auth fail"],"warnings":[],"info":[],"messageCodes":[],
                         "errorCodes":["20000200068"],"warningCodes":[],"infoCodes":[]}""")));
    }

    @AfterEach
    void stop() {
        np.stop();
    }

    @Test
    void aSenderLeftOutIsTheKeysFirstAndIsAskedForOnce() {
        Senders senders = senders(shop("good", new NovaPoshtaAccount.Sender(null, null, null, KYIV, BRANCH)));
        Senders.Sender sender = senders.forShop("np");
        assertThat(sender).isEqualTo(new Senders.Sender(SENDER, CONTACT, "380501234567", KYIV, BRANCH));
        senders.forShop("np");
        np.verify(1, postRequestedFor(urlPathMatching("/v2.0/json/Counterparty/getCounterparties")));
    }

    @Test
    void aCounterpartyTheAccountDoesNotHoldNamesTheSettingToFix() {
        Senders senders = senders(shop("good", new NovaPoshtaAccount.Sender("00000000-0000-0000-0000-000000000000",
                null, null, KYIV, BRANCH)));
        assertThatThrownBy(() -> senders.forShop("np")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold counterparty 00000000-0000-0000-0000-000000000000")
                .hasMessageContaining("nova-poshta.sender.counterparty").hasMessageContaining(SENDER);
    }

    @Test
    void aMissingBranchIsNamedBeforeAnyCall() {
        Senders senders = senders(shop("good", new NovaPoshtaAccount.Sender(null, null, null, KYIV, null)));
        assertThatThrownBy(() -> senders.forShop("np")).hasMessageContaining(".city and .address");
        np.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void theStartupCheckStopsOnARefusedKeyAndSaysWhichSetting() {
        Shop shop = shop("bad", new NovaPoshtaAccount.Sender(null, null, null, KYIV, BRANCH));
        Shops shops = new Shops(List.of(shop));
        NovaPoshtaStartupCheck check = new NovaPoshtaStartupCheck(shops, senders(shop), true);
        assertThatThrownBy(() -> check.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nova Poshta refused the API key of shop np")
                .hasMessageContaining("ORDERFLOW_NOVAPOSHTA_API_KEY")
                .hasMessageNotContaining("bad");
    }

    @Test
    void theStartupCheckOnlyWarnsWhenNovaPoshtaIsUnreachable() {
        Shop shop = shop("good", new NovaPoshtaAccount.Sender(null, null, null, KYIV, BRANCH));
        np.stop();
        new NovaPoshtaStartupCheck(new Shops(List.of(shop)), senders(shop), true).run(new DefaultApplicationArguments());
    }

    private Senders senders(Shop shop) {
        Shops shops = new Shops(List.of(shop));
        return new Senders(shops, new NovaPoshtaClients(shops, new ObjectMapper(), new MockEnvironment()));
    }

    private Shop shop(String key, NovaPoshtaAccount.Sender sender) {
        String url = "http://localhost:" + np.port();
        return new Shop("np", "Магазин", "http://localhost:1", "u", "p", "Каса", "UA00", Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofHours(1), null, null, new NovaPoshtaAccount(url + "/v2.0/json", url, key,
                        sender, null, Duration.ofSeconds(2)));
    }

    private static String envelope(String data) {
        return "{\"success\":true,\"data\":" + data + ",\"errors\":[],\"warnings\":[],\"info\":[],"
                + "\"messageCodes\":[],\"errorCodes\":[],\"warningCodes\":[],\"infoCodes\":[]}";
    }
}

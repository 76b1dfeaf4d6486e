package ua.orderflow.novaposhta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The client contract against the built-in Nova Poshta sandbox, over real HTTP. */
@PostgresIntegrationTest
class NovaPoshtaClientSandboxIT extends NovaPoshtaClientContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    NovaPoshtaClients clients;

    @BeforeEach
    void freshSandbox() {
        admin("/sandbox/admin/reset", "{}");
    }

    @AfterEach
    void clearFaults() {
        admin("/sandbox/admin/faults", "{\"clear\":true}");
    }

    @Override
    NovaPoshtaClient client() {
        return clientWithKey("sandbox-novaposhta-key");
    }

    @Override
    NovaPoshtaClient clientWithKey(String key) {
        return clients.create(new NovaPoshtaAccount("http://localhost:" + port + "/sandbox/novaposhta/v2.0/json",
                "http://localhost:" + port + "/sandbox/novaposhta", key, null, null, null));
    }

    @Override
    String expiredKey() {
        return "expired-novaposhta-key";
    }

    @Override
    String senderCity() {
        return "8d5a980d-391c-11dd-90d9-001a92567626";
    }

    @Override
    String senderBranch() {
        return "1ec09d88-e1c2-11e3-8c4a-0050568002cf";
    }

    @Override
    String recipientBranch() {
        // the sandboxes' directory: a branch's Ref follows from its city and number
        return ua.orderflow.sandbox.rozetka.order.NovaPoshta.branchRef("Львів", 12);
    }

    @Override
    String recipientBranchNumber() {
        return "12";
    }

    @Override
    LocalDate today() {
        try {
            String now = JSON.readTree(Http.sandboxAdmin(port).get("/sandbox/admin/clock").body()).path("now").asText();
            return LocalDate.parse(now.substring(0, 10));
        } catch (Exception e) {
            return LocalDate.now(ZoneId.of("Europe/Kyiv"));
        }
    }

    @Override
    void methodFails(String modelDotMethod, int times) {
        admin("/sandbox/admin/faults", "{\"endpoint\":\"novaposhta." + modelDotMethod
                + "\",\"errorShare\":1.0,\"errorStatus\":503,\"times\":" + times + "}");
    }

    private void admin(String path, String body) {
        HttpResponse<String> response = Http.sandboxAdmin(port).post(path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
    }
}

package ua.orderflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** POST /api/catalogue/import over HTTP as the admin, into PostgreSQL: Excel's files, a big one, a too big one. */
@PostgresIntegrationTest
class CatalogueImportIT {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImportIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/catalogue/import";
    // other tests share the database: only offers with this prefix are this test's
    private static final String PREFIX = "CSVIT-";
    private static final String HEADER = "offer_id;article;name;price;category;warehouse;quantity";
    private static final String TOO_LARGE = "Файл більший за 20 МБ: розділіть його на кілька менших";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetThisTestsProducts() {
        jdbc.sql("delete from stock where offer_id like :p").param("p", PREFIX + "%").update();
        jdbc.sql("delete from product where offer_id like :p").param("p", PREFIX + "%").update();
    }

    @Test
    void anExcelFileWithBomAndSemicolonsLoadsItsGoodRowsAndTellsTheBadOnes() throws IOException {
        String file = "\uFEFF" + HEADER + "\r\n"
                + "CSVIT-MUG;MUG-01;\"Кружка \"\"Ранок\"\"; 350 мл\";1\u00A0199,00;Посуд;Основний склад;12\r\n"
                + "CSVIT-MUG;MUG-01;\"Кружка \"\"Ранок\"\"; 350 мл\";1\u00A0199,00;Посуд;Склад Львів;3\r\n"
                + "CSVIT-BAD;B-1;Погана ціна;12,3,4;Посуд;Основний склад;1\r\n"
                + "CSVIT-LAMP;L-2;\"Лампа\nнастільна\";899.50;Дім;Основний склад;4\r\n"
                + "CSVIT-NEG;N-1;Мінус;10;Дім;Основний склад;-2\r\n"
                + ";;;;;;\r\n"
                + "CSVIT-SHORT;S-1;Коротко;10\r\n";

        HttpResponse<String> response = admin().post(PATH, "text/csv",
                BodyPublishers.ofByteArray(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("imported").asInt()).isEqualTo(3);
        assertThat(result.get("rejected").asInt()).isEqualTo(3);
        assertThat(JSON.convertValue(result.get("problems"), List.class)).containsExactly(
                "Рядок 4: ціна «12,3,4» не є числом",
                "Рядок 7: кількість «-2» від'ємна",
                "Рядок 9: очікується 7 полів (" + HEADER + "), а знайдено 4");
        assertThat(jdbc.sql("""
                select offer_id, article, name, price, category from product where offer_id like :p order by offer_id""")
                .param("p", PREFIX + "%")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).toPlainString(), rs.getString(5))).list())
                .containsExactly(
                        List.of("CSVIT-LAMP", "L-2", "Лампа\nнастільна", "899.50", "Дім"),
                        List.of("CSVIT-MUG", "MUG-01", "Кружка \"Ранок\"; 350 мл", "1199.00", "Посуд"));
        assertThat(stockRows()).containsExactly(
                List.of("CSVIT-LAMP", "Основний склад", 4, 0),
                List.of("CSVIT-MUG", "Основний склад", 12, 0),
                List.of("CSVIT-MUG", "Склад Львів", 3, 0));
    }

    @Test
    void aFileInWindows1251SentAsPlainTextWithItsCharsetLoadsAndAgainUpdates() {
        Charset cp1251 = Charset.forName("windows-1251");
        HttpResponse<String> first = admin().post(PATH, "text/plain;charset=windows-1251", BodyPublishers.ofByteArray(
                "CSVIT-CP;CP-1;Сковорода «Їжак»;1290,00;Посуд;Основний склад;5\r\n".getBytes(cp1251)));
        HttpResponse<String> again = admin().post(PATH, "text/csv; charset=windows-1251", BodyPublishers.ofByteArray(
                "CSVIT-CP;CP-1;Сковорода «Їжак»;1190,00;Посуд;Основний склад;7\r\n".getBytes(cp1251)));

        assertThat(first.body()).isEqualTo("{\"imported\":1,\"rejected\":0,\"problems\":[]}");
        assertThat(again.body()).isEqualTo("{\"imported\":1,\"rejected\":0,\"problems\":[]}");
        assertThat(jdbc.sql("select name, price from product where offer_id = 'CSVIT-CP'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString()).list())
                .containsExactly("Сковорода «Їжак» 1190.00");
        assertThat(stockRows()).containsExactly(List.of("CSVIT-CP", "Основний склад", 7, 0));
    }

    @Test
    void tenThousandLinesLoadInOneRequest() throws IOException {
        String file = HEADER + "\n" + IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> PREFIX + i + ";A-" + i + ";Товар " + i + ";" + i + ",50;Тест;Основний склад;" + i % 50)
                .collect(Collectors.joining("\n", "", "\n"));

        long start = System.nanoTime();
        HttpResponse<String> response = admin().post(PATH, "application/octet-stream",
                BodyPublishers.ofByteArray(file.getBytes(StandardCharsets.UTF_8)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("10,000 catalogue lines ({} KB) imported over HTTP in {} ms", file.length() / 1024, millis);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("imported").asInt()).isEqualTo(10_000);
        assertThat(result.get("rejected").asInt()).isZero();
        Map<String, Object> counts = jdbc.sql("""
                select (select count(*) from product where offer_id like :p) products,
                       (select count(*) from stock where offer_id like :p) stock_rows,
                       (select sum(on_hand) from stock where offer_id like :p) units""")
                .param("p", PREFIX + "%").query().singleRow();
        assertThat(counts).containsEntry("products", 10_000L).containsEntry("stock_rows", 10_000L)
                .containsEntry("units", 245_000L); // 200 times 0 + 1 + … + 49
        assertThat(jdbc.sql("select price from product where offer_id = 'CSVIT-9999'").query(String.class).single())
                .isEqualTo("9999.50");
    }

    @Test
    void aBodyOverTwentyMegabytesSentWithoutItsLengthIsCutOffWith413() throws IOException {
        byte[] line = ("CSVIT-BIG;" + "x".repeat(990) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() <= 20 * 1024 * 1024 + 64 * 1024) {
            body.writeBytes(line);
        }

        HttpResponse<String> response = admin().post(PATH, "text/csv",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray())));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("message").asText()).isEqualTo(TOO_LARGE);
    }

    @Test
    void aBodyThatSaysItIsOverTwentyMegabytesIsRefusedBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((PostgresIntegrationTest.ADMIN + ":"
                            + PostgresIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 30000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // nothing of the body is sent: the answer must come from the declared length alone
            String answer = new String(readResponse(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(JSON.readTree(answer.substring(answer.indexOf('{'))).get("message").asText()).isEqualTo(TOO_LARGE);
        }
    }

    private Http admin() {
        return Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
    }

    private List<List<Object>> stockRows() {
        return jdbc.sql("select offer_id, warehouse, on_hand, reserved from stock where offer_id like :p order by offer_id, warehouse")
                .param("p", PREFIX + "%")
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** The head and a body of JSON, whole: up to its closing brace, however it is framed. */
    private static byte[] readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int depth = 0;
        boolean inBody = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            answer.write(b);
            if (b == '{') {
                depth++;
                inBody = true;
            } else if (b == '}' && --depth == 0 && inBody) {
                break;
            }
        }
        return answer.toByteArray();
    }
}

package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.Yaml;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * docker-compose.yml against the README and the application's configuration, without a Docker
 * engine: what the file hands the container is read from the file itself, and its health check is
 * run for real.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String SERVICE = "orderflow";
    private static final String SECRETS_DIR = "/run/secrets/";

    /** README variables that are deliberately not handed to the production container. */
    private static final Map<String, String> NOT_FOR_THE_CONTAINER = Map.of(
            "ORDERFLOW_SANDBOX_ORDERS_PER_MINUTE", "the prod profile switches the sandbox off",
            "ORDERFLOW_SANDBOX_BASE_URL", "the prod profile's shops list replaces the sandbox shop");

    /** The Spring properties each password file must end up in, by the file's name. */
    private static final Map<String, String> SECRET_PROPERTIES = Map.of(
            "ORDERFLOW_DB_PASSWORD", "spring.datasource.password",
            "ORDERFLOW_ADMIN_PASSWORD", "orderflow.admin.password",
            "ORDERFLOW_ROZETKA_PASSWORD", "orderflow.shops[0].password");

    private static final Pattern VARIABLE = Pattern.compile("ORDERFLOW_[A-Z_]+");
    private static final Pattern COMPOSE_DEFAULT = Pattern.compile("\\$\\{([A-Z_]+):?-([^}]*)}");
    private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{(ORDERFLOW_[A-Z_]+)(?::([^}]*))?}");

    @Test
    void everyConfigurationVariableOfTheReadmeReachesTheService() throws IOException {
        Set<String> documented = readmeConfigurationVariables();
        assertThat(documented).as("variables of README's configuration table")
                .contains("ORDERFLOW_DB_URL", "ORDERFLOW_SHOP_CASH_DESK", "ORDERFLOW_SYNC_RUN_RETENTION")
                .containsAll(NOT_FOR_THE_CONTAINER.keySet());

        Set<String> reaching = new LinkedHashSet<>(environment(service()).keySet());
        reaching.addAll(secretFiles(service()));
        Set<String> missing = new LinkedHashSet<>(documented);
        missing.removeAll(NOT_FOR_THE_CONTAINER.keySet());
        missing.removeAll(reaching);
        assertThat(missing).as("README variables neither in the environment nor a secret file").isEmpty();
        assertThat(reaching).as("exceptions that the file passes after all").doesNotContainAnyElementsOf(NOT_FOR_THE_CONTAINER.keySet());
    }

    @Test
    void defaultsInTheComposeFileAreTheApplicationsOwn() throws IOException {
        // an empty or different value would override the application's default, not fall back to it
        Map<String, String> appDefaults = new LinkedHashMap<>(placeholderDefaults("application.yml"));
        appDefaults.putAll(placeholderDefaults("application-prod.yml"));
        int compared = 0;
        for (Map.Entry<String, String> variable : environment(service()).entrySet()) {
            Matcher composeDefault = COMPOSE_DEFAULT.matcher(variable.getValue());
            if (composeDefault.matches() && appDefaults.get(variable.getKey()) != null) {
                assertThat(composeDefault.group(2)).as(variable.getKey()).isEqualTo(appDefaults.get(variable.getKey()));
                compared++;
            }
        }
        assertThat(compared).as("variables with a default on both sides").isGreaterThanOrEqualTo(10);
    }

    @Test
    void passwordsAreSecretFilesNotEnvironmentValues() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> declared = map(compose.get("secrets"));
        for (Map.Entry<String, Object> service : map(compose.get("services")).entrySet()) {
            Set<String> mounted = secretFiles(map(service.getValue()));
            environment(map(service.getValue())).forEach((name, value) -> {
                if (name.contains("PASSWORD")) {
                    assertThat(name).as(service.getKey() + " sets a password in its environment").endsWith("_FILE");
                    assertThat(value).as(name).startsWith(SECRETS_DIR);
                    assertThat(mounted).as(name + " names a secret the service mounts").contains(value.substring(SECRETS_DIR.length()));
                }
            });
        }
        assertThat(secretFiles(service())).containsExactlyInAnyOrderElementsOf(SECRET_PROPERTIES.keySet());
        // a variable of a secret's name would win over its file
        assertThat(environment(service()).keySet()).doesNotContainAnyElementsOf(secretFiles(service()));
        for (String secret : SECRET_PROPERTIES.keySet()) {
            assertThat(map(declared.get(secret))).as(secret).containsEntry("file", "./secrets/" + secret);
        }
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).as(".gitignore").contains("secrets/");
    }

    @Test
    void theProdProfileTakesEachPasswordFromItsFile(@TempDir Path secrets) throws IOException {
        assertThat(map(map(yaml(ROOT.resolve("src/main/resources/application-prod.yml")).get("spring")).get("config")))
                .containsEntry("import", "optional:configtree:" + SECRETS_DIR);
        assumeTrue(SECRET_PROPERTIES.keySet().stream().noneMatch(System.getenv()::containsKey),
                "a password variable is exported here, and the environment wins over the files");
        for (String secret : secretFiles(service())) {
            // with the newline `echo` leaves, which the config tree drops
            Files.writeString(secrets.resolve(secret), "from-file-" + secret + "\n");
        }
        // the same import as application-prod.yml's, pointed at a folder this test may write
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .profiles("prod")
                .run("--spring.config.import=optional:configtree:" + secrets + "/")) {
            Environment environment = context.getEnvironment();
            SECRET_PROPERTIES.forEach((secret, property) ->
                    assertThat(environment.getProperty(property)).as(property).isEqualTo("from-file-" + secret));
            // bound as the service binds it: the file filled a placeholder, the shop keeps its other settings
            Shop shop = Binder.get(environment).bind("orderflow", Shops.class).get().byId("main");
            assertThat(shop.password()).isEqualTo("from-file-ORDERFLOW_ROZETKA_PASSWORD");
            assertThat(shop.baseUrl()).isEqualTo("https://api-seller.rozetka.com.ua");
        }
    }

    @Test
    void imagesArePinnedToAPatchVersion() throws IOException {
        for (Map.Entry<String, Object> service : map(compose().get("services")).entrySet()) {
            String image = String.valueOf(map(service.getValue()).get("image"));
            assertThat(image).as(service.getKey()).matches("[a-z0-9./-]+:\\d+\\.\\d+[^:@]*(@sha256:[0-9a-f]{64})?").doesNotContain("latest");
        }
    }

    @Test
    void thePortIsPublishedOnLoopbackUnlessToldOtherwise() throws IOException {
        for (Map.Entry<String, Object> service : map(compose().get("services")).entrySet()) {
            for (Object port : list(map(service.getValue()).get("ports"))) {
                String mapping = withoutEnvironment(String.valueOf(port));
                assertThat(mapping).as(service.getKey() + " " + port).startsWith("127.0.0.1:");
            }
        }
        assertThat(list(service().get("ports"))).containsExactly("${ORDERFLOW_BIND:-127.0.0.1}:${ORDERFLOW_PORT:-8080}:8080");
    }

    @Test
    void theJarTheServiceRunsIsTheOneMavenBuilds() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
        assertThat(finalName.find()).as("pom.xml's finalName").isTrue();
        String built = "./target/" + finalName.group(1) + ".jar";

        String mountedAt = list(service().get("volumes")).stream().map(String::valueOf)
                .filter(volume -> volume.startsWith(built + ":"))
                .map(volume -> volume.split(":")[1]).findFirst().orElseThrow(() -> new AssertionError(built + " is not mounted"));
        List<String> command = list(service().get("command")).stream().map(String::valueOf).toList();
        assertThat(command).containsSubsequence("-jar", mountedAt);
    }

    @Test
    void theHealthCheckPassesWhenReadyAndFailsWhenNot() throws Exception {
        AtomicInteger status = new AtomicInteger(200);
        AtomicInteger readinessCalls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            readinessCalls.incrementAndGet();
            byte[] body = (status.get() == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            List<String> check = healthCheckCommand(server.getAddress().getPort());
            assertThat(runHealthCheck(check)).as("%s against a ready service", check).isZero();
            status.set(503);
            assertThat(runHealthCheck(check)).as("%s against a service that is not ready", check).isNotZero();
            assertThat(readinessCalls.get()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }

    /** The container's check as this machine runs it: exec form as is, CMD-SHELL under POSIX sh. */
    private static List<String> healthCheckCommand(int port) throws IOException {
        Object test = map(service().get("healthcheck")).get("test");
        List<String> form = test instanceof String shell
                ? List.of("CMD-SHELL", shell)
                : list(test).stream().map(String::valueOf).toList();
        String containerPort = "127.0.0.1:8080";
        assertThat(String.join(" ", form)).as("the check asks the service's own port").contains(containerPort);
        List<String> here = form.stream().skip(1).map(part -> part.replace(containerPort, "127.0.0.1:" + port)).toList();
        return switch (form.get(0)) {
            case "CMD" -> here;
            // dash on Debian, as in the image: no bash-isms
            case "CMD-SHELL" -> List.of("/bin/sh", "-c", String.join(" ", here));
            default -> throw new AssertionError("unknown health check form " + form);
        };
    }

    private static int runHealthCheck(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // the compose file gives the check 5 s
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " took longer than the check's timeout");
        }
        return process.exitValue();
    }

    private static Set<String> readmeConfigurationVariables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README's Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> variables = new LinkedHashSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("|") && cells.length > 2) {
                Matcher variable = VARIABLE.matcher(cells[1]);
                while (variable.find()) {
                    variables.add(variable.group());
                }
            }
        }
        return variables;
    }

    /** The application's placeholder defaults by variable; null for a placeholder without one. */
    private static Map<String, String> placeholderDefaults(String resource) throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher placeholder = SPRING_PLACEHOLDER.matcher(Files.readString(ROOT.resolve("src/main/resources/" + resource)));
        while (placeholder.find()) {
            defaults.put(placeholder.group(1), placeholder.group(2));
        }
        return defaults;
    }

    /** A value as compose would interpolate it with nothing set: every default taken. */
    private static String withoutEnvironment(String value) {
        return COMPOSE_DEFAULT.matcher(value).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> byName) {
            byName.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else {
            for (Object entry : list(environment)) {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return variables;
    }

    /** File names under /run/secrets/ in the service's container. */
    private static Set<String> secretFiles(Map<String, Object> service) {
        Set<String> files = new LinkedHashSet<>();
        for (Object secret : list(service.get("secrets"))) {
            if (secret instanceof Map<?, ?> longSyntax) {
                Object target = longSyntax.get("target") != null ? longSyntax.get("target") : longSyntax.get("source");
                files.add(String.valueOf(target).replaceFirst("^" + SECRETS_DIR, ""));
            } else {
                files.add(String.valueOf(secret));
            }
        }
        return files;
    }

    private static Map<String, Object> service() throws IOException {
        return map(map(compose().get("services")).get(SERVICE));
    }

    private static Map<String, Object> compose() throws IOException {
        return yaml(ROOT.resolve("docker-compose.yml"));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<Object> list(Object node) {
        return node == null ? List.of() : new ArrayList<>((List<?>) node);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}

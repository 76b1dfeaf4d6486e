package ua.orderflow.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver}, both named
 * by path, so Selenium never looks for (or downloads) a driver or a browser of its own. One per test
 * class: starting Chromium takes seconds on a busy machine.
 *
 * <p>Without Chromium the test is skipped with one line saying so, unless the system property
 * {@value #REQUIRED}{@code =true} is set (CI sets it, README "Two commands"): then it fails.
 */
public final class Browser implements AutoCloseable {

    public static final String REQUIRED = "browser.required";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go, for the change's note and for a failing run. */
    public static final Path SCREENSHOTS = Path.of("target", "browser");

    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test class when Chromium or its driver is missing, or fails if they are required. */
    public static void assumeInstalled() {
        assumeInstalled(List.of(CHROMIUM, CHROMEDRIVER), Boolean.getBoolean(REQUIRED));
    }

    static void assumeInstalled(List<Path> programs, boolean required) {
        List<Path> missing = programs.stream().filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + missing + " (Debian: apt-get install chromium chromium-driver)";
        if (required) {
            fail(message + ", and -D" + REQUIRED + "=true says they must run");
        }
        log.warn("{}: skipped", message);
        Assumptions.abort(message + ": skipped");
    }

    /**
     * A headless Chromium whose own language is English, so that a page in Ukrainian is Ukrainian by
     * the page's choice, not the browser's; its clock is Kyiv's, as a manager's would be.
     */
    public static Browser start() {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("orderflow-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // the flags that keep Chromium off the network of this closed machine, and a fresh profile
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("TZ", "Europe/Kyiv"))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE);
            return new Browser(service, driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a Camunda webapp's address, fills its login form, saves a screenshot of it under
     * {@code screenshot} and logs in; returns the login page's text.
     */
    public String logInToCamunda(String appUrl, String user, String password, String screenshot) {
        open(appUrl);
        visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        String loginPage = bodyText();
        screenshot(screenshot);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
        return loginPage;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for an element to be visible and returns it. */
    public WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page shows this text somewhere. */
    public void waitForText(String text) {
        waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    public void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the window as target/browser/{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Chromium profile {} left behind: {}", folder, e.getMessage());
        }
    }
}

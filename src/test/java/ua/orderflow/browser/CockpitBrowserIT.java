package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.support.Browser;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/** A supervisor in Cockpit, in a real Chromium whose own language is English: Ukrainian, no banner. */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Browser browser;
    String loginPage;

    @BeforeAll
    void aSupervisorLogsInToCockpit() {
        Browser.assumeInstalled();
        String supervisor = TestUsers.ensure(engine.getIdentityService(), "browsersupervisor", "supervisors");
        browser = Browser.start();
        loginPage = browser.logInToCamunda("http://localhost:" + port + "/camunda/app/cockpit/", supervisor,
                TestUsers.PASSWORD, "cockpit-login");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDashboardAndTheProcessListSpeakUkrainianWithoutTheEndOfLifeBanner() {
        assertThat(loginPage).contains("Увійти");
        browser.waitForText("Відкриті збої");
        assertThat(browser.bodyText()).contains("Процеси", "Рішення", "Задачі людей", "Активні екземпляри процесів",
                "Відкриті задачі людей").doesNotContain("Camunda 8", "Processes", "Decisions", "Human Tasks");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
                banner -> assertThat(banner.isDisplayed()).as("the end-of-life banner").isFalse());
        browser.screenshot("cockpit-dashboard");

        browser.driver().findElement(By.linkText("Процеси")).click();
        browser.waitForText("Замовлення ROZETKA");
        assertThat(browser.bodyText()).contains("Збої", "Активні екземпляри", "Ключ", "Назва");
        browser.screenshot("cockpit-processes");
    }
}

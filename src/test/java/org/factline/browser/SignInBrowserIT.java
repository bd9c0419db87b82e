package org.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real headless Chromium: failed sign-ins on the sign-in page pause the next attempt, and the page says so;
 * the admin then finds the failures on the Accounts page and in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "FACTLINE_ADMIN_PASSWORD=" + SignInBrowserIT.PASSWORD, "factline.sign-in.account-slow-after=2",
        "factline.sign-in.first-pause=8s"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignInBrowserIT {

    static final String PASSWORD = "sign-in-browser-admin-pw";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void attempt(WebDriverWait wait, String password) {
        driver.get("http://127.0.0.1:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys("admin");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private List<String> cellTexts() {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void failedSignInsPauseTheNextAttemptAndShowInTheAuditTrail() throws Exception {
        driver = BrowserSupport.start(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        for (String wrong : List.of("wrong password one", "wrong password two")) {
            attempt(wait, wrong);
            wait.until(d -> Boolean.TRUE.equals(js("const f = document.querySelector('vaadin-login-form');"
                    + " return f != null && f.error === true;")));
            assertThat(js("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                    .isEqualTo("Incorrect username or password");
        }
        // The right password, too soon: refused unchecked, and the form says why.
        attempt(wait, PASSWORD);
        wait.until(d -> "Signing in is paused".equals(js("const f = document.querySelector('vaadin-login-form');"
                + " return f && f.error ? f.i18n.errorMessage.title : null;")));
        assertThat((String) js("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .matches("Too many failed sign-ins as admin: wait [1-8] s before trying again");
        assertThat(BrowserSupport.screenshot(driver, "sign-in-paused")).isNotEmptyFile();

        Thread.sleep(8_100);
        BrowserSupport.signIn(driver, wait, port, "admin", PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/accounts");
        wait.until(d -> cellTexts().contains("127.0.0.1"));
        assertThat(cellTexts()).contains("address", "2", "slowed down").doesNotContain("locked");
        assertThat(BrowserSupport.screenshot(driver, "accounts-failed-sign-ins")).isNotEmptyFile();

        driver.get("http://127.0.0.1:" + port + "/audit");
        wait.until(d -> cellTexts().contains("sign-in failed"));
        assertThat(cellTexts().stream().filter("sign-in failed"::equals).count()).isEqualTo(2);
        assertThat(cellTexts()).contains("account admin", "127.0.0.1");
        assertThat(BrowserSupport.screenshot(driver, "audit-trail")).isNotEmptyFile();
    }
}

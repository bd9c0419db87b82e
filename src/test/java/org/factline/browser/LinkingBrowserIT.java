package org.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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

/** Paste an article in a real headless Chromium, link its GDP figure, and find it on the indicator chart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FACTLINE_ADMIN_PASSWORD=" + LinkingBrowserIT.PASSWORD)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LinkingBrowserIT {

    static final String PASSWORD = "linking-browser-admin-pw";

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

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Vaadin sets a field's label as a property, not an attribute: find the field by it, then its input. */
    private static final String FIELD = "const f = Array.from(document.querySelectorAll('vaadin-text-field, "
            + "vaadin-text-area, vaadin-combo-box')).find(e => e.label === arguments[0]);";

    private void type(String label, String value) {
        WebElement input = (WebElement) js(FIELD + " return f ? f.querySelector('input, textarea') : null;", label);
        input.sendKeys(value);
    }

    @Test
    void pasteAnArticleConfirmAFigureAndFindItOnTheChart() throws Exception {
        driver = BrowserSupport.start(profile, 1280, 1400);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        // Only editors change data: sign in first.
        BrowserSupport.signIn(driver, wait, port, "admin", PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/sources");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[text()='New article']"))).click();
        wait.until(d -> js(FIELD + " return f ? f.querySelector('input') : null;", "URL") != null);
        type("URL", "https://example.org/news/browser-kyrgyz");
        type("Title", "Kyrgyz economy shrinks, browser edition");
        type("Publisher", "Browser News");
        type("Text", "Kyrgyzstan's economy shrank by 8.6% in 2020, officials said. The government seeks a "
                + "$100 million loan.");
        driver.findElement(By.xpath("//vaadin-button[text()='Save article']")).click();

        // The article's page proposes its figures; link the first one with the suggested series.
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[text()='Link\u2026']"))).click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[text()='Link figure']")));
        assertThat(js(FIELD + " return f.selectedItem != null;", "Indicator")).isEqualTo(true);
        assertThat(BrowserSupport.screenshot(driver, "link-dialog")).isNotEmptyFile();
        confirm.click();
        wait.until(d -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                + ".some(c => c.textContent.trim() === 'linked')"));
        assertThat(BrowserSupport.screenshot(driver, "article-linked")).isNotEmptyFile();

        driver.get("http://127.0.0.1:" + port + "/indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("object.series-chart")));
        String titles = "const o = document.querySelector('object.series-chart');"
                + " if (!o || !o.contentDocument) return null;"
                + " return Array.from(o.contentDocument.querySelectorAll('g.cited-figure title'))"
                + ".map(t => t.textContent).join(' | ');";
        wait.until(d -> {
            Object t = js(titles);
            return t != null && t.toString().contains("Browser News");
        });
        assertThat(js(titles).toString()).contains("-8.6% preliminary (Browser News) · check: differs (-1.451 pp)");
        assertThat(BrowserSupport.screenshot(driver, "indicator-with-linked-figure")).isNotEmptyFile();

        driver.get("http://127.0.0.1:" + port + "/claims?verdict=differs");
        wait.until(d -> (Boolean) js("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                + ".filter(c => c.textContent.trim() === '-1.451 pp').length === 2"));
        assertThat(BrowserSupport.screenshot(driver, "claims-differs")).isNotEmptyFile();
    }

    @Test
    void anEditorSeesTheFetchPageAndTheImportsPage() throws Exception {
        driver = BrowserSupport.start(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        BrowserSupport.signIn(driver, wait, port, "admin", PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/fetch");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[text()='Fetch and import']")));
        type("Series", "ecb:EXR");
        driver.findElement(By.xpath("//vaadin-button[text()='Preview']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.form-error"),
                "names no series"));
        assertThat(BrowserSupport.screenshot(driver, "fetch-page")).isNotEmptyFile();
        driver.get("http://127.0.0.1:" + port + "/imports");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        assertThat(BrowserSupport.screenshot(driver, "imports-page")).isNotEmptyFile();
    }
}

package org.factline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.factline.citation.CitationService;
import org.factline.linking.ArticleIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The review queue in a real headless Chromium: an editor signs in, picks a row and decides it with one key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "FACTLINE_ADMIN_PASSWORD=" + ReviewBrowserIT.PASSWORD)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewBrowserIT {

    static final String PASSWORD = "review-browser-admin-pw";

    @LocalServerPort
    int port;
    @TempDir
    Path profile;
    @Autowired
    ArticleIntake intake;
    @Autowired
    CitationService citations;

    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> cellTexts() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.innerText.trim());");
    }

    @Test
    void anEditorConfirmsTheBestCandidateWithOneKey() throws Exception {
        long article = intake.add(new ArticleIntake.Incoming("https://example.org/review-browser",
                "Kyrgyz economy, <b>review</b> edition", "Browser Wire", null, LocalDate.of(2024, 3, 1),
                "Kyrgyzstan's economy grew 4.6% in 2019 but shrank by 8.6% in 2020. Inflation reached 9.7% in "
                        + "December 2020.")).id();
        driver = BrowserSupport.start(profile, 1400, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        BrowserSupport.signIn(driver, wait, port, "admin", PASSWORD);

        driver.get("http://127.0.0.1:" + port + "/review");
        wait.until(d -> cellTexts().stream().anyMatch(t -> t.contains("shrank by 8.6% in 2020")));
        assertThat(cellTexts()).contains("Kyrgyz economy, <b>review</b> edition")
                .anyMatch(t -> t.startsWith("1. GDP growth (annual %), Kyrgyz Republic, 2020"))
                .noneMatch(t -> t.startsWith("2019 ·"));
        assertThat(BrowserSupport.screenshot(driver, "review-queue")).isNotEmptyFile();

        WebElement firstFigure = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains("shrank by 8.6%")).findFirst().orElseThrow();
        firstFigure.click();
        new Actions(driver).sendKeys("1").perform();

        wait.until(d -> cellTexts().stream().noneMatch(t -> t.contains("shrank by 8.6%")));
        assertThat(citations.forSource(article)).extracting(c -> c.figureText() + " by " + c.linkedBy())
                .containsExactlyInAnyOrder("4.6% by matcher", "8.6% by admin");
        assertThat(BrowserSupport.screenshot(driver, "review-after-confirm")).isNotEmptyFile();
    }
}

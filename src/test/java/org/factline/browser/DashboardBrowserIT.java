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
import org.springframework.test.context.ActiveProfiles;

/** The pages in a real headless Chromium, as a reader opens them; screenshots go to target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserIT {

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

    @Test
    void theIndicatorPageShowsTheChartAndBothFiguresInTheTable() throws Exception {
        driver = BrowserSupport.start(profile, 1280, 1400);
        driver.get("http://127.0.0.1:" + port + "/indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));

        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("object.series-chart")));
        assertThat(chart.getAttribute("aria-label")).contains("GDP growth (annual %)", "Kyrgyz Republic");
        // The chart is an SVG document in the page; the cited figure carries its label as a hover <title>.
        String title = "const o = document.querySelector('object.series-chart');"
                + " const t = o && o.contentDocument && o.contentDocument.querySelector('g.cited-figure title');"
                + " return t ? t.textContent : null;";
        wait.until(d -> ((JavascriptExecutor) d).executeScript(title) != null);
        assertThat(((JavascriptExecutor) driver).executeScript(title)).isEqualTo("-8.6% preliminary (The Moscow Times) · check: differs (-1.451 pp)");

        // The grid's cells are light-DOM children of vaadin-grid; wait until the rows are rendered.
        wait.until(d -> cellTexts().contains("-7.149%"));
        List<String> cells = cellTexts();
        assertThat(cells).contains("-8.6%", "-7.149%", "preliminary · cited", "2021-02-24", "2024-06-28");
        assertThat(driver.getTitle()).isEqualTo("GDP growth (annual %) · Factline");
        assertThat(BrowserSupport.screenshot(driver, "indicator-kgz")).isNotEmptyFile();
    }

    @Test
    void theMapShowsEachEconomysValueOnTheIndicatorPageAtDesktopAndPhoneWidth() throws Exception {
        for (int[] size : new int[][] {{1280, 1000}, {390, 844}}) {
            driver = BrowserSupport.start(profile, size[0], size[1]);
            driver.get("http://127.0.0.1:" + port + "/indicators/NY.GDP.MKTP.KD.ZG?geo=KGZ");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            WebElement mapTab = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-tab[normalize-space()='Map']")));
            mapTab.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("object.world-map")));
            // The map is an SVG document; Kyrgyzstan's path carries its value as a hover <title>.
            String kgz = "const o = document.querySelector('object.world-map');"
                    + " const p = o && o.contentDocument && o.contentDocument.querySelector('path[data-code=KGZ] title');"
                    + " return p ? p.textContent : null;";
            wait.until(d -> ((JavascriptExecutor) d).executeScript(kgz) != null);
            assertThat((String) ((JavascriptExecutor) driver).executeScript(kgz)).startsWith("Kyrgyz Republic: ");
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow at %d px, in pixels", size[0]).isLessThanOrEqualTo(0);
            assertThat(BrowserSupport.screenshot(driver, "map-" + size[0])).isNotEmptyFile();
            driver.quit();
            driver = null;
        }
    }

    @Test
    void theOverviewListsTheCitedSeriesAndWorksAtPhoneWidth() throws Exception {
        driver = BrowserSupport.start(profile, 390, 844);
        driver.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        wait.until(d -> cardTexts().stream().anyMatch(t -> t.contains("Sputnik V vaccine doses sought")));
        assertThat(cardTexts()).anySatisfy(t -> assertThat(t).contains("GDP growth (annual %)", "Kyrgyz Republic",
                "6.151%"));
        WebElement sparkline = driver.findElement(By.cssSelector("img.card-sparkline"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = arguments[0]; return i.complete && i.naturalWidth > 0;", sparkline));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at phone width, in pixels").isLessThanOrEqualTo(0);
        assertThat(BrowserSupport.screenshot(driver, "overview-phone")).isNotEmptyFile();
    }

    @Test
    void theFactsExplorerTheArticlePageAndTheGeographyPageRender() throws Exception {
        driver = BrowserSupport.start(profile, 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));

        driver.get("http://127.0.0.1:" + port + "/facts?geo=KGZ&cited=true");
        wait.until(d -> cellTexts().contains("500,000 doses"));
        assertThat(cellTexts()).contains("-8.6%", "$100M");
        WebElement export = driver.findElement(By.linkText("Download CSV"));
        assertThat(export.getAttribute("href")).endsWith("/api/facts.csv?geo=KGZ&cited=true");
        BrowserSupport.screenshot(driver, "facts-cited-kgz");

        driver.get("http://127.0.0.1:" + port + "/sources");
        wait.until(d -> cellTexts().contains("The Moscow Times"));
        driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().strip().equals("The Moscow Times")).findFirst().orElseThrow().click();
        wait.until(d -> cellTexts().contains("differs (-1.451 pp)"));
        assertThat(cellTexts()).contains("8.6%", "-8.6% · preliminary", "-7.149%", "no official data");
        assertThat(driver.getTitle()).isEqualTo("Reset With Russia: Kyrgyzstan's President Heads to Moscow · Factline");
        BrowserSupport.screenshot(driver, "article-moscow-times");

        driver.get("http://127.0.0.1:" + port + "/geographies/KGZ");
        wait.until(d -> cellTexts().contains("Sputnik V vaccine doses sought"));
        assertThat(cellTexts()).contains("GDP growth (annual %)", "6.151%");
        BrowserSupport.screenshot(driver, "geography-kgz");
    }

    private List<String> cardTexts() {
        return texts(".series-card");
    }

    private List<String> cellTexts() {
        return texts("vaadin-grid-cell-content");
    }

    /** The texts of the matching elements, read in one script so that a re-rendering grid cannot go stale. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }
}

package org.factline.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the page tests. Without /usr/bin/chromium and /usr/bin/chromedriver (a machine
 * with only a JDK and Maven) the page tests are skipped with a message; {@code .ci/run} installs both.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("factline.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("factline.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private BrowserSupport() {
    }

    static ChromeDriver start(Path profileDir, int width, int height) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium or ChromeDriver not installed (apt-get install -y chromium chromium-driver): page tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Signs in on the login page and waits until the signed-in layout shows. */
    static void signIn(ChromeDriver driver, WebDriverWait wait, int port, String user, String password) {
        driver.get("http://127.0.0.1:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        // Signed in once the header offers to sign out. (The side navigation is no sign: the login page has it too,
        // through the layout every route gets, so a test that waited for it raced the sign-in and now and then
        // opened an editor's page as a visitor.)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[text()='Sign out']")));
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

}

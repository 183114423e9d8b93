package cn.kaohe.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium for the {@code *BrowserIT}s (flags from CONVENTIONS.md, a fresh profile per test).
 * Saves a screenshot to {@code target/screenshots/} when a test fails; with {@code -Dkaohe.docs.screenshots=true}
 * {@link #documentPage} also writes {@code docs/screenshots/<page>.png} for the README.
 */
final class Browser implements AfterTestExecutionCallback, AfterEachCallback {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(375, 812);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private ChromeDriver driver;
    private Path profile;
    String baseUrl;

    ChromeDriver driver() {
        if (driver == null) {
            if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
                throw new IllegalStateException("Browser tests need Debian chromium and chromium-driver: "
                        + "apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does it)");
            }
            try {
                profile = Files.createTempDirectory("kaohe-chromium-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(DRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
        }
        return driver;
    }

    void open(String page) {
        driver().get(baseUrl + "/" + page);
    }

    /** Logs in through the login form (the security module's, or the test stand-in before it is merged). */
    void logIn(String login) {
        driver().manage().deleteAllCookies();
        open("login");
        driver.findElement(By.name("username")).sendKeys(login);
        driver.findElement(By.name("password")).sendKeys(BrowserUsers.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"));
    }

    void size(Dimension d) {
        driver().manage().window().setSize(d);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /** Waits until the element's text contains the given text; answers the element. */
    WebElement text(String css, String contains) {
        WebElement e = find(css);
        new WebDriverWait(driver(), Duration.ofSeconds(15))
                .withMessage(() -> css + " should contain 「" + contains + "」 but was: " + e.getText())
                .until(d -> e.getText().contains(contains));
        return e;
    }

    void type(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
    }

    /**
     * Clicks the element; found again if the page re-rendered it between finding and clicking (a picker's list is
     * redrawn while its search answers), a few times at most.
     */
    void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement e = find(css);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
                e.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }

    String pageText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** Writes docs/screenshots/<name>.png (whole page) when -Dkaohe.docs.screenshots=true. */
    void documentPage(String name) {
        if (!Boolean.getBoolean("kaohe.docs.screenshots")) {
            return;
        }
        Dimension before = driver().manage().window().getSize();
        js("window.scrollTo(0, 0)");
        long height = ((Number) js("return Math.min(document.documentElement.scrollHeight, 2400)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.max(height, 600)));
        js("window.scrollTo(0, 0)");
        save(Path.of("docs", "screenshots", name + ".png"));
        driver.manage().window().setSize(before);
    }

    private void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            save(Path.of("target", "screenshots", name + ".png"));
            System.err.println("Browser test failed at " + driver.getCurrentUrl() + ", screenshot target/screenshots/"
                    + name + ".png");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
            profile = null;
        }
    }

    static byte[] screenshot(TakesScreenshot t) {
        return t.getScreenshotAs(OutputType.BYTES);
    }

    /** The 集体评分 campaign picker searches by name (issue 16): type the name, choose the campaign by its id. */
    public void pickGroupRatingCampaign(long campaignId, String name) {
        type("#gr-campaign", name);
        click("#gr-campaign-list li[data-id='" + campaignId + "'] button");
        text("#section-group-ratings .picker-chosen", "已选：" + name);
    }
}

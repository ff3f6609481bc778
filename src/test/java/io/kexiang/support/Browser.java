package io.kexiang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the console's journeys: Debian's headless Chromium driven through its chromedriver
 * (installed by .ci/run; never downloaded). It talks to the test's own server on 127.0.0.1 only: the flags turn
 * off Chromium's own calls home (updates, sync, safe browsing).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** README shows these: each journey saves the main pages it passes through, in Chinese. */
    public static final Path SCREENSHOTS = Path.of("docs/screenshots");
    /** Empty when the page fits the window's width; else its width and the innermost elements that stick out. */
    private static final String OVERFLOW = """
            const root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) return '';
            const out = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width + 1
                        && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal
                        === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + ' ends at '
                        + Math.round(e.getBoundingClientRect().right) + ': "'
                        + (e.textContent || '').trim().slice(0, 60) + '"');
            return root.scrollWidth + ' px in a window of ' + width + ' px; ' + out.join('; ');""";

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser at 1366×768-class size (the centre's desktops), speaking Chinese first. */
    public static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The console's journeys need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--lang=zh-CN", "--accept-lang=zh-CN,zh", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--no-first-run",
                "--disable-features=SafeBrowsing,Translate,OptimizationHints,MediaRouter",
                "--safebrowsing-disable-auto-update", "--metrics-recording-only", "--no-pings");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Browser signIn(String username, String password) {
        go("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        submit("#sign-in");
        return this;
    }

    /**
     * Clicks what leaves the page (a form's button, a link) and waits for the next page: the old one's elements go
     * stale, so reading straight after the click could read the page being left.
     */
    public Browser submit(String css) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> left(leaving));
        return this;
    }

    /**
     * Whether the page the element was on has gone. Chromium answers an element of a page being replaced either as
     * stale or, in the instant of the swap, with an inspector error ("does not belong to the document"): both mean
     * the page has been left.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public WebElement await(String css, Duration within) {
        return new WebDriverWait(driver, within).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(css)));
    }

    public Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Saves what the browser shows as docs/screenshots/{name}.png, once the page is found to fit the window's width:
     * the console is read on 1366-pixel desktops, where a page that scrolls sideways hides its last columns.
     */
    public void screenshot(String name) {
        String overflow = (String) script(OVERFLOW);
        if (!overflow.isEmpty()) {
            throw new AssertionError(path() + " (" + name + ") is wider than the window: " + overflow);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

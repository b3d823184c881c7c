package org.marsad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, for browser tests against a
 * server started on a random port.
 * <ul>
 * <li>the browser and the driver are given by path, so Selenium Manager never looks for
 * or downloads anything</li>
 * <li>each browser gets a fresh profile folder, deleted on close, and asks for Arabic
 * first, as the monitors' browsers do</li>
 * <li>without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the test is
 * skipped with a message saying what to install</li>
 * </ul>
 */
public final class BrowserSupport implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("marsad.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("marsad.test.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(15);

	/**
	 * A property set on a page's window before leaving it; a newly loaded page lacks it.
	 */
	private static final String PAGE_MARK = "marsadPageLeft";

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private BrowserSupport(ChromeDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	/**
	 * Starts a browser for the server on the given port, or skips the test when Chromium
	 * is not installed.
	 * @param port the server's port
	 * @return the browser
	 */
	public static BrowserSupport start(int port) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "browser tests need "
				+ CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
				"--window-size=1280,1000", "--lang=ar");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar,en"));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new BrowserSupport(new ChromeDriver(service, options), profile, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.base + path);
	}

	public WebElement find(String css) {
		return new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Logs in through the login form and waits for the page after it.
	 * @param username the user name
	 * @param password the password
	 */
	public void logIn(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("main form button[type=submit]").click();
		new WebDriverWait(this.driver, WAIT).until((browser) -> !browser.getCurrentUrl().contains("/login"));
	}

	/**
	 * Clicks a button or link that loads another page, and waits until that page has
	 * loaded: a mark left on the old page's window is gone and the new document is
	 * complete. Waiting for the clicked element to go stale instead fails on Chromium
	 * 156, whose driver answers a question about an element of a page left behind with an
	 * inspector error rather than a stale element.
	 * @param control the button or link
	 */
	public void clickToLoad(WebElement control) {
		script("window." + PAGE_MARK + " = true");
		control.click();
		new WebDriverWait(this.driver, WAIT).ignoring(WebDriverException.class)
			.until((browser) -> Boolean.TRUE
				.equals(script("return window." + PAGE_MARK + " === undefined && document.readyState === 'complete'")));
	}

	/** The direction the browser computed for the page, {@code rtl} or {@code ltr}. */
	public String pageDirection() {
		return (String) script("return getComputedStyle(document.documentElement).direction");
	}

	/**
	 * The direction the browser computed for an element.
	 * @param css the element's selector
	 * @return {@code rtl} or {@code ltr}
	 */
	public String direction(String css) {
		return (String) script("return getComputedStyle(document.querySelector(arguments[0])).direction", css);
	}

	/**
	 * The direction the browser computed for an element.
	 * @param element the element
	 * @return {@code rtl} or {@code ltr}
	 */
	public String direction(WebElement element) {
		return (String) script("return getComputedStyle(arguments[0]).direction", element);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public void waitForUrl(String part) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.urlContains(part));
	}

	/**
	 * Messages the browser wrote to its console: script errors and refused content
	 * (Content-Security-Policy violations).
	 */
	public List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.contains("favicon.ico"))
			.toList();
	}

	/**
	 * Saves a screenshot of the page under {@code target/screenshots}.
	 * @param name the file name without extension
	 * @return the PNG file
	 */
	public Path screenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Path file = folder.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("marsad-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

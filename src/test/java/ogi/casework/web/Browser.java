package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded browser) driving
 * the pages, with the small vocabulary the browser tests speak: sign in, fill a field, take a screenshot, check the
 * page's basic accessibility.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getProperty("ogi.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("ogi.chromedriver", "/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Dimension DESKTOP = new Dimension(1280, 800);

	static final Dimension NARROW = new Dimension(390, 844);

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("ogi-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// Both binaries named explicitly, so Selenium Manager has nothing to look up or download.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
				"--window-size=" + DESKTOP.width + "," + DESKTOP.height);
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(DESKTOP);
	}

	ChromeDriver driver() {
		return driver;
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	void signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		click("sign-in");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("who")));
	}

	void signOut() {
		click("logout");
		waitFor(ExpectedConditions.urlContains("/login"));
	}

	WebElement byId(String id) {
		return found(By.id(id));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	WebElement one(String css) {
		return found(By.cssSelector(css));
	}

	/**
	 * The element {@code by} finds; when there is none, the page as it was is kept in
	 * {@code target/screenshots/missing-*.html} and the failure names the page's address and title.
	 */
	private WebElement found(By by) {
		try {
			// Chromium can answer a lookup from the page it is leaving for a moment after a navigation returned (seen
			// after an htmx swap had pushed its address): give the element a few seconds before calling it missing.
			return waitFor(d -> d.findElement(by), Duration.ofSeconds(5));
		}
		catch (TimeoutException e) {
			String page = driver.getCurrentUrl() + " (" + driver.getTitle() + ")";
			try {
				Files.createDirectories(SCREENSHOTS);
				Path kept = SCREENSHOTS.resolve("missing-" + System.currentTimeMillis() + ".html");
				Files.writeString(kept, "<!-- " + page + " -->\n" + driver.getPageSource());
				page += ", kept in " + kept;
			}
			catch (IOException ignored) {
				// the failure below says what matters
			}
			throw new NoSuchElementException("No " + by + " on " + page, e);
		}
	}

	void type(String id, String text) {
		WebElement field = byId(id);
		field.clear();
		field.sendKeys(text);
	}

	void choose(String id, String value) {
		new Select(byId(id)).selectByValue(value);
	}

	/** Date inputs take their value in ISO form through the DOM; typing into them depends on the browser's locale. */
	void date(String id, LocalDate date) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				byId(id), date.toString());
	}

	void click(String id) {
		byId(id).click();
	}

	/** Submits the form with the element's id by its first (primary) submit button. */
	void submit(String formId) {
		byId(formId).findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** Submits the form and waits for the next page's notice that the action was done. */
	void done(String formId, String notice) {
		submit(formId);
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".notice.success"), notice));
	}

	String text(String css) {
		return one(css).getText();
	}

	String pageText() {
		return one("body").getText();
	}

	<T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return waitFor(condition, Duration.ofSeconds(15));
	}

	private <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, Duration timeout) {
		// A page being replaced by the next one may answer with a stale or missing element for a moment.
		return new WebDriverWait(driver, timeout)
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.ignoring(org.openqa.selenium.NoSuchElementException.class)
				.until(condition);
	}

	String sessionCookie() {
		Cookie session = driver.manage().getCookieNamed("SESSION");
		return session == null ? null : session.getName() + "=" + session.getValue();
	}

	/**
	 * Photographs the page at 1280×800 and on a narrow window; a zh-CN page is also checked for raw enum names and
	 * English (in the whole page, hidden parts and choices included), apart from the test agencies' Latin data.
	 */
	void screenshots(String name, String... data) {
		assertChinese(data);
		screenshot(name + "-1280x800", DESKTOP);
		screenshot(name + "-narrow", NARROW);
		driver.manage().window().setSize(DESKTOP);
	}

	private void screenshot(String name, Dimension size) {
		driver.manage().window().setSize(size);
		assertThat(scrollsSideways()).as(path() + " fits a " + size.width + " px wide window").isFalse();
		try {
			Files.createDirectories(SCREENSHOTS);
			File file = driver.getScreenshotAs(OutputType.FILE);
			Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The focused element's outline, as the user sees it. */
	String focusOutline() {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
	}

	WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Whether the page scrolls sideways: a layout that fits the window does not. */
	boolean scrollsSideways() {
		return (Boolean) ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
	}

	/**
	 * A basic automated accessibility check: a language on the page, exactly one h1, a label (or accessible name)
	 * for every field, button and frame, alt text on every image, no duplicate ids.
	 */
	@SuppressWarnings("unchecked")
	List<String> accessibilityProblems() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				const problems = [];
				if (!document.documentElement.lang) problems.push('html has no lang');
				const h1 = document.querySelectorAll('h1').length;
				if (h1 !== 1) problems.push(h1 + ' h1 elements');
				document.querySelectorAll('input, select, textarea').forEach(el => {
				  if (['hidden', 'submit', 'button'].includes(el.type)) return;
				  const labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
				      || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
				  if (!labelled) problems.push('field without label: ' + (el.name || el.id));
				});
				document.querySelectorAll('img').forEach(img => {
				  if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.src.substring(0, 40));
				});
				document.querySelectorAll('button, a[href]').forEach(el => {
				  if (!(el.textContent.trim() || el.getAttribute('aria-label') || el.getAttribute('title')
				      || el.querySelector('img[alt]'))) problems.push('control without a name: ' + el.outerHTML.substring(0, 60));
				});
				document.querySelectorAll('iframe').forEach(f => { if (!f.title) problems.push('frame without title'); });
				const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
				ids.filter((id, i) => ids.indexOf(id) !== i).forEach(id => problems.push('duplicate id: ' + id));
				return problems;
				""");
	}

	/** What the page reported on the console as severe: script errors, refused resources, CSP violations. */
	List<String> consoleErrors() {
		return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
				.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
				.map(entry -> entry.getMessage())
				.toList();
	}

	/** Fails on raw enum names or English on a zh-CN page (see {@link ogi.casework.support.ChineseText}). */
	void assertChinese(String... data) {
		if ("zh-CN".equals(one("html").getAttribute("lang"))) {
			var all = new java.util.ArrayList<>(java.util.List.of(data));
			all.addAll(java.util.List.of(ogi.casework.support.ChineseText.testAgencyData()));
			ogi.casework.support.ChineseText.assertChinesePage(path(), driver.getPageSource(),
					all.toArray(String[]::new));
		}
	}

	void assertAccessible() {
		assertThat(accessibilityProblems()).as("accessibility problems on " + path()).isEmpty();
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException e) {
			// A leftover temporary profile does no harm.
		}
	}
}

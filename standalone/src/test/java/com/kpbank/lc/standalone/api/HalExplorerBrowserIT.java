package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages the gateway serves, in headless Chromium: in HAL Explorer at {@code /explorer} a person browsing
 * the API sees the forms the API offers; on {@code /live.html} an application changes as another user acts. Runs Debian's {@code chromium} through its {@code chromedriver}
 * (both named explicitly, so Selenium Manager never looks for a browser to download); without them the
 * test fails — {@code bin/install-test-tools} installs them. Leaves a screenshot in
 * {@code target/hal-explorer-draft.png}.
 */
@ExtendWith(SharedSystem.class)
class HalExplorerBrowserIT {

    private static final Path CHROMIUM = RequiredTools.CHROMIUM;
    private static final Path CHROMEDRIVER = RequiredTools.CHROMEDRIVER;
    private static final Duration PAGE_DEADLINE = Duration.ofSeconds(60);
    private static final By URI_INPUT = By.id("InputApiUri");
    private static final By GO = By.id("go");
    private static final By TEMPLATE_NAMES =
            By.xpath("//h5[normalize-space()='HAL-FORMS Template Elements']/../following-sibling::div//tbody/tr/td[1]");

    private final SystemUnderTest system;
    private ChromeDriver browser;

    HalExplorerBrowserIT(SystemUnderTest system) {
        this.system = system;
    }

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeFalse(DistributedSystem.selected(),
                "the browser signs in with HTTP Basic in the page's URL: the standalone system's demo users only");
        RequiredTools.require(CHROMIUM, CHROMEDRIVER);
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1400,2200", "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_explorer_shows_the_forms_of_a_draft_to_its_applicant() throws IOException {
        HypermediaClient applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
        ApiResponse draft = applicant.submit(applicant.root(), "start", Map.of("clientReference", "EXPLORER-1"));
        assertThat(draft.status()).isEqualTo(201);

        browser.get(explorer(DemoUser.APPLICANT_1).toString());
        await().atMost(PAGE_DEADLINE).ignoreException(StaleElementReferenceException.class)
                .until(this::templateNames, names -> names.contains("start"));

        WebElement uri = browser.findElement(URI_INPUT);
        uri.clear();
        uri.sendKeys(URI.create(draft.href("self").orElseThrow()).getPath());
        browser.findElement(GO).click();

        // the explorer re-renders as answers arrive: an element read while it is replaced is read again
        List<String> templates = await().atMost(PAGE_DEADLINE).ignoreException(StaleElementReferenceException.class)
                .until(this::templateNames, names -> names.contains("submit"));
        Path screenshot = Path.of("target", "hal-explorer-draft.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(templates).as("templates shown, see " + screenshot.toAbsolutePath()).containsExactlyInAnyOrder(
                "change-applicant", "change-beneficiary", "change-advising-bank", "change-amount", "change-merchandise",
                "change-documents", "change-conditions", "change-expiry-date", "submit", "cancel");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"state\": \"DRAFT\"", "Change the amount");
    }

    @Test
    void a_page_following_the_updates_link_shows_the_manager_a_check_an_analyst_just_recorded() {
        HypermediaClient applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
        ApiResponse application = applicant.submit(applicant.root(), "start", Map.of("clientReference", "LIVE-PAGE-1"));
        for (Drafts.Change change : Drafts.complete("30000.00", "USD", "copper cathodes")) {
            application = applicant.submit(application, change.template(), change.values());
        }
        ApiResponse submitted = applicant.submit(application, "submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        browser.get(page(DemoUser.MANAGER, "/live.html#" + URI.create(submitted.href("self").orElseThrow()).getPath()).toString());
        await("the page showing version " + submitted.version().orElseThrow()).atMost(PAGE_DEADLINE)
                .until(() -> text("version") + " / " + text("state"), shown -> shown.startsWith(submitted.version().orElseThrow() + " / "));
        assertThat(text("actions").split(", ")).containsExactlyInAnyOrder("approve", "decline");

        HypermediaClient analyst = HypermediaClient.as(DemoUser.ANALYST, system.root());
        ApiResponse checked = analyst.submit(analyst.reload(submitted), "record-product-value-check", Drafts.approvedCheck());
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);

        await("the page showing version " + checked.version().orElseThrow()).atMost(PAGE_DEADLINE)
                .until(() -> text("version") + " / " + text("state"), shown -> shown.startsWith(checked.version().orElseThrow() + " / "));
        assertThat(text("representation")).contains("\"productValueCheck\"", "\"APPROVED\"");
        assertThat(text("actions").split(", ")).containsExactlyInAnyOrder("approve", "decline");
    }

    /**
     * The explorer on the API's root as this user: the page itself is behind HTTP Basic like the whole API
     * (credentials in the URL), and the explorer sends the user's {@code Authorization} header, given in
     * its URL fragment, with every request it makes to the API.
     */
    private URI explorer(DemoUser user) {
        String authorization = URLEncoder.encode(HypermediaClient.basic(user.userName(), user.password()), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return page(user, "/explorer/index.html#hkey0=Authorization&hval0=" + authorization + "&uri=/");
    }

    /** A page the gateway serves, opened as this user: HTTP Basic credentials in the URL, which the browser then keeps for the origin. */
    private URI page(DemoUser user, String path) {
        URI root = system.root();
        return URI.create(root.getScheme() + "://" + user.userName() + ":" + user.password() + "@" + root.getAuthority() + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> templateNames() {
        return browser.findElements(TEMPLATE_NAMES).stream().map(WebElement::getText).toList();
    }
}

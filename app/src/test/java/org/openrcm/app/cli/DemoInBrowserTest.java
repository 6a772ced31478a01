package org.openrcm.app.cli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.codes.CodeLibrary;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first thing a newcomer does, in a real browser: {@code openrcm demo} (embedded H2, demo data), sign in as
 * the demo coder, find a patient from the header search, open the patient, sign out; look a code up from the
 * keyboard in the starter code set the demo loads.
 */
class DemoInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path home;

    static ConfigurableApplicationContext demo;
    static Playwright playwright;
    static Browser browser;
    static String base;

    @BeforeAll
    static void startDemoAndBrowser() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("the browser test needs " + CHROMIUM + " in CI (.ci/run installs it)");
            }
            Assumptions.abort("No browser at " + CHROMIUM + ": install Debian's chromium to run the browser test.");
        }
        demo = DemoCommand.start(home, 0);
        base = "http://localhost:"
                + ((WebServerApplicationContext) demo).getWebServer().getPort();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aCoderSignsInFindsAPatientOpensTheRecordAndSignsOut() {
        Page page = browser.newPage();
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });

        page.navigate(base + "/patients");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn(page, "coder", "not-the-password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong username or password");

        signIn(page, "coder", "openrcm-coder");
        // Signed in, the coder lands where they were going; the home page shows their one practice.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Patients");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Casey Coder");
        assertThat(page.locator(".card h2")).hasText("Oak Family Medicine");

        // Find a patient from the header: type a few letters of a surname seen in the patient list.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients"))
                .click();
        page.waitForURL(Pattern.compile(".*/patients$"));
        page.waitForLoadState(LoadState.LOAD); // scripts are deferred: htmx listens once the page has loaded
        String firstPatient =
                page.locator("table.patients tbody tr td a").first().textContent();
        String surname = firstPatient.substring(0, firstPatient.indexOf(','));
        page.locator("#quick-search")
                .fill(surname.substring(0, Math.min(4, surname.length())).toLowerCase());
        var match = page.locator("#quick-results a").first();
        assertThat(match).containsText(surname);
        match.click();

        assertThat(page).hasURL(Pattern.compile(".*/patients/[0-9a-f-]{36}$"));
        assertThat(page.locator("#patient-name")).containsText(surname);
        assertThat(page.locator("#coverages")).containsText("Primary");
        assertThat(page.locator("table.encounters, #encounters p")).not().hasCount(0);
        assertThat(page.locator("#encounters")).not().containsText("Loading");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are signed out");

        Response after = page.navigate(base + "/patients");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(after.ok()).isTrue();
        assertThat(consoleErrors)
                .as("no script errors, no Content-Security-Policy violations")
                .isEmpty();
    }

    @Test
    void aPatientOfAnotherPracticeIsNotThereForTheCoder() {
        Page page = browser.newPage();
        page.navigate(base + "/login");
        signIn(page, "manager", "openrcm-manager");
        page.navigate(base + "/patients");
        page.locator("#patient-q").fill("RIV-000001");
        page.locator("#patient-q").press("Enter");
        var row = page.locator("table.patients tbody tr").first();
        assertThat(row).containsText("RIV-000001");
        row.locator("a").click();
        String rivPatient = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();

        signIn(page, "coder", "openrcm-coder");
        Response response = page.navigate(rivPatient);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("No such patient");
    }

    @Test
    void aManagerFiltersTheAuditLogAndTheTrailVerifiesOnH2() throws Exception {
        new org.openrcm.app.testing.Browserless(base).signIn("coder", "openrcm-coder");

        Page page = browser.newPage();
        page.navigate(base + "/login");
        signIn(page, "manager", "openrcm-manager");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log"))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        page.getByLabel("User")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Casey Coder (coder)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        var actors = page.locator("table.audit tbody tr td:nth-child(3)");
        assertThat(actors.first()).hasText("coder");
        assertThat(actors.allTextContents()).isNotEmpty().containsOnly("coder");

        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int exit = Cli.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true))
                .execute("audit", "verify", "--home", home.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Audit trail intact");
    }

    @Test
    void aCoderLooksACodeUpFromTheKeyboard() {
        Page page = browser.newPage();
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.navigate(base + "/login");
        signIn(page, "coder", "openrcm-coder");
        page.waitForLoadState(LoadState.LOAD);

        var panel = page.locator("#code-lookup");
        var query = page.locator("#code-q");
        var options = page.locator("#code-suggestions [role=option]");
        var card = page.locator("#code-card");
        assertThat(panel).isHidden();
        page.keyboard().press("Control+k");
        assertThat(panel).isVisible();
        assertThat(query).isFocused();

        // Words of a title; the first match is chosen, the arrows move the choice, Enter opens it.
        page.keyboard().type("type 2 diab");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        assertThat(options.first()).containsText("Type 2 diabetes mellitus");
        String second = options.nth(1).getAttribute("data-code");
        page.keyboard().press("ArrowDown");
        assertThat(options.nth(1)).hasAttribute("aria-selected", "true");
        assertThat(options.first()).hasAttribute("aria-selected", "false");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(card.locator(".code-big")).hasText(second);

        // A code typed: its card shows the badge, the parent, and the notes inherited from where they are written.
        query.fill("e11.9");
        assertThat(options.first()).hasAttribute("data-code", "E11.9");
        page.keyboard().press("Enter");
        assertThat(card.locator(".code-big")).hasText("E11.9");
        assertThat(card.locator(".code-status")).hasText("Billable");
        assertThat(card.locator(".code-title")).hasText("Type 2 diabetes mellitus without complications");
        var excludes1 = card.locator(".code-notes li")
                .filter(new Locator.FilterOptions().setHasText("type 1 diabetes mellitus (E10.-)"));
        assertThat(excludes1).containsText("Excludes1");
        assertThat(excludes1.locator(".from")).hasText("from E11");
        assertThat(card.locator(".code-notes li")
                        .filter(new Locator.FilterOptions().setHasText("Use additional code"))
                        .first())
                .containsText("from E11");

        // The parent, one click (or Tab and Enter) away: a header, not billable.
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("E11"))
                .click();
        assertThat(card.locator(".code-big")).hasText("E11");
        assertThat(card.locator(".code-status")).hasText("Header, not billable");
        assertThat(query).isFocused();

        // An injury code needs its 7th character; the card lists them.
        query.fill("S93.401");
        assertThat(options.first()).hasAttribute("data-code", "S93.401");
        page.keyboard().press("Enter");
        assertThat(card.locator(".code-status")).hasText("Needs a 7th character");
        assertThat(card.locator(".code-seventh")).containsText("initial encounter");

        // A fast typist presses Enter before the list arrives: the first entry of that list opens, in its own system.
        query.fill("99213");
        page.keyboard().press("Enter");
        assertThat(card.locator(".code-big")).hasText("99213");
        assertThat(card).containsText("CPT");

        page.keyboard().press("Escape");
        assertThat(panel).isHidden();

        // The Code sets page says this is a starter set, and compares its two releases.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Code sets"))
                .click();
        assertThat(page.locator("#starter-notice")).containsText("Starter set");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What changed between releases"))
                .click();
        assertThat(page.locator("#count-added")).hasText("4");
        assertThat(page.locator("#added")).containsText("E11.A");
        assertThat(consoleErrors)
                .as("no script errors, no Content-Security-Policy violations")
                .isEmpty();

        var out = new java.io.StringWriter();
        DemoCommand.printWelcome(
                new java.io.PrintWriter(out, true),
                base,
                home,
                demo.getBean(CodeLibrary.class).overview());
        assertThat(out.toString())
                .contains(
                        "Code sets: a starter set shipped for the demo (ICD-10-CM FY2025, ICD-10-CM FY2026, HCPCS Level II")
                .contains("openrcm codes import PATH…");
    }

    /** Fills and sends the sign-in form the page shows. */
    private static void signIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }
}

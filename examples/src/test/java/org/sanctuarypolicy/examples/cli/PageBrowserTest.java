package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.cli.PageSituations.Situation;

/**
 * The decision page in a real browser: Debian's Chromium, driven through Debian's chromedriver by
 * Selenium, with axe-core checking WCAG 2.1 AA. The tests fill the form as a clerk would, compare
 * the answer shown with {@code evaluate}, check that nothing is loaded from another host and that
 * the form works with the keyboard alone, and take the screenshots of docs/PAGE.md into {@code
 * target/page-screenshots/}.
 *
 * <p>Without Chromium and chromedriver the tests are skipped, with a message that says how to run
 * them; with {@code CI=true} in the environment, or {@code -Dpolicy.browser.required=true}, they
 * fail instead. Nothing is ever downloaded: the driver and the browser are given by path, so
 * Selenium Manager is never asked for them.
 */
class PageBrowserTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();

  /** The browser, {@code -Dpolicy.chromium=PATH} to use another. */
  private static final String CHROMIUM = System.getProperty("policy.chromium", "/usr/bin/chromium");

  /** The driver, {@code -Dpolicy.chromedriver=PATH} to use another. */
  private static final String CHROMEDRIVER =
      System.getProperty("policy.chromedriver", "/usr/bin/chromedriver");

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Path SCREENSHOTS = Paths.get("target", "page-screenshots");

  private static @Nullable DecisionServer server;
  private static @Nullable ChromeDriver driver;
  private static String base = "";

  @BeforeAll
  static void start(@org.junit.jupiter.api.io.TempDir Path profile) throws IOException {
    if (!requireBrowser()) {
      return;
    }
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    server =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
    base = server.uri().toString();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--metrics-recording-only",
        "--password-store=basic",
        "--lang=en-US",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      assertThat(server.stop(Duration.ofSeconds(5))).isTrue();
    }
  }

  /**
   * Why the browser tests cannot run here (Chromium or chromedriver missing), or null when they
   * can. Where they are required (CI), that fails the class; elsewhere each test is skipped with
   * the message, which says how to run them.
   */
  private static @Nullable String missing;

  private static boolean requireBrowser() {
    List<String> absent = new ArrayList<>();
    for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Paths.get(path))) {
        absent.add(path);
      }
    }
    if (absent.isEmpty()) {
      return true;
    }
    boolean required =
        "true".equalsIgnoreCase(System.getenv("CI"))
            || Boolean.getBoolean("policy.browser.required");
    String reason =
        String.join(" and ", absent)
            + " not found. Install Debian's browser and driver with `apt-get install -y chromium"
            + " chromium-driver` and run `mvn -B verify` again";
    String message =
        required
            ? "browser tests of the decision page are required here (CI=true or"
                + " -Dpolicy.browser.required=true) and cannot run: "
                + reason
                + "."
            : "browser tests of the decision page SKIPPED: "
                + reason
                + " (with CI=true or -Dpolicy.browser.required=true they fail instead of being"
                + " skipped).";
    System.err.println();
    System.err.println("*** " + message);
    System.err.println();
    if (required) {
      fail(message);
    }
    missing = message;
    return false;
  }

  @BeforeEach
  void browserPresent() {
    Assumptions.assumeTrue(missing == null, missing);
  }

  private static ChromeDriver browser() {
    ChromeDriver running = driver;
    assertThat(running).isNotNull();
    return running;
  }

  @BeforeEach
  void wideWindow() {
    if (driver != null) {
      clearDeviceMetrics();
    }
  }

  // ---- the form --------------------------------------------------------------------------------

  @Test
  void form_passesAxeWcag21AaAndLoadsNothingFromElsewhere() throws IOException {
    open("/");

    assertAccessible("the form");
    assertNothingFromElsewhere();
    assertThat(browser().findElements(By.cssSelector("script"))).isEmpty();
    assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser().findElements(By.cssSelector("fieldset > legend"))).hasSize(7);
    // Every box has a label, and the stylesheet (allowed by the CSP) applied.
    for (WebElement input : browser().findElements(By.cssSelector("input"))) {
      assertThat(
              browser()
                  .findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
          .as(input.getAttribute("id"))
          .hasSize(1);
    }
    assertThat(browser().findElement(By.cssSelector("button[type=submit]")).getCssValue("color"))
        .isEqualTo("rgba(255, 255, 255, 1)");
    screenshot("form", 1280);
    screenshot("form-360", 360);
  }

  @Test
  void form_onlyAsksForInformationOrSpaceWhenTheyMatter() {
    open("/");
    WebElement information = browser().findElement(By.id("information"));
    WebElement space = browser().findElement(By.id("facilityArea"));
    assertThat(information.isDisplayed()).isFalse();
    assertThat(space.isDisplayed()).isFalse();

    browser().findElement(By.id("action-DISCLOSE_INFORMATION")).click();
    assertThat(information.isDisplayed()).isTrue();
    assertThat(space.isDisplayed()).isFalse();

    browser().findElement(By.id("action-PROVIDE_FACILITY")).click();
    assertThat(information.isDisplayed()).isFalse();
    assertThat(space.isDisplayed()).isTrue();
  }

  @Test
  void form_keyboardOnly_focusFollowsTheQuestionsVisiblyAndSubmits() {
    open("/");
    List<String> order = new ArrayList<>();
    Actions keys = new Actions(browser());
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeAttribute("class")).isEqualTo("skip");
    // Tab through the page, a radio group taking one stop, until the button.
    for (int i = 0; i < 60 && !"BUTTON".equals(activeTag()); i++) {
      keys.sendKeys(Keys.TAB).perform();
      String name = activeAttribute("name");
      if (!name.isEmpty() && (order.isEmpty() || !order.get(order.size() - 1).equals(name))) {
        order.add(name);
      }
      if (activeAttribute("id").equals("counterparty-FEDERAL_IMMIGRATION_ENFORCEMENT")) {
        Map<?, ?> focus = focusStyle();
        assertThat(focus.get("style")).isEqualTo("solid");
        assertThat(focus.get("width")).isEqualTo("3px");
      }
    }
    assertThat(activeTag()).isEqualTo("BUTTON");
    assertThat(order).containsExactly("counterparty", "action", "authorities", "purpose", "actor");

    // The detainer case, with keys only: Space chooses, arrows move within a group.
    open("/");
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 10 && !activeAttribute("type").equals("radio"); i++) {
      keys.sendKeys(Keys.TAB).perform();
      before.add(activeAttribute("href"));
    }
    // The skip link, the site's name and the two pages, then the first question.
    assertThat(before).containsExactly("#main", "/", "/", "/order", "");
    assertThat(activeAttribute("id")).isEqualTo("counterparty-FEDERAL_IMMIGRATION_ENFORCEMENT");
    keys.sendKeys(Keys.SPACE, Keys.TAB, Keys.SPACE).perform();
    for (int i = 0; i < 7; i++) {
      keys.sendKeys(Keys.ARROW_DOWN).perform();
    }
    assertThat(activeAttribute("id")).isEqualTo("action-HOLD_ON_DETAINER");
    keys.sendKeys(Keys.TAB).perform();
    assertThat(activeAttribute("id")).isEqualTo("authorities-IMMIGRATION_DETAINER");
    keys.sendKeys(Keys.SPACE).perform();
    for (int i = 0; i < 40 && !"BUTTON".equals(activeTag()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    keys.sendKeys(Keys.ENTER).perform();
    waitForAnswer();

    assertShown(POLICY.evaluate(PageSituations.LOCKUP_DETAINER.request()));
  }

  // ---- answers ---------------------------------------------------------------------------------

  static Stream<Situation> desks() {
    return PageSituations.DESKS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("desks")
  void answer_desksTypicalSituation_showsTheDecisionOfEvaluate(Situation situation) {
    fill(situation.request());

    assertShown(POLICY.evaluate(situation.request()));
    assertNothingFromElsewhere();
  }

  @Test
  void answer_javaScriptSwitchedOff_sameAnswer() {
    open("/");
    assertThat(browser().executeScript("return matchMedia('(scripting: none)').matches;"))
        .isEqualTo(false);
    browser().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      fill(PageSituations.LOCKUP_DETAINER.request());
      // The page itself runs with scripting off: CSS sees no scripting.
      assertThat(browser().executeScript("return matchMedia('(scripting: none)').matches;"))
          .isEqualTo(true);
      assertShown(POLICY.evaluate(PageSituations.LOCKUP_DETAINER.request()));
    } finally {
      browser().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void answer_iceDetainer_passesAxeAndShowsEo51AndEo1() throws IOException {
    fill(PageSituations.LOCKUP_DETAINER.request());

    assertThat(browser().findElement(By.tagName("h1")).getText())
        .isEqualTo("Do not hold this person for ICE or CBP");
    String text = browser().findElement(By.tagName("main")).getText();
    assertThat(text)
        .contains("EO-5.1")
        .contains("EO-1")
        .contains("Ask for a warrant signed by a judge");
    assertThat(browser().findElement(By.cssSelector(".answer")).getCssValue("border-left-width"))
        .isEqualTo("10px");
    assertAccessible("the ICE detainer answer");
    assertNothingFromElsewhere();
    screenshot("answer-detainer", 1280);
    screenshot("answer-detainer-360", 360);

    // The clause link leads to the clause on the order page.
    browser().findElement(By.linkText("EO-5.1")).click();
    waitFor(By.cssSelector("section.clause"));
    assertThat(browser().getCurrentUrl()).isEqualTo(base + "/order#EO-5.1");
    assertThat(browser().findElement(By.id("EO-5.1")).getText())
        .contains("No compliance with immigration detainers")
        .contains("EO-5.1(a)")
        .contains("5 ILCS 805/15(a)");
  }

  @Test
  void answer_escalateAndRedact_showTheDecisionOfEvaluateAndPassAxe() throws IOException {
    // PageHandlerTest posts every other situation without a browser; here the answers that are
    // not a refusal get their look and axe's check.
    Request fbi = PageSituations.OTHERS.get(2).request();
    fill(fbi);
    assertShown(POLICY.evaluate(fbi));
    assertThat(POLICY.evaluate(fbi).effect()).isEqualTo(Effect.ESCALATE);
    assertAccessible("an ESCALATE answer");

    Request redact = PageSituations.OTHERS.get(1).request();
    fill(redact);
    assertShown(POLICY.evaluate(redact));
    assertThat(POLICY.evaluate(redact).obligation(ObligationType.REDACT)).isPresent();
    assertAccessible("a REDACT answer");
    screenshot("answer-redact", 1280);
  }

  @Test
  void badForm_answersTheFormWithTheProblemNextToTheField() throws IOException {
    open("/");
    click("counterparty-FEDERAL_IMMIGRATION_ENFORCEMENT");
    click("action-DISCLOSE_INFORMATION");
    click("information-CONTACT_INFORMATION");
    click("action-HOLD_ON_DETAINER");
    // The box chosen stays in sight, so the clerk sees what the page will object to.
    assertThat(browser().findElement(By.id("information")).isDisplayed()).isTrue();
    browser().findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.cssSelector(".error-summary"));

    assertThat(browser().getTitle()).startsWith("Error: ");
    assertThat(browser().findElements(By.cssSelector("[data-effect]"))).isEmpty();
    WebElement problem = browser().findElement(By.id("information-error"));
    assertThat(problem.isDisplayed()).isTrue();
    assertThat(problem.getText()).contains("They do not want records or information shared");
    assertThat(browser().findElement(By.id("action-HOLD_ON_DETAINER")).isSelected()).isTrue();
    assertThat(browser().findElement(By.id("information-CONTACT_INFORMATION")).isSelected())
        .isTrue();
    // The summary's link takes the focus to the field.
    browser().findElement(By.cssSelector(".error-summary a")).click();
    assertThat(activeAttribute("id")).isEqualTo("information-IMMIGRATION_STATUS");
    assertAccessible("the form with a problem");
    screenshot("form-problem", 1280);
  }

  @Test
  void order_passesAxe() throws IOException {
    open("/order");

    assertAccessible("the order");
    assertNothingFromElsewhere();
    for (var clause : POLICY.catalog().clauses()) {
      assertThat(browser().findElements(By.id(clause.id()))).as(clause.id()).hasSize(1);
      for (var exception : clause.exceptions()) {
        assertThat(browser().findElements(By.id(exception.id()))).as(exception.id()).hasSize(1);
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static void open(String path) {
    browser().get(base + path);
  }

  private static void click(String id) {
    browser().findElement(By.id(id)).click();
  }

  /** Fills the form with a request's wire names, as a clerk would click them, and sends it. */
  private static void fill(Request request) {
    open("/");
    click("counterparty-" + request.counterparty().name());
    click("action-" + request.action().name());
    for (InformationCategory category : request.information()) {
      click("information-" + category.name());
    }
    request.facilityArea().ifPresent(area -> click("facilityArea-" + area.name()));
    for (Authority authority : request.authorities()) {
      click("authorities-" + authority.name());
    }
    if (request.authorities().isEmpty()) {
      click("authorities-NOTHING");
    }
    click("purpose-" + request.purpose().name());
    click("actor-" + request.actor().name());
    browser().findElement(By.cssSelector("button[type=submit]")).click();
    waitForAnswer();
  }

  /** Waits until the answer page has loaded: the form page has no answer section. */
  private static void waitForAnswer() {
    waitFor(By.cssSelector("section.answer[data-effect]"));
  }

  private static void waitFor(By what) {
    new WebDriverWait(browser(), Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(what));
  }

  /** The page shows the decision: effect, every finding by id, every step, every remedy. */
  private static void assertShown(Decision decision) {
    assertThat(browser().findElement(By.cssSelector("section.answer")).getAttribute("data-effect"))
        .isEqualTo(decision.effect().name());
    List<String> shown = new ArrayList<>();
    for (WebElement reason : browser().findElements(By.cssSelector("li[data-clause]"))) {
      String exception = reason.getAttribute("data-exception");
      shown.add(reason.getAttribute("data-clause") + (exception.isEmpty() ? "" : " " + exception));
      assertThat(reason.getText())
          .contains(exception.isEmpty() ? reason.getAttribute("data-clause") : exception);
    }
    List<String> expected = new ArrayList<>();
    for (Reason reason : decision.reasons()) {
      expected.add(reason.clause() + reason.exception().map(e -> " " + e).orElse(""));
    }
    assertThat(shown).containsExactlyElementsOf(expected);
    assertThat(
            browser().findElements(By.cssSelector("li[data-obligation]")).stream()
                .map(e -> e.getAttribute("data-obligation"))
                .toList())
        .containsExactlyInAnyOrderElementsOf(
            decision.obligations().stream().map(o -> o.type().name()).toList());
    assertThat(
            browser().findElements(By.cssSelector("li[data-remedy]")).stream()
                .map(e -> e.getAttribute("data-remedy"))
                .toList())
        .containsExactlyElementsOf(
            decision.remedies().stream().map(r -> r.authority().name()).toList());
    assertThat(browser().findElement(By.tagName("footer")).getText())
        .contains(decision.policy().fingerprint());
  }

  /** axe-core, WCAG 2.1 A and AA rules: no violation of impact serious or critical. */
  private static void assertAccessible(String what) throws IOException {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser());
    assertThat(results.getErrorMessage()).as("axe ran on %s", what).isNull();
    List<String> all = new ArrayList<>();
    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      List<String> targets = new ArrayList<>();
      for (CheckedNode node : rule.getNodes()) {
        targets.add(String.valueOf(node.getTarget()));
      }
      String line = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + targets;
      all.add(line);
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        serious.add(line);
      }
    }
    String summary =
        "axe "
            + what
            + ": "
            + results.getPasses().size()
            + " rules passed, "
            + results.getViolations().size()
            + " violated, "
            + results.getIncomplete().size()
            + " to review by hand"
            + (all.isEmpty() ? "" : ": " + all);
    System.out.println(summary);
    Files.writeString(
        SCREENSHOTS.resolve("axe-" + what.replace(' ', '-').toLowerCase(Locale.ROOT) + ".txt"),
        summary + System.lineSeparator());
    assertThat(serious).as("serious or critical axe violations on %s", what).isEmpty();
    assertThat(results.getPasses()).isNotEmpty();
  }

  /** Every resource the page loaded, and every address in it, is on the service's own origin. */
  private static void assertNothingFromElsewhere() {
    JavascriptExecutor js = browser();
    Object loaded =
        js.executeScript(
            "return performance.getEntries()"
                + ".filter(e => e.entryType === 'resource' || e.entryType === 'navigation')"
                + ".map(e => e.name);");
    assertThat((List<?>) loaded)
        .isNotEmpty()
        .allSatisfy(url -> assertThat(String.valueOf(url)).startsWith(base + "/"));
    Object addresses =
        js.executeScript(
            "return Array.from(document.querySelectorAll('[src],[href],[action],[srcset]'))"
                + ".map(e => new URL(e.getAttribute('src') || e.getAttribute('href')"
                + " || e.getAttribute('action') || '', location.href).origin);");
    assertThat((List<?>) addresses).allSatisfy(origin -> assertThat(origin).isEqualTo(base));
  }

  private static String activeTag() {
    return String.valueOf(browser().executeScript("return document.activeElement.tagName;"));
  }

  private static String activeAttribute(String name) {
    Object value =
        browser().executeScript("return document.activeElement.getAttribute(arguments[0]);", name);
    return value == null ? "" : value.toString();
  }

  private static Map<?, ?> focusStyle() {
    return (Map<?, ?>)
        browser()
            .executeScript(
                "const s = getComputedStyle(document.activeElement);"
                    + " return {style: s.outlineStyle, width: s.outlineWidth};");
  }

  /**
   * A full-page screenshot at a viewport width, as a phone (360) or a desktop (1280) shows it,
   * through Chromium's own screenshot command.
   */
  private static void screenshot(String name, int width) throws IOException {
    ChromeDriver chrome = browser();
    setDeviceMetrics(width, 900);
    Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight;");
    Number scrollWidth =
        (Number) chrome.executeScript("return document.documentElement.scrollWidth;");
    assertThat(scrollWidth.intValue())
        .as("%s: no sideways scrolling at %s px", name, width)
        .isLessThanOrEqualTo(width);
    setDeviceMetrics(width, height.intValue());
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(
        SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    clearDeviceMetrics();
  }

  private static void setDeviceMetrics(int width, int height) {
    browser()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private static void clearDeviceMetrics() {
    if (driver != null) {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}

package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.cli.PageSituations.Situation;
import org.sanctuarypolicy.examples.page.DecisionPage;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The decision page on the running service, over plain HTTP without a browser: a form post gets the
 * answer {@code evaluate} gives, bad forms get 400 and no decision, the API's limits hold, the API
 * is still served beside the page, and the page records nothing.
 */
class PageHandlerTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final Pattern EFFECT = Pattern.compile("data-effect=\"([A-Z]+)\"");
  private static final Pattern REASON =
      Pattern.compile("data-clause=\"([^\"]+)\" data-exception=\"([^\"]*)\"");
  private static final Pattern OBLIGATION = Pattern.compile("data-obligation=\"([A-Z_]+)\"");
  private static final Pattern REMEDY = Pattern.compile("data-remedy=\"([A-Z_]+)\"");

  private static DecisionServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stop() {
    assertThat(server.stop(Duration.ofSeconds(5))).isTrue();
  }

  static Stream<Situation> situations() {
    return Stream.concat(PageSituations.DESKS.stream(), PageSituations.OTHERS.stream());
  }

  private static HttpResponse<String> get(URI base, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> postForm(URI base, String body, @Nullable String type)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/"))
            .timeout(Duration.ofSeconds(10))
            .POST(BodyPublishers.ofString(body, UTF_8));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> postForm(String body) throws Exception {
    return postForm(server.uri(), body, DecisionPage.FORM_TYPE);
  }

  private static List<String> all(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(
          matcher.groupCount() == 2 && !matcher.group(2).isEmpty()
              ? matcher.group(1) + " " + matcher.group(2)
              : matcher.group(1));
    }
    return found;
  }

  /** The answer shown matches the decision: effect, every finding, every step, every remedy. */
  static void assertShows(String html, Decision decision) {
    assertThat(all(EFFECT, html)).containsExactly(decision.effect().name());
    List<String> reasons = new ArrayList<>();
    for (Reason reason : decision.reasons()) {
      reasons.add(reason.clause() + reason.exception().map(e -> " " + e).orElse(""));
      assertThat(html).contains("href=\"/order#" + reason.exception().orElse(reason.clause()));
    }
    assertThat(all(REASON, html)).containsExactlyElementsOf(reasons);
    assertThat(all(OBLIGATION, html))
        .containsExactlyInAnyOrderElementsOf(
            decision.obligations().stream().map(o -> o.type().name()).toList());
    assertThat(all(REMEDY, html))
        .containsExactlyElementsOf(
            decision.remedies().stream().map(r -> r.authority().name()).toList());
    assertThat(html).contains(decision.policy().fingerprint());
  }

  private static void assertPageHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(DecisionPage.CONTENT_SECURITY_POLICY);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  // ---- GET -------------------------------------------------------------------------------------

  @Test
  void getForm_sendsAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> response = get(server.uri(), "/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertPageHeaders(response);
    String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("default-src 'none'")
        .contains("form-action 'self'")
        .contains("frame-ancestors 'none'")
        .contains("base-uri 'none'")
        .doesNotContain("script-src")
        .doesNotContain("unsafe");
    assertThat(response.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .contains("name=\"action\" id=\"action-HOLD_ON_DETAINER\" value=\"HOLD_ON_DETAINER\"")
        .doesNotContainIgnoringCase("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void getOrderAndStyle_ownPathsOnly() throws Exception {
    HttpResponse<String> order = get(server.uri(), "/order");
    HttpResponse<String> style = get(server.uri(), "/page.css");

    assertThat(order.statusCode()).isEqualTo(200);
    assertPageHeaders(order);
    assertThat(order.body()).contains("id=\"EO-5.1\"").contains("id=\"EO-5.1(a)\"");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(style.body()).contains("@media print").doesNotContain("url(");
    for (String other : List.of("/order/", "/index.html", "/page.css/x")) {
      HttpResponse<String> response = get(server.uri(), other);
      assertThat(response.statusCode()).as(other).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }
  }

  @Test
  void getWithQuery_fillsTheFormIn() throws Exception {
    HttpResponse<String> response =
        get(server.uri(), "/?" + PageSituations.form(PageSituations.LOCKUP_DETAINER.request()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("id=\"action-HOLD_ON_DETAINER\" value=\"HOLD_ON_DETAINER\" checked=\"\"")
        .contains("id=\"authorities-IMMIGRATION_DETAINER\" value=\"IMMIGRATION_DETAINER\" checked")
        .doesNotContain("data-effect");
  }

  // ---- POST: answers ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void postForm_situation_showsTheDecisionOfEvaluate(Situation situation) throws Exception {
    HttpResponse<String> response = postForm(PageSituations.form(situation.request()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertPageHeaders(response);
    assertShows(response.body(), POLICY.evaluate(situation.request()));
  }

  @Test
  void postForm_iceDetainer_sayDoNotHoldWithEo1AndEo51() throws Exception {
    HttpResponse<String> response =
        postForm(
            "counterparty=FEDERAL_IMMIGRATION_ENFORCEMENT&action=HOLD_ON_DETAINER"
                + "&authorities=IMMIGRATION_DETAINER");

    assertThat(response.statusCode()).isEqualTo(200);
    String html = response.body();
    assertThat(html)
        .contains("<h1 id=\"answer\">Do not hold this person for ICE or CBP</h1>")
        .contains(">EO-1</a>")
        .contains(">EO-5.1</a>")
        .contains("Ask for a warrant signed by a judge")
        .containsPattern("page-[0-9a-f]{16}");
    assertThat(html.indexOf("<h1")).isLessThan(html.indexOf("What to do"));
  }

  @Test
  void postForm_charsetUtf8AndAnyCase_accepted() throws Exception {
    String body = PageSituations.form(PageSituations.DISPATCH_PERIMETER.request());
    for (String type :
        List.of(
            "application/x-www-form-urlencoded; charset=UTF-8",
            "Application/X-WWW-Form-Urlencoded")) {
      assertThat(postForm(server.uri(), body, type).statusCode()).as(type).isEqualTo(200);
    }
  }

  // ---- POST: bad input -------------------------------------------------------------------------

  @Test
  void postForm_invalid_400WithTheProblemNextToTheFieldAndNoDecision() throws Exception {
    record Case(String body, String field, String words) {}
    for (Case c :
        List.of(
            new Case("counterparty=COURT", "action", "Choose what they want the city to do."),
            new Case(
                "counterparty=COURT&action=FOO", "action", "\u201cFOO\u201d is not one of the"),
            new Case("action=HOLD_ON_DETAINER", "counterparty", "Choose who is asking."),
            new Case(
                "counterparty=COURT&action=HOLD_ON_DETAINER&information=IDENTITY",
                "information",
                "They do not want records or information shared"),
            new Case(
                "counterparty=COURT&action=DISCLOSE_INFORMATION",
                "information",
                "Choose the information they ask for"),
            new Case(
                "counterparty=COURT&action=HOLD_ON_DETAINER&facilityArea=PUBLIC",
                "facilityArea",
                "your choice was cleared"),
            new Case(
                "counterparty=COURT&action=HOLD_ON_DETAINER&authorities=&authorities=COURT_ORDER",
                "authorities",
                "You checked \u201cNothing\u201d and also a paper"),
            new Case(
                "counterparty=COURT&action=HOLD_ON_DETAINER&authorities=COURT_ORDER"
                    + "&authorities=COURT_ORDER",
                "authorities",
                "was sent twice"),
            new Case(
                "counterparty=COURT&counterparty=MILITARY&action=HOLD_ON_DETAINER",
                "counterparty",
                "More than one answer"),
            new Case(
                "counterparty=COURT&action=HOLD_ON_DETAINER&purpose=hold", "purpose", "hold"))) {
      HttpResponse<String> response = postForm(c.body());

      assertThat(response.statusCode()).as(c.body()).isEqualTo(400);
      assertPageHeaders(response);
      String html = response.body();
      assertThat(html).as(c.body()).doesNotContain("data-effect").contains("<title>Error: ");
      int fieldset = html.indexOf("<fieldset id=\"" + c.field() + "\"");
      int problem = html.indexOf("<p class=\"problem\" id=\"" + c.field() + "-error\">");
      assertThat(fieldset).as(c.body()).isPositive();
      assertThat(problem).as(c.body()).isGreaterThan(fieldset);
      assertThat(html.substring(problem, html.indexOf("</p>", problem)))
          .as(c.body())
          .contains(c.words().replace("'", "&#39;"));
    }
  }

  @Test
  void postForm_unknownFieldOrMalformed_400ForTheWholeForm() throws Exception {
    for (String body :
        List.of(
            "counterparty=COURT&action=HOLD_ON_DETAINER&requestId=x",
            "counterparty=COURT&action=HOLD_ON_DETAINER&x=%zz",
            "&".repeat(3) + Strings.repeat("a=1&", 101))) {
      HttpResponse<String> response = postForm(body);

      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body())
          .as(body)
          .doesNotContain("data-effect")
          .contains("class=\"error-summary\"");
    }
  }

  @Test
  void postForm_hostileValues_escapedEverywhere() throws Exception {
    HttpResponse<String> response =
        postForm("counterparty=%3Cscript%3Ealert(1)%3C/script%3E&action=%22%3E%3Cb%3E&%3Ci%3E=1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .doesNotContain("<script")
        .doesNotContain("\"><b>")
        .doesNotContain("<i>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;b&gt;");
  }

  @Test
  void postForm_notAForm_415() throws Exception {
    for (String type : new String[] {"application/json", "multipart/form-data; boundary=x"}) {
      HttpResponse<String> response =
          postForm(
              server.uri(), PageSituations.form(PageSituations.LOCKUP_DETAINER.request()), type);
      assertThat(response.statusCode()).as(type).isEqualTo(415);
      assertThat(response.body()).doesNotContain("data-effect");
    }
    HttpResponse<String> missing = postForm(server.uri(), "action=HOLD_ON_DETAINER", null);
    assertThat(missing.statusCode()).isEqualTo(415);
  }

  @Test
  void wrongMethod_405WithAllow() throws Exception {
    record Case(String method, String path, String allowed) {}
    for (Case c :
        List.of(
            new Case("PUT", "/", "GET, POST"),
            new Case("DELETE", "/", "GET, POST"),
            new Case("POST", "/order", "GET"),
            new Case("POST", "/page.css", "GET"))) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve(c.path()))
                  .method(c.method(), BodyPublishers.noBody())
                  .header("Content-Type", DecisionPage.FORM_TYPE)
                  .build(),
              BodyHandlers.ofString(UTF_8));
      assertThat(response.statusCode()).as(c.toString()).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(c.toString()).hasValue(c.allowed());
    }
  }

  @Test
  void wrongMethodWithABody_405AndClosed() throws Exception {
    HttpResponse<String> withBody =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/order"))
                .POST(BodyPublishers.ofString("action=HOLD_ON_DETAINER"))
                .header("Content-Type", DecisionPage.FORM_TYPE)
                .build(),
            BodyHandlers.ofString(UTF_8));
    HttpResponse<String> without = get(server.uri(), "/order");

    assertThat(withBody.statusCode()).isEqualTo(405);
    assertThat(withBody.headers().firstValue("Connection")).hasValue("close");
    assertThat(without.headers().firstValue("Connection")).isEmpty();
  }

  // ---- limits ----------------------------------------------------------------------------------

  @Test
  void postForm_tooLarge_413AndClosed() throws Exception {
    String large = "action=" + Strings.repeat("A", DecisionServer.MAX_BODY_BYTES);

    HttpResponse<String> response = postForm(large);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Connection")).hasValue("close");
    assertThat(response.body()).doesNotContain("data-effect").contains("bytes the service reads");
  }

  @Test
  void postForm_tooLargeChunked_413() throws Exception {
    byte[] large = ("action=" + Strings.repeat("A", DecisionServer.MAX_BODY_BYTES)).getBytes(UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(server.uri().resolve("/"))
            .header("Content-Type", DecisionPage.FORM_TYPE)
            // No length known in advance: the body is sent chunked.
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
            .build();

    HttpResponse<String> response = client.send(request, BodyHandlers.ofString(UTF_8));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).doesNotContain("data-effect");
  }

  // ---- beside the API --------------------------------------------------------------------------

  @Test
  void api_stillServedBesideThePage() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve(DecisionHandler.DECISIONS))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(PolicyJson.write(SampleRequests.HOLD)))
                .build(),
            BodyHandlers.ofString(UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(PolicyJson.write(POLICY.evaluate(SampleRequests.HOLD)));
  }

  @Test
  void postForm_serviceWithRecordAndTokens_needsNoTokenAndRecordsNothing(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("record.db");
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      DecisionServer recording =
          DecisionServer.start(
              new InetSocketAddress("127.0.0.1", 0),
              DecisionServer.Settings.DEFAULTS.tokens(
                  BearerTokens.of(List.of("page-test-token-0123456789abcdef"))),
              RecordingPolicy.of(POLICY, record, "PAGE-TEST"));
      try {
        assertThat(get(recording.uri(), "/").statusCode()).isEqualTo(200);
        assertThat(get(recording.uri(), "/order").statusCode()).isEqualTo(200);
        assertThat(get(recording.uri(), "/v1/policy").statusCode()).isEqualTo(401);
        for (Situation situation : PageSituations.DESKS) {
          HttpResponse<String> response =
              postForm(
                  recording.uri(),
                  PageSituations.form(situation.request()),
                  DecisionPage.FORM_TYPE);
          assertThat(response.statusCode()).isEqualTo(200);
          assertShows(response.body(), POLICY.evaluate(situation.request()));
        }
        assertThat(record.verify().entries()).isZero();
      } finally {
        assertThat(recording.stop(Duration.ofSeconds(5))).isTrue();
      }
    }
  }
}

package org.sanctuarypolicy.examples.page;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** The page without a server: what each path answers, in words and headers. */
class DecisionPageTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final DecisionPage PAGE = DecisionPage.of(POLICY);

  private static String body(PageResponse response) {
    return new String(response.body(), UTF_8);
  }

  private static PageResponse post(String form) {
    return PAGE.handle("POST", "/", null, DecisionPage.FORM_TYPE, form.getBytes(UTF_8));
  }

  @Test
  void serves_exactPathsOnly() {
    assertThat(DecisionPage.serves("/")).isTrue();
    assertThat(DecisionPage.serves("/order")).isTrue();
    assertThat(DecisionPage.serves("/page.css")).isTrue();
    for (String other : new String[] {"", "/order/", "/Order", "//", "/v1/decisions", "/health"}) {
      assertThat(DecisionPage.serves(other)).as(other).isFalse();
    }
    assertThat(DecisionPage.serves(null)).isFalse();
    assertThat(DecisionPage.takesBody("POST", "/")).isTrue();
    assertThat(DecisionPage.takesBody("POST", "/order")).isFalse();
    assertThat(DecisionPage.takesBody("GET", "/")).isFalse();
  }

  @Test
  void everyAnswer_strictHeaders() {
    for (PageResponse response :
        new PageResponse[] {
          PAGE.handle("GET", "/", null, null, new byte[0]),
          PAGE.handle("GET", "/order", null, null, new byte[0]),
          PAGE.handle("GET", "/page.css", null, null, new byte[0]),
          post("action=X"),
          PAGE.tooLarge(10),
          PAGE.busy(),
          PAGE.internalError()
        }) {
      assertThat(response.headers())
          .containsEntry("Content-Security-Policy", DecisionPage.CONTENT_SECURITY_POLICY)
          .containsEntry("X-Content-Type-Options", "nosniff")
          .containsEntry("Cache-Control", "no-store");
    }
    assertThat(PAGE.busy().status()).isEqualTo(503);
    assertThat(PAGE.busy().headers()).containsEntry("Retry-After", "1");
    assertThat(PAGE.busy().closeConnection()).isTrue();
    assertThat(PAGE.tooLarge(10).status()).isEqualTo(413);
    assertThat(PAGE.tooLarge(10).closeConnection()).isTrue();
    assertThat(PAGE.internalError().status()).isEqualTo(500);
  }

  @Test
  void post_detainer_decisionInWordsFirstThenSteps() {
    String html =
        body(
            post(
                "counterparty=FEDERAL_IMMIGRATION_ENFORCEMENT&action=HOLD_ON_DETAINER"
                    + "&authorities=IMMIGRATION_DETAINER"));

    int headline = html.indexOf("Do not hold this person for ICE or CBP");
    assertThat(headline).isPositive();
    assertThat(headline)
        .isLessThan(html.indexOf("What to do"))
        .isLessThan(html.indexOf("data-obligation=\"DO_NOT_OBSTRUCT\""));
    assertThat(html.indexOf("What to do")).isLessThan(html.indexOf(">Why<"));
    assertThat(html.indexOf(">Why<")).isLessThan(html.indexOf("What would change the answer"));
    assertThat(html)
        .contains("<a href=\"/order#EO-5.1\">EO-5.1</a> No compliance with immigration detainers")
        .contains("Ask for a warrant signed by a judge")
        .contains("Ask for a court order")
        .contains(POLICY.info().fingerprint());
  }

  @Test
  void post_eachEffect_itsHeadline() {
    record Case(Request request, String headline) {}
    Request.Builder base = Request.builder().requestId("x");
    for (Case c :
        new Case[] {
          new Case(
              base.action(Action.COMMIT_RESOURCES)
                  .counterparty(Counterparty.FEDERAL_LAW_ENFORCEMENT)
                  .build(),
              "Do not send city staff, officers or equipment to help federal police yet: the Law"
                  + " Department decides first"),
          new Case(
              base.action(Action.TRANSFER_CUSTODY)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.JUDICIAL_WARRANT)
                  .build(),
              "You may hand this person over to ICE or CBP, once the Law Department has checked"
                  + " the papers"),
          new Case(
              base.action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                  .purpose(Purpose.CRIMINAL_INVESTIGATION)
                  .information(InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS)
                  .authorities()
                  .build(),
              "You may share this information with the state or local agency, but hold back"
                  + " immigration status"),
          new Case(
              base.action(Action.COMMIT_RESOURCES)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(Purpose.EMERGENCY_RESPONSE)
                  .information()
                  .build(),
              "You may help with the emergency only"),
          new Case(
              base.action(Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.DATA_SUBJECT)
                  .purpose(Purpose.SUBJECT_BENEFIT)
                  .information(InformationCategory.CASE_RECORDS)
                  .build(),
              "The order does not stop this: you may share this information with the person")
        }) {
      Decision decision = POLICY.evaluate(c.request());
      String html = body(post(form(c.request())));
      assertThat(html).as(c.headline()).contains("<h1 id=\"answer\">" + c.headline() + "</h1>");
      assertThat(html).contains("data-effect=\"" + decision.effect() + "\"");
    }
  }

  @Test
  void post_invalid_400NoDecision() {
    PageResponse response = post("counterparty=COURT");

    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response))
        .doesNotContain("data-effect")
        .contains("<title>Error: Check a situation")
        .contains("Choose what they want the city to do.");
  }

  @Test
  void post_notUtf8OrNotAForm_rejected() {
    assertThat(
            PAGE.handle(
                    "POST", "/", null, DecisionPage.FORM_TYPE, new byte[] {'a', '=', (byte) 0xff})
                .status())
        .isEqualTo(400);
    assertThat(PAGE.handle("POST", "/", null, null, new byte[0]).status()).isEqualTo(415);
    assertThat(
            PAGE.handle(
                    "POST",
                    "/",
                    null,
                    DecisionPage.FORM_TYPE + "; charset=iso-8859-1",
                    "action=X".getBytes(UTF_8))
                .status())
        .isEqualTo(415);
  }

  @Test
  void order_everyClauseAndExceptionWithItsAnchorTextAndSources() {
    String html = body(PAGE.handle("GET", "/order", "ignored=1", null, new byte[0]));

    for (Clause clause : POLICY.catalog().clauses()) {
      assertThat(html).contains("id=\"" + clause.id() + "\"");
      assertThat(html).contains(escape(clause.title())).contains(escape(clause.text()));
      for (String source : clause.sources()) {
        assertThat(html).contains("<li>" + escape(source) + "</li>");
      }
      for (ClauseException exception : clause.exceptions()) {
        assertThat(html)
            .contains("<li id=\"" + exception.id() + "\">")
            .contains(escape(exception.text()));
      }
    }
    // Every anchor is unique.
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as(ids.group(1)).isTrue();
    }
  }

  @Test
  void get_queryPrefill_choicesChecked() {
    String html =
        body(PAGE.handle("GET", "/", "action=GRANT_CUSTODY_ACCESS&purpose=FOO", null, new byte[0]));

    assertThat(html)
        .contains("value=\"GRANT_CUSTODY_ACCESS\" checked=\"\"")
        .contains("value=\"UNKNOWN\" checked=\"\"")
        .doesNotContain("error-summary");
  }

  private static String escape(String text) {
    return com.google.common.html.HtmlEscapers.htmlEscaper().escape(text);
  }

  /** The form of a request, every set value repeated. */
  private static String form(Request request) {
    StringBuilder form =
        new StringBuilder("counterparty=")
            .append(request.counterparty())
            .append("&action=")
            .append(request.action())
            .append("&purpose=")
            .append(request.purpose());
    request.information().forEach(c -> form.append("&information=").append(c));
    request.authorities().forEach(a -> form.append("&authorities=").append(a));
    return form.toString();
  }
}

package org.sanctuarypolicy.examples.page;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.net.UrlEscapers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.examples.desk.Words;

/**
 * The answer: the decision in words first, then every obligation as a step to take, the clauses and
 * exceptions that decide it (linked to the order page), what would change it, and the situation as
 * it was described.
 */
final class AnswerView {
  private static final Escaper QUERY = UrlEscapers.urlFormParameterEscaper();

  private AnswerView() {}

  /**
   * The answer page.
   *
   * @param request the request the form described
   * @param decision the policy's decision of it
   * @param catalog the policy's clauses, for their titles
   * @return the HTML text
   */
  static String page(Request request, Decision decision, ClauseCatalog catalog) {
    String headline = headline(request, decision);
    Html html = PageLayout.start(headline, PageLayout.Current.NONE);
    Effect effect = decision.effect();
    html.open(
        "section",
        "class",
        "answer answer-" + effect.name().toLowerCase(java.util.Locale.ROOT),
        "aria-labelledby",
        "answer",
        "data-effect",
        effect.name());
    html.element("h1", headline, "id", "answer");
    html.open("p", "class", "verdict")
        .text("Answer: ")
        .element("strong", ClerkWords.answer(effect))
        .text(", " + ClerkWords.effect(effect) + " ")
        .element("span", "(" + effect.name() + ")", "class", "code")
        .close("p");
    if (!decision.governed()) {
      html.element(
          "p", "The order does not speak to this situation: follow your department's usual rules.");
    }
    html.close("section").newline();

    steps(html, request, decision);
    reasons(html, decision, catalog);
    if (effect != Effect.PERMIT) {
      remedies(html, decision);
    }
    situation(html, request);

    html.open("p", "class", "again no-print")
        .element(
            "a", "Change this situation", "href", DecisionPage.FORM_PATH + "?" + query(request))
        .text(" \u00b7 ")
        .element("a", "Check another situation", "href", DecisionPage.FORM_PATH)
        .close("p")
        .newline();
    html.open("p", "class", "small")
        .text("Answer for request ")
        .element("span", decision.requestId(), "class", "code")
        .text(", decided by the policy named below.")
        .element(
            "span", " To keep it on paper, use your browser's Print command.", "class", "no-print")
        .close("p")
        .newline();
    return PageLayout.end(html, decision.policy());
  }

  /**
   * The decision in words, as the page's first heading.
   *
   * @param request the request
   * @param decision its decision
   * @return for example "Do not hold this person for ICE or CBP"
   */
  static String headline(Request request, Decision decision) {
    String act = ClerkWords.act(request.action(), request.counterparty());
    switch (decision.effect()) {
      case DENY:
        return "Do not " + act;
      case ESCALATE:
        return "Do not " + act + " yet: the Law Department decides first";
      case PERMIT:
      default:
        break;
    }
    if (!decision.governed()) {
      return "The order does not stop this: you may " + act;
    }
    Optional<Obligation> redact = decision.obligation(ObligationType.REDACT);
    if (redact.isPresent()) {
      return "You may "
          + act
          + ", but hold back "
          + Words.list(redact.get().categories(), Words::information);
    }
    if (decision.obligation(ObligationType.VERIFY_AUTHORITY).isPresent()) {
      return "You may " + act + ", once the Law Department has checked the papers";
    }
    if (decision.obligation(ObligationType.EMERGENCY_ONLY).isPresent()) {
      return "You may help with the emergency only";
    }
    return "You may " + act;
  }

  private static void steps(Html html, Request request, Decision decision) {
    html.element("h2", "What to do").newline();
    html.open("ol", "class", "steps");
    if (decision.effect() == Effect.DENY) {
      html.element(
          "li",
          "Say no: tell them that the city's order does not allow it, and what would change the"
              + " answer (below).",
          "data-step",
          "DENY");
    }
    List<Obligation> obligations = new ArrayList<>(decision.obligations());
    obligations.sort(Comparator.comparingInt(o -> ClerkWords.stepOrder(o.type())));
    for (Obligation obligation : obligations) {
      html.open("li", "data-obligation", obligation.type().name());
      if (obligation.type() == ObligationType.REDACT) {
        html.text(
            "Hold back "
                + Words.list(obligation.categories(), Words::information)
                + ": leave it out or black it out, and share only the rest.");
      } else {
        html.text(ClerkWords.step(obligation.type()));
      }
      html.text(" ").element("span", "(" + obligation.type().name() + ")", "class", "code");
      html.close("li");
    }
    if (decision.effect() == Effect.PERMIT && decision.obligations().isEmpty()) {
      html.element("li", "Go ahead, under your department's usual rules.", "data-step", "PERMIT");
    }
    html.close("ol").newline();
  }

  private static void reasons(Html html, Decision decision, ClauseCatalog catalog) {
    html.element("h2", "Why").newline();
    if (decision.reasons().isEmpty()) {
      html.element(
          "p",
          "No clause of the order applies: it speaks only to cooperation that may serve civil"
              + " immigration enforcement, and to the status information it protects.");
      return;
    }
    html.open("ul", "class", "reasons");
    for (Reason reason : decision.reasons()) {
      String clauseId = reason.clause();
      String title = catalog.clause(clauseId).map(Clause::title).orElse("");
      html.open("li", "data-clause", clauseId, "data-exception", reason.exception().orElse(""));
      if (reason.exception().isPresent()) {
        String exception = reason.exception().get();
        html.element("a", exception, "href", DecisionPage.ORDER_PATH + "#" + exception)
            .text(", an exception to ")
            .element("a", clauseId, "href", DecisionPage.ORDER_PATH + "#" + clauseId)
            .text(" " + title + ": ");
      } else {
        html.element("a", clauseId, "href", DecisionPage.ORDER_PATH + "#" + clauseId)
            .text(" " + title + ": ");
      }
      boolean redacted = Words.withholds(reason, catalog);
      html.element(
              "strong",
              ClerkWords.effect(reason.effect())
                  + (redacted ? ", once the status information is held back" : ""))
          .text(". " + reason.text())
          .close("li");
    }
    html.close("ul").newline();
  }

  private static void remedies(Html html, Decision decision) {
    html.element("h2", "What would change the answer").newline();
    if (decision.remedies().isEmpty()) {
      html.element(
          "p",
          decision.effect() == Effect.DENY
              ? "Nothing they could bring would change this answer."
              : "Nothing they could bring would change this: the Law Department decides.");
      return;
    }
    html.open("ul", "class", "remedies");
    for (Remedy remedy : decision.remedies()) {
      html.open("li", "data-remedy", remedy.authority().name())
          .text(
              "Ask for "
                  + ClerkWords.remedy(remedy.authority())
                  + ": with it, "
                  + (remedy.effect() == Effect.PERMIT
                      ? "the answer would be yes, once the Law Department has checked it"
                      : "the Law Department would decide")
                  + " ")
          .element("span", "(" + remedy.effect().name() + ")", "class", "code")
          .text(".")
          .close("li");
    }
    html.close("ul").newline();
    html.element(
            "p",
            "A detainer, an ICE warrant or an agency's subpoena never changes the answer: only a"
                + " judge, a statute or the person's own consent can.",
            "class",
            "hint")
        .newline();
  }

  private static void situation(Html html, Request request) {
    html.element("h2", "What you described").newline();
    html.open("dl", "class", "situation");
    item(
        html,
        FormView.question(PageForm.COUNTERPARTY),
        ClerkWords.counterparty(request.counterparty()));
    item(html, FormView.question(PageForm.ACTION), ClerkWords.action(request.action()));
    if (!request.information().isEmpty()) {
      item(
          html,
          FormView.question(PageForm.INFORMATION),
          Words.capitalize(
              request.information().stream()
                  .map(
                      c ->
                          Ascii.toLowerCase(ClerkWords.information(c).substring(0, 1))
                              + ClerkWords.information(c).substring(1))
                  .collect(Collectors.joining("; "))));
    }
    Optional<FacilityArea> area = request.facilityArea();
    if (area.isPresent()) {
      item(html, FormView.question(PageForm.FACILITY_AREA), ClerkWords.facilityArea(area.get()));
    }
    item(
        html,
        FormView.question(PageForm.AUTHORITIES),
        request.authorities().isEmpty()
            ? "Nothing"
            : Words.capitalize(Words.list(request.authorities(), a -> ClerkWords.remedy(a))));
    item(html, FormView.question(PageForm.PURPOSE), ClerkWords.purpose(request.purpose()));
    item(html, FormView.question(PageForm.ACTOR), ClerkWords.actor(request.actor()));
    html.close("dl").newline();
  }

  private static void item(Html html, String question, String answer) {
    html.element("dt", question).element("dd", answer);
  }

  /** The request as a query string that fills the form with it again. */
  static String query(Request request) {
    List<String> pairs = new ArrayList<>();
    pairs.add(pair(PageForm.COUNTERPARTY, request.counterparty().name()));
    pairs.add(pair(PageForm.ACTION, request.action().name()));
    for (InformationCategory category : request.information()) {
      pairs.add(pair(PageForm.INFORMATION, category.name()));
    }
    request.facilityArea().ifPresent(a -> pairs.add(pair(PageForm.FACILITY_AREA, a.name())));
    for (Authority authority : request.authorities()) {
      pairs.add(pair(PageForm.AUTHORITIES, authority.name()));
    }
    if (request.authorities().isEmpty()) {
      pairs.add(pair(PageForm.AUTHORITIES, PageForm.NO_PAPERS));
    }
    pairs.add(pair(PageForm.PURPOSE, request.purpose().name()));
    pairs.add(pair(PageForm.ACTOR, request.actor().name()));
    return String.join("&", ImmutableList.copyOf(pairs));
  }

  private static String pair(String name, String value) {
    return QUERY.escape(name) + "=" + QUERY.escape(value);
  }
}

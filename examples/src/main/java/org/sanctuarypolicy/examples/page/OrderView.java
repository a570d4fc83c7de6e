package org.sanctuarypolicy.examples.page;

import java.util.Collection;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Words;

/**
 * The whole order, clause by clause: each clause's text, whom it binds, when it speaks, its answer,
 * the steps it asks for, its exceptions in the order they are tried, and its sources. Each clause
 * and exception has its id as its anchor ({@code /order#EO-5.1}, {@code /order#EO-5.1(a)}), which
 * the answers link to.
 */
final class OrderView {
  private OrderView() {}

  /**
   * The order page.
   *
   * @param catalog the clauses
   * @param info the policy
   * @return the HTML text
   */
  static String page(ClauseCatalog catalog, PolicyInfo info) {
    Html html = PageLayout.start("The whole order", PageLayout.Current.ORDER);
    html.element("h1", catalog.title()).newline();
    html.element(
            "p",
            "Every clause of the order as the decision service applies it, with its exceptions and"
                + " its sources. An answer on the front-desk page links to the clauses here that"
                + " decide it.")
        .newline();

    html.open("nav", "aria-labelledby", "contents").newline();
    html.element("h2", "Clauses", "id", "contents");
    html.open("ul", "class", "contents");
    for (Clause clause : catalog.clauses()) {
      html.open("li")
          .element("a", clause.id() + ": " + clause.title(), "href", "#" + clause.id())
          .close("li");
    }
    html.close("ul").close("nav").newline();

    html.element("h2", "How a request is decided", "id", "how").newline();
    html.element(
            "p",
            "First, whether the request may serve civil immigration enforcement (its nexus). The"
                + " first rule that holds gives it:")
        .newline();
    html.open("ol");
    for (NexusRule rule : catalog.nexusRules()) {
      html.open("li")
          .element("strong", rule.nexus().name(), "class", "code")
          .text(" when " + SanctuaryPolicy.describe(rule.condition(), catalog) + ". " + rule.text())
          .close("li");
    }
    html.open("li").element("strong", "NONE", "class", "code").text(" otherwise.").close("li");
    html.close("ol").newline();
    html.element(
            "p",
            "Then every clause that binds the one who would act and speaks to the request gives"
                + " one finding: the first of its exceptions that holds replaces its answer. The"
                + " answer is no if any finding is no; else the Law Department decides if any"
                + " finding says so; else yes. When no clause speaks, the order does not stop the"
                + " request. Where you cannot wait for the Law Department, take its answer as no.")
        .newline();

    for (Clause clause : catalog.clauses()) {
      clause(html, clause, catalog);
    }
    return PageLayout.end(html, info);
  }

  private static void clause(Html html, Clause clause, ClauseCatalog catalog) {
    html.open(
            "section",
            "class",
            "clause",
            "id",
            clause.id(),
            "aria-labelledby",
            clause.id() + "-title")
        .newline();
    html.element("h2", clause.id() + ": " + clause.title(), "id", clause.id() + "-title");
    html.element("p", clause.text(), "class", "clause-text");
    html.open("dl", "class", "facts");
    html.element("dt", "Binds")
        .element("dd", Words.capitalize(Words.list(clause.binds(), Words::actor)));
    html.element("dt", "Speaks when")
        .element("dd", Words.capitalize(SanctuaryPolicy.describe(clause.scope(), catalog)));
    html.open("dt").text("Answer").close("dt");
    html.open("dd")
        .text(Words.capitalize(ClerkWords.baseEffect(clause.baseEffect())) + " ")
        .element("span", "(" + clause.baseEffect().name() + ")", "class", "code")
        .close("dd");
    if (!clause.baseObligations().isEmpty()) {
      html.element("dt", "Steps");
      html.open("dd");
      obligations(html, clause.baseObligations());
      html.close("dd");
    }
    html.element("dt", "Sources");
    html.open("dd").open("ul", "class", "sources");
    for (String source : clause.sources()) {
      html.element("li", source);
    }
    html.close("ul").close("dd");
    html.close("dl").newline();
    if (!clause.exceptions().isEmpty()) {
      html.element("h3", "Exceptions, tried in order");
      html.open("ol", "class", "exceptions");
      for (ClauseException exception : clause.exceptions()) {
        html.open("li", "id", exception.id());
        html.open("p").element("strong", exception.id()).text(": " + exception.text()).close("p");
        html.open("dl", "class", "facts");
        html.element("dt", "Holds when")
            .element(
                "dd", Words.capitalize(SanctuaryPolicy.describe(exception.condition(), catalog)));
        html.open("dt").text("Answer").close("dt");
        html.open("dd")
            .text(Words.capitalize(ClerkWords.effect(exception.effect())) + " ")
            .element("span", "(" + exception.effect().name() + ")", "class", "code")
            .close("dd");
        html.element("dt", "Steps");
        html.open("dd");
        if (exception.obligations().isEmpty()) {
          html.text("None");
        } else {
          obligations(html, exception.obligations());
        }
        html.close("dd");
        html.close("dl");
        html.close("li");
      }
      html.close("ol").newline();
    }
    html.close("section").newline();
  }

  private static void obligations(Html html, Collection<ObligationType> types) {
    boolean first = true;
    for (ObligationType type : types) {
      if (!first) {
        html.text("; ");
      }
      first = false;
      html.text(Words.capitalize(Words.obligation(type)) + " ")
          .element("span", "(" + type.name() + ")", "class", "code");
    }
  }
}

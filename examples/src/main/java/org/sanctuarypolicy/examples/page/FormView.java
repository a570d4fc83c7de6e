package org.sanctuarypolicy.examples.page;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;

/**
 * The situation form: one fieldset per question, in a clerk's words, with the wire names of DESIGN
 * §3 as field names and option values; after a bad post, each problem next to its field and all of
 * them listed at the top.
 */
final class FormView {
  /** Who is asking, in the order a clerk thinks of them. */
  private static final ImmutableList<Counterparty> WHO =
      ImmutableList.of(
          Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
          Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS,
          Counterparty.FEDERAL_IMMIGRATION_BENEFITS,
          Counterparty.FEDERAL_LAW_ENFORCEMENT,
          Counterparty.OTHER_FEDERAL_AGENCY,
          Counterparty.MILITARY,
          Counterparty.STATE_OR_LOCAL_AGENCY,
          Counterparty.COURT,
          Counterparty.DATA_SUBJECT,
          Counterparty.FOREIGN_GOVERNMENT,
          Counterparty.PRIVATE_PARTY,
          Counterparty.UNKNOWN);

  /** The questions, by field. */
  static final ImmutableMap<String, String> QUESTIONS =
      ImmutableMap.<String, String>builder()
          .put(PageForm.COUNTERPARTY, "Who is asking?")
          .put(PageForm.ACTION, "What do they want the city to do?")
          .put(PageForm.INFORMATION, "What information do they ask for?")
          .put(PageForm.FACILITY_AREA, "What kind of space?")
          .put(PageForm.AUTHORITIES, "What papers did they show?")
          .put(PageForm.PURPOSE, "What reason did they give?")
          .put(PageForm.ACTOR, "Where do you work?")
          .buildOrThrow();

  private static final ImmutableMap<String, String> HINTS =
      ImmutableMap.<String, String>builder()
          .put(
              PageForm.COUNTERPARTY,
              "As they introduced themselves, or as their papers say. The order goes by the kind of"
                  + " agency, not by the name on the badge.")
          .put(PageForm.ACTION, "Choose what comes closest to what they ask.")
          .put(
              PageForm.INFORMATION,
              "Only if they want records or information shared. Check every kind they ask for.")
          .put(PageForm.FACILITY_AREA, "Only if they want to use city property.")
          .put(
              PageForm.AUTHORITIES,
              "Check every paper shown for this request. Look at who signed it: a paper signed by"
                  + " an ICE officer or an immigration judge is not a judge's warrant.")
          .put(
              PageForm.PURPOSE,
              "What they said it is for. When ICE, CBP or the military give no reason, the order"
                  + " takes it as immigration enforcement.")
          .put(PageForm.ACTOR, "Most staff work for a city department.")
          .buildOrThrow();

  /** The question asked for one of the form's fields. */
  static String question(String field) {
    return Objects.requireNonNull(QUESTIONS.get(field), field);
  }

  /** The hint under the question for one of the form's fields. */
  private static String hint(String field) {
    return Objects.requireNonNull(HINTS.get(field), field);
  }

  private FormView() {}

  /**
   * The form page: the title, the form and the footer.
   *
   * @param form the values to show and the problems to tell
   * @param info the policy
   * @return the HTML text
   */
  static String page(PageForm form, PolicyInfo info) {
    boolean problems = !form.problems().isEmpty();
    Html html =
        PageLayout.start(
            (problems ? "Error: " : "") + "Check a situation", PageLayout.Current.FORM);
    html.element("h1", "Someone asks the city for help: what does the order say?").newline();
    html.element(
            "p",
            "Describe what you were asked. The page tells you what Chicago's order against"
                + " cooperation with federal civil immigration enforcement says to do, why, and"
                + " what would change the answer.")
        .newline();
    html.element(
            "p",
            "Do not enter names: the page asks only what kind of request it is, and it keeps"
                + " nothing.")
        .newline();
    if (problems) {
      summary(html, form.problems());
    }
    form(html, form);
    return PageLayout.end(html, info);
  }

  private static void summary(Html html, Map<String, String> problems) {
    html.open("div", "class", "error-summary", "role", "alert", "aria-labelledby", "problems");
    html.element("h2", "There is a problem with the form", "id", "problems");
    html.open("ul");
    for (Map.Entry<String, String> problem : problems.entrySet()) {
      html.open("li");
      if (problem.getKey().equals(PageForm.FORM)) {
        html.text(problem.getValue());
      } else {
        html.element(
            "a",
            QUESTIONS.get(problem.getKey()) + " " + problem.getValue(),
            "href",
            "#" + firstInput(problem.getKey()));
      }
      html.close("li");
    }
    html.close("ul").close("div").newline();
  }

  /** The id of the first choice of a field, where the summary's link takes the focus. */
  private static String firstInput(String field) {
    return switch (field) {
      case PageForm.COUNTERPARTY -> inputId(field, WHO.get(0).name());
      case PageForm.ACTION -> inputId(field, Action.values()[0].name());
      case PageForm.INFORMATION -> inputId(field, InformationCategory.values()[0].name());
      case PageForm.FACILITY_AREA -> inputId(field, FacilityArea.PUBLIC.name());
      case PageForm.AUTHORITIES -> inputId(field, Authority.values()[0].name());
      case PageForm.PURPOSE -> inputId(field, Purpose.values()[0].name());
      default -> inputId(field, Actor.values()[0].name());
    };
  }

  private static String inputId(String field, String value) {
    return field + "-" + (value.isEmpty() ? "NOTHING" : value);
  }

  private static void form(Html html, PageForm form) {
    html.open("form", "method", "post", "action", DecisionPage.FORM_PATH).newline();
    choices(html, form, PageForm.COUNTERPARTY, "radio", WHO, ClerkWords::counterparty, null);
    choices(
        html,
        form,
        PageForm.ACTION,
        "radio",
        Arrays.asList(Action.values()),
        ClerkWords::action,
        null);
    choices(
        html,
        form,
        PageForm.INFORMATION,
        "checkbox",
        Arrays.asList(InformationCategory.values()),
        ClerkWords::information,
        null);
    choices(
        html,
        form,
        PageForm.FACILITY_AREA,
        "radio",
        List.of(FacilityArea.PUBLIC, FacilityArea.NON_PUBLIC),
        ClerkWords::facilityArea,
        null);
    choices(
        html,
        form,
        PageForm.AUTHORITIES,
        "checkbox",
        Arrays.asList(Authority.values()),
        ClerkWords::authority,
        ClerkWords.NO_PAPERS);
    choices(
        html,
        form,
        PageForm.PURPOSE,
        "radio",
        Arrays.asList(Purpose.values()),
        ClerkWords::purpose,
        null);
    choices(
        html,
        form,
        PageForm.ACTOR,
        "radio",
        Arrays.asList(Actor.values()),
        ClerkWords::actor,
        null);
    html.open("div", "class", "submit")
        .element("button", "Show what to do", "type", "submit")
        .close("div")
        .newline();
    html.close("form").newline();
  }

  /**
   * One question: a fieldset whose legend is the question, its hint, its problem if any, and one
   * labelled radio button or check box per value.
   *
   * @param nothing the label of a last box with an empty value, or null for none
   */
  private static <E extends Enum<E>> void choices(
      Html html,
      PageForm form,
      String field,
      String type,
      List<E> values,
      Function<E, String> label,
      @Nullable String nothing) {
    String problem = form.problems().get(field);
    String described = field + "-hint" + (problem == null ? "" : " " + field + "-error");
    html.open(
        "fieldset",
        "id",
        field,
        "class",
        problem == null ? "question" : "question has-problem",
        "aria-describedby",
        described);
    html.open("legend").element("h2", question(field)).close("legend");
    html.element("p", hint(field), "class", "hint", "id", field + "-hint");
    if (problem != null) {
      html.open("p", "class", "problem", "id", field + "-error")
          .element("span", "Problem: ", "class", "visually-hidden")
          .text(problem)
          .close("p");
    }
    html.open("div", "class", "choices");
    for (E value : values) {
      choice(html, form, field, type, value.name(), label.apply(value));
    }
    if (nothing != null) {
      choice(html, form, field, type, PageForm.NO_PAPERS, nothing);
    }
    html.close("div").close("fieldset").newline();
  }

  private static void choice(
      Html html, PageForm form, String field, String type, String value, String label) {
    String id = inputId(field, value);
    html.open("div", "class", "choice");
    if (form.chosen(field, value)) {
      html.empty("input", "type", type, "name", field, "id", id, "value", value, "checked", "");
    } else {
      html.empty("input", "type", type, "name", field, "id", id, "value", value);
    }
    html.element("label", label, "for", id);
    html.close("div");
  }
}

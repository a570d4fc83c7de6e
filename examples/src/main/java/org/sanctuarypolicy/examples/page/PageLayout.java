package org.sanctuarypolicy.examples.page;

import org.sanctuarypolicy.api.PolicyInfo;

/**
 * What every page shares: the document head with its one stylesheet, the site header with its
 * navigation, the main landmark, and the footer that says the page records nothing and names the
 * policy in small print.
 */
final class PageLayout {
  /** The site's name, at the top of every page. */
  static final String SITE = "Chicago order: front-desk check";

  private PageLayout() {}

  /** Which page of the navigation is this one. */
  enum Current {
    FORM,
    ORDER,
    NONE
  }

  /**
   * Starts a page: everything up to the opening of {@code main}.
   *
   * @param title the document's title, before the site's name
   * @param current the page of the navigation this is
   * @return the builder, inside {@code main}
   */
  static Html start(String title, Current current) {
    Html html = Html.document();
    html.open("html", "lang", "en").newline();
    html.open("head").newline();
    html.empty("meta", "charset", "utf-8").newline();
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    html.element("title", title + " \u2013 " + SITE).newline();
    html.empty("link", "rel", "stylesheet", "href", DecisionPage.STYLE_PATH).newline();
    html.close("head").newline();
    html.open("body").newline();
    html.element("a", "Skip to the main content", "class", "skip", "href", "#main").newline();
    html.open("header", "class", "site").newline();
    html.open("p", "class", "site-name").element("a", SITE, "href", DecisionPage.FORM_PATH);
    html.close("p").newline();
    html.open("nav", "aria-label", "Pages").open("ul");
    navItem(html, "Check a situation", DecisionPage.FORM_PATH, current == Current.FORM);
    navItem(html, "The whole order", DecisionPage.ORDER_PATH, current == Current.ORDER);
    html.close("ul").close("nav").newline();
    html.close("header").newline();
    html.open("main", "id", "main").newline();
    return html;
  }

  private static void navItem(Html html, String text, String href, boolean current) {
    html.open("li");
    if (current) {
      html.element("a", text, "href", href, "aria-current", "page");
    } else {
      html.element("a", text, "href", href);
    }
    html.close("li");
  }

  /**
   * Ends a page: closes {@code main}, writes the footer, and returns the document.
   *
   * @param html the builder, inside {@code main}
   * @param info the policy the page speaks for
   * @return the HTML text
   */
  static String end(Html html, PolicyInfo info) {
    html.close("main").newline();
    html.open("footer", "class", "site").newline();
    html.element(
            "p",
            "This page advises only: it keeps and records nothing of what you enter. To put a"
                + " decision on the city's compliance record, your department's system uses the"
                + " decision service's recording API.")
        .newline();
    html.open("p", "class", "small")
        .text("Policy ")
        .element("span", info.id(), "class", "code")
        .text(", version ")
        .element("span", info.version(), "class", "code")
        .text(", fingerprint ")
        .element("span", info.fingerprint(), "class", "code fingerprint")
        .text(".")
        .close("p")
        .newline();
    html.close("footer").newline();
    html.close("body").newline();
    html.close("html").newline();
    return html.finish();
  }
}

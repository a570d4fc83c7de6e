package org.sanctuarypolicy.examples.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The HTML builder: every text and attribute value escaped, names checked, elements balanced. */
class HtmlTest {
  private static final String HOSTILE = "<script>alert('x')</script>\"&";

  @Test
  void text_hostile_escaped() {
    String html = Html.document().open("p").text(HOSTILE).close("p").finish();

    assertThat(html)
        .isEqualTo(
            "<!DOCTYPE html>\n<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;</p>");
  }

  @Test
  void attribute_hostile_escapedInsideItsQuotes() {
    String html =
        Html.document().empty("input", "value", "\" onfocus=\"alert(1)", "checked", "").finish();

    assertThat(html).endsWith("<input value=\"&quot; onfocus=&quot;alert(1)\" checked=\"\">");
  }

  @Test
  void names_notLowerCaseWords_rejected() {
    for (String name : new String[] {"", "P", "on click", "a>", "1a", "x\"y"}) {
      assertThatThrownBy(() -> Html.document().open(name))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[a-z][a-z0-9-]*");
      assertThatThrownBy(() -> Html.document().open("p", name, "v"))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void elements_unbalanced_rejected() {
    assertThatThrownBy(() -> Html.document().open("p").close("div"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closing div while p is open");
    assertThatThrownBy(() -> Html.document().open("p").finish())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Html.document().close("p")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Html.document().open("input"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.document().empty("p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.document().open("p", "class"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void element_nested_written() {
    String html =
        Html.document()
            .open("ul", "class", "a b")
            .element("li", "x & y", "data-clause", "EO-5.1(a)")
            .close("ul")
            .finish();

    assertThat(html)
        .endsWith("<ul class=\"a b\"><li data-clause=\"EO-5.1(a)\">x &amp; y</li></ul>");
  }
}

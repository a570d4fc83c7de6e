package org.sanctuarypolicy.examples.page;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an HTML document in which every text and every attribute value is escaped by Guava's
 * {@link HtmlEscapers#htmlEscaper()}: there is no way to put unescaped text into it.
 *
 * <p>Element and attribute names are checked against {@code [a-z][a-z0-9-]*} (they come from this
 * package's code, never from input), elements are closed in order, and void elements are written by
 * {@link #empty}. The only markup not made of elements and escaped text is the doctype.
 *
 * <p>Not thread-safe: one builder writes one document.
 */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private static final CharMatcher NAME_CHARS =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('-'));

  /** The elements that have no content and no end tag. */
  private static final ImmutableSet<String> VOID =
      ImmutableSet.of("meta", "link", "input", "br", "hr");

  private final StringBuilder out = new StringBuilder(16_384);
  private final Deque<String> open = new ArrayDeque<>();

  private Html() {}

  /**
   * A new document, starting with its doctype.
   *
   * @return the builder
   */
  static Html document() {
    Html html = new Html();
    html.out.append("<!DOCTYPE html>\n");
    return html;
  }

  /**
   * Opens an element.
   *
   * @param tag the element's name
   * @param attributes names and values, alternating; an empty value writes {@code name=""}, which
   *     is how a boolean attribute such as {@code checked} is set
   * @return this builder
   */
  Html open(String tag, String... attributes) {
    checkArgument(!VOID.contains(tag), "%s is a void element: use empty()", tag);
    startTag(tag, attributes);
    open.push(tag);
    return this;
  }

  /**
   * Closes the innermost open element.
   *
   * @param tag its name, checked against the element that is open
   * @return this builder
   */
  Html close(String tag) {
    checkState(!open.isEmpty(), "no element is open; cannot close %s", tag);
    String top = open.pop();
    checkState(top.equals(tag), "closing %s while %s is open", tag, top);
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Writes an element with only text in it.
   *
   * @param tag the element's name
   * @param text its text, escaped
   * @param attributes names and values, alternating
   * @return this builder
   */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Writes a void element, such as {@code input} or {@code meta}.
   *
   * @param tag the element's name
   * @param attributes names and values, alternating
   * @return this builder
   */
  Html empty(String tag, String... attributes) {
    checkArgument(VOID.contains(tag), "%s is not a void element", tag);
    startTag(tag, attributes);
    return this;
  }

  /**
   * Writes text, escaped.
   *
   * @param text the text
   * @return this builder
   */
  Html text(String text) {
    out.append(ESCAPER.escape(text));
    return this;
  }

  /**
   * Writes a line break in the source, which keeps the document readable and changes nothing on the
   * page where it is written between block elements.
   *
   * @return this builder
   */
  Html newline() {
    out.append('\n');
    return this;
  }

  /**
   * The document, once every element is closed.
   *
   * @return the HTML text
   */
  String finish() {
    checkState(open.isEmpty(), "elements still open: %s", open);
    return out.toString();
  }

  private void startTag(String tag, String... attributes) {
    checkName(tag);
    checkArgument(attributes.length % 2 == 0, "attributes come in name and value pairs");
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      checkName(attributes[i]);
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(ESCAPER.escape(attributes[i + 1]))
          .append('"');
    }
    out.append('>');
  }

  private static void checkName(String name) {
    checkArgument(
        !name.isEmpty()
            && CharMatcher.inRange('a', 'z').matches(name.charAt(0))
            && NAME_CHARS.matchesAllOf(name),
        "name: \"%s\" is not allowed; allowed: [a-z][a-z0-9-]*",
        name);
  }
}

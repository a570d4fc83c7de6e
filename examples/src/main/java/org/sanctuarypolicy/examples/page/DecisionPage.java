package org.sanctuarypolicy.examples.page;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.security.SecureRandom;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/**
 * The decision page for front-desk staff, independent of the HTTP server that serves it: {@code GET
 * /} the situation form, {@code POST /} the answer, {@code GET /order} the whole order, and {@code
 * GET /page.css} the one stylesheet.
 *
 * <p>The page is server-rendered HTML without any script, loads nothing from another host, and is
 * sent with a strict {@link #CONTENT_SECURITY_POLICY}. Every text is HTML-escaped by construction:
 * pages are written only through a builder that escapes all text and attribute values with Guava's
 * {@code HtmlEscapers}. The form's field names and values are the request's JSON field and enum
 * names, so {@code POST /} with {@code
 * counterparty=FEDERAL_IMMIGRATION_ENFORCEMENT&action=HOLD_ON_DETAINER&
 * authorities=IMMIGRATION_DETAINER} asks what a link or a test would; {@code GET /} with the same
 * query fills the form in. A form that is not a valid request is answered 400 with the form again
 * and each problem next to its field, and no decision.
 *
 * <p>The page advises: it decides with the policy it was given and records nothing, whatever the
 * service around it records. Each answer gets a fresh request id, {@code page-} and 16 hex digits.
 *
 * <p>Thread-safe and immutable; one instance serves every request.
 */
public final class DecisionPage {
  /** The form ({@code GET}) and the answer ({@code POST}). */
  public static final String FORM_PATH = "/";

  /** The whole order, clause by clause. */
  public static final String ORDER_PATH = "/order";

  /** The stylesheet, the one resource the pages load. */
  public static final String STYLE_PATH = "/page.css";

  /**
   * The {@code Content-Security-Policy} of every answer: nothing may load but the page's own
   * stylesheet, no script at all, forms post only to the service, and no other site may frame the
   * page.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  /** The form's media type. */
  public static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private static final String HTML_TYPE = "text/html; charset=utf-8";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Policy policy;
  private final PolicyInfo info;
  private final String orderPage;
  private final String blankForm;
  private final String style;

  private DecisionPage(Policy policy) {
    this.policy = policy;
    this.info = policy.info();
    this.orderPage = OrderView.page(policy.catalog(), info);
    this.blankForm = FormView.page(PageForm.blank(), info);
    try {
      this.style = Resources.toString(Resources.getResource(DecisionPage.class, "page.css"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page for a policy.
   *
   * @param policy the policy that decides; the page never records, so give it a plain policy
   * @return the page
   */
  public static DecisionPage of(Policy policy) {
    return new DecisionPage(checkNotNull(policy, "policy"));
  }

  /**
   * Whether a path is the page's: {@code /}, {@code /order} or {@code /page.css}, exactly.
   *
   * @param rawPath the request's path, not decoded
   * @return true for the page's paths
   */
  public static boolean serves(@Nullable String rawPath) {
    return FORM_PATH.equals(rawPath) || ORDER_PATH.equals(rawPath) || STYLE_PATH.equals(rawPath);
  }

  /**
   * Whether a request carries a form the page reads: a {@code POST} to {@code /}. The server reads
   * the body of those only, within its limits.
   *
   * @param method the request's method
   * @param rawPath the request's path
   * @return true for a form post
   */
  public static boolean takesBody(String method, @Nullable String rawPath) {
    return method.equals("POST") && FORM_PATH.equals(rawPath);
  }

  /**
   * Answers a request for one of the page's paths.
   *
   * @param method the request's method
   * @param rawPath one of the paths the page {@linkplain #serves serves}
   * @param rawQuery the query string, not decoded, or null; on {@code GET /} it fills the form in
   * @param contentType the request's {@code Content-Type}, or null
   * @param body the request's body: the form of a {@code POST /}, empty otherwise
   * @return the answer
   */
  public PageResponse handle(
      String method,
      String rawPath,
      @Nullable String rawQuery,
      @Nullable String contentType,
      byte[] body) {
    if (STYLE_PATH.equals(rawPath)) {
      return method.equals("GET")
          ? PageResponse.of(200, headers("text/css; charset=utf-8"), style, false)
          : methodNotAllowed("GET");
    }
    if (ORDER_PATH.equals(rawPath)) {
      return method.equals("GET") ? html(200, orderPage) : methodNotAllowed("GET");
    }
    if (method.equals("GET")) {
      return rawQuery == null || rawQuery.isEmpty()
          ? html(200, blankForm)
          : html(200, FormView.page(prefilled(rawQuery), info));
    }
    if (method.equals("POST")) {
      return post(contentType, body);
    }
    return methodNotAllowed("GET, POST");
  }

  /** A query fills the form in; values that are not choices are left out, and nothing is said. */
  private static PageForm prefilled(String rawQuery) {
    PageForm form = PageForm.read(rawQuery, "page-prefill");
    return form.problems().containsKey(PageForm.FORM) ? PageForm.blank() : form.asPrefill();
  }

  private PageResponse post(@Nullable String contentType, byte[] body) {
    if (!isForm(contentType)) {
      return html(
          415,
          FormView.page(
              PageForm.blank()
                  .withProblem(
                      "The form was not sent the way this page sends it ("
                          + FORM_TYPE
                          + "): start again from this page."),
              info));
    }
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return html(
          400,
          FormView.page(
              PageForm.blank()
                  .withProblem("The form could not be read: start again from this page."),
              info));
    }
    PageForm form = PageForm.read(text, requestId());
    if (form.request().isEmpty()) {
      return html(400, FormView.page(form, info));
    }
    Request request = form.request().get();
    Decision decision = policy.evaluate(request);
    return html(200, AnswerView.page(request, decision, policy.catalog()));
  }

  /**
   * The answer to a form too large to read: 413, and the connection closed.
   *
   * @param limit the largest body read, in bytes
   * @return the answer
   */
  public PageResponse tooLarge(int limit) {
    return PageResponse.of(
        413,
        headers(HTML_TYPE),
        FormView.page(
            PageForm.blank()
                .withProblem(
                    "The form was larger than the "
                        + limit
                        + " bytes the service reads, far more than this page sends: start again"
                        + " from this page."),
            info),
        true);
  }

  /**
   * The answer when every worker is busy: 503 with {@code Retry-After: 1}, and the connection
   * closed.
   *
   * @return the answer
   */
  public PageResponse busy() {
    Html html = PageLayout.start("Busy", PageLayout.Current.NONE);
    html.element("h1", "The service is busy").newline();
    html.element("p", "Too many people are asking at once. Wait a moment and try again.");
    return PageResponse.of(
        503,
        ImmutableMap.<String, String>builder()
            .putAll(headers(HTML_TYPE))
            .put("Retry-After", "1")
            .buildOrThrow(),
        PageLayout.end(html, info),
        true);
  }

  /**
   * The answer to a bug: 500, without any detail.
   *
   * @return the answer
   */
  public PageResponse internalError() {
    Html html = PageLayout.start("Error", PageLayout.Current.NONE);
    html.element("h1", "Something went wrong").newline();
    html.element(
        "p",
        "The service could not answer. This is a fault of the service, not of what you entered:"
            + " ask the Law Department directly, and tell the service's administrators.");
    return PageResponse.of(500, headers(HTML_TYPE), PageLayout.end(html, info), true);
  }

  private PageResponse methodNotAllowed(String allowed) {
    Html html = PageLayout.start("Not allowed", PageLayout.Current.NONE);
    html.element("h1", "This address cannot be used that way").newline();
    html.open("p")
        .text("Open ")
        .element("a", "the front-desk check", "href", FORM_PATH)
        .text(" instead.")
        .close("p");
    return PageResponse.of(
        405,
        ImmutableMap.<String, String>builder()
            .putAll(headers(HTML_TYPE))
            .put("Allow", allowed)
            .buildOrThrow(),
        PageLayout.end(html, info),
        false);
  }

  private static PageResponse html(int status, String page) {
    return PageResponse.of(status, headers(HTML_TYPE), page, false);
  }

  private static ImmutableMap<String, String> headers(String contentType) {
    return ImmutableMap.<String, String>builder()
        .put("Content-Type", contentType)
        .put("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .put("X-Content-Type-Options", "nosniff")
        .put("X-Frame-Options", "DENY")
        .put("Referrer-Policy", "no-referrer")
        .put("Cache-Control", "no-store")
        .buildOrThrow();
  }

  /** {@code application/x-www-form-urlencoded}, any case, with no charset but UTF-8. */
  private static boolean isForm(@Nullable String type) {
    if (type == null) {
      return false;
    }
    List<String> parts = Splitter.on(';').trimResults().splitToList(type);
    if (!Ascii.equalsIgnoreCase(parts.get(0), FORM_TYPE)) {
      return false;
    }
    for (String parameter : parts.subList(1, parts.size())) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals).trim();
      if (Ascii.equalsIgnoreCase(name, "charset")
          && !Ascii.equalsIgnoreCase(parameter.substring(equals + 1).trim(), "utf-8")) {
        return false;
      }
    }
    return true;
  }

  private static String requestId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return "page-" + BaseEncoding.base16().lowerCase().encode(bytes);
  }
}

package org.sanctuarypolicy.examples.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;

/**
 * One answer of the decision page: a status, the headers to send and the body, independent of the
 * HTTP server that sends it.
 *
 * <p>Immutable. The body is a fresh copy on every call.
 */
public final class PageResponse {
  private final int status;
  private final ImmutableMap<String, String> headers;
  private final byte[] body;
  private final boolean close;

  private PageResponse(
      int status, ImmutableMap<String, String> headers, byte[] body, boolean close) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.close = close;
  }

  static PageResponse of(
      int status, ImmutableMap<String, String> headers, String body, boolean close) {
    return new PageResponse(status, headers, body.getBytes(UTF_8), close);
  }

  /**
   * The HTTP status, for example 200, or 400 for a form that is not a valid request.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * The headers to send: {@code Content-Type}, {@code Content-Security-Policy}, {@code
   * X-Content-Type-Options} and the others the page sets, with {@code Allow} on a 405 and {@code
   * Retry-After} on a 503.
   *
   * @return the headers, by name
   */
  public ImmutableMap<String, String> headers() {
    return headers;
  }

  /**
   * The body, UTF-8.
   *
   * @return a copy of the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Whether the connection must be closed after this answer: a body too large to read, or a server
   * too busy to serve.
   *
   * @return true to close
   */
  public boolean closeConnection() {
    return close;
  }
}

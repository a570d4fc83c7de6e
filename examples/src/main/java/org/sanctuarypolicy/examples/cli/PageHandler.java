package org.sanctuarypolicy.examples.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.page.DecisionPage;
import org.sanctuarypolicy.examples.page.PageResponse;

/**
 * The decision page on the JDK's HTTP server: {@code GET /}, {@code POST /}, {@code GET /order} and
 * {@code GET /page.css} are the {@link DecisionPage}'s, every other path goes to the API's {@link
 * DecisionHandler}.
 *
 * <p>The page decides with the plain Chicago order, never through the service's compliance record:
 * it advises, and records nothing. It needs no bearer token. A form body gets the API's limits: a
 * {@code Content-Length} above the limit is answered 413 before any of it is read, a chunked body
 * is read at most one byte past it, and the rest is read and thrown away before the connection is
 * closed ({@link DecisionHandler#discardRestOfBody}). When every worker is busy the page answers
 * 503 with {@code Retry-After: 1}, like the API.
 *
 * <p>Thread-safe: the page is immutable.
 */
final class PageHandler implements HttpHandler {
  private final DecisionPage page = DecisionPage.of(SanctuaryPolicy.chicago());
  private final DecisionHandler api;
  private final int maxBodyBytes;

  /**
   * Creates the handler.
   *
   * @param api the handler of every path that is not the page's
   * @param maxBodyBytes the largest form body read, in bytes
   */
  PageHandler(DecisionHandler api, int maxBodyBytes) {
    this.api = api;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (!DecisionPage.serves(path)) {
      api.handle(exchange);
      return;
    }
    try {
      send(exchange, answer(exchange, path));
    } catch (IOException e) {
      // The client went away, or the watchdog cut the exchange off: there is no one to answer.
    } catch (RuntimeException | Error e) {
      if (exchange.getResponseCode() == -1) {
        try {
          send(exchange, page.internalError());
        } catch (IOException | RuntimeException again) {
          // Nothing more can be done for this client.
        }
      }
    } finally {
      DecisionHandler.discardRestOfBody(exchange);
      exchange.close();
    }
  }

  private PageResponse answer(HttpExchange exchange, String path) throws IOException {
    if (WorkerPool.shedding()) {
      return page.busy();
    }
    String method = exchange.getRequestMethod();
    Headers headers = exchange.getRequestHeaders();
    byte[] body = new byte[0];
    if (DecisionPage.takesBody(method, path)) {
      if (declaredLength(headers) > maxBodyBytes) {
        return page.tooLarge(maxBodyBytes);
      }
      body = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        return page.tooLarge(maxBodyBytes);
      }
    }
    return page.handle(
        method,
        path,
        exchange.getRequestURI().getRawQuery(),
        headers.getFirst("Content-Type"),
        body);
  }

  private void send(HttpExchange exchange, PageResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    // An answer given before a body was read closes the connection, as the API's do
    // (DecisionHandler.hasBody says why); the page reads a body only for a form it answers 200/400.
    boolean bodyUnread = !DecisionPage.takesBody(exchange.getRequestMethod(), path(exchange));
    if (response.closeConnection()
        || api.draining()
        || (DecisionHandler.hasBody(exchange) && (bodyUnread || response.status() >= 413))) {
      headers.set("Connection", "close");
    }
    byte[] body = response.body();
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    exchange.getResponseBody().write(body);
  }

  private static String path(HttpExchange exchange) {
    return exchange.getRequestURI().getRawPath();
  }

  /** The declared Content-Length, or -1 when there is none (a chunked body, or no body). */
  private static long declaredLength(Headers headers) {
    String length = headers.getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      // The JDK rejects such a request before the handler runs; this is a second line.
      return Long.MAX_VALUE;
    }
  }
}

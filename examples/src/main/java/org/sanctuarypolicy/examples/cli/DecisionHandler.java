package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.io.ByteStreams;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.json.PolicyJsonException;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordInputException;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The HTTP endpoints of the decision service: {@code POST /v1/decisions}, {@code GET /v1/policy}
 * and {@code GET /health}, with a JSON body on every answer, errors included; with a compliance
 * record, also {@code POST /v1/outcomes}.
 *
 * <p>With a record, a reportable decision is answered only once its DECISION entry is committed;
 * when the record cannot be written the answer is 503 {@code record unavailable} and holds no
 * decision. The requests of a batch are recorded concurrently, so that the record commits them
 * together, and the batch stays all or nothing: one that cannot be recorded makes the whole answer
 * a 503.
 *
 * <p>With {@linkplain BearerTokens bearer tokens}, every path under {@code /v1/} requires {@code
 * Authorization: Bearer TOKEN} with one of them: a request without one, or with another, is
 * answered 401 {@code unauthorized} with a {@code WWW-Authenticate: Bearer} challenge before its
 * body is read, so that it is neither decided nor recorded. {@code /health} needs no token.
 *
 * <p>Thread-safe: the policy and the precomputed bodies are immutable, and the only state is the
 * {@linkplain #drain() draining} flag and the threads that record batches.
 */
final class DecisionHandler implements HttpHandler {
  /** Decides one request or a batch. */
  static final String DECISIONS = "/v1/decisions";

  /** The clause catalog and the policy's fingerprint. */
  static final String POLICY = "/v1/policy";

  /** The liveness check. */
  static final String HEALTH = "/health";

  /** Records an outcome, with a record only. */
  static final String OUTCOMES = "/v1/outcomes";

  /** The paths that require a bearer token when the service has tokens. */
  static final String API_PREFIX = "/v1/";

  /** The most threads that record the requests of batches at once. */
  static final int BATCH_RECORDERS = 64;

  private static final String JSON_TYPE = "application/json";

  private static final String RESOURCES =
      "POST " + DECISIONS + ", GET " + POLICY + ", GET " + HEALTH;

  private static final String RECORDING_RESOURCES = RESOURCES + ", POST " + OUTCOMES;

  private static final String ALLOWED_BODY =
      "one JSON request object, a JSON array of request objects, or one request object per line";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Policy policy;
  private final Policy plain = SanctuaryPolicy.chicago();
  private final @Nullable RecordingPolicy recording;
  private final @Nullable ExecutorService batchRecorders;
  private final int maxBodyBytes;
  private final int maxBatchRequests;
  private final @Nullable BearerTokens tokens;
  private final byte[] catalogBody;
  private final byte[] healthBody;
  private final byte[] stoppingBody;
  private volatile boolean draining;

  /**
   * Creates the handler.
   *
   * @param policy the policy that decides: the Chicago order, or {@code recording}
   * @param recording the Chicago order on a compliance record, or null to keep no record
   * @param maxBodyBytes the largest request body accepted, in bytes
   * @param maxBatchRequests the most requests in one array
   * @param tokens the bearer tokens every {@code /v1/} path requires, or null to require none
   */
  DecisionHandler(
      Policy policy,
      @Nullable RecordingPolicy recording,
      int maxBodyBytes,
      int maxBatchRequests,
      @Nullable BearerTokens tokens) {
    this.policy = policy;
    this.tokens = tokens;
    this.recording = recording;
    this.batchRecorders = recording == null ? null : batchRecorders();
    this.maxBodyBytes = maxBodyBytes;
    this.maxBatchRequests = maxBatchRequests;
    this.catalogBody = PolicyJson.write(policy.catalog(), policy.info()).getBytes(UTF_8);
    this.healthBody = health("ok", policy.info(), recording);
    this.stoppingBody = health("stopping", policy.info(), recording);
  }

  /**
   * Up to {@link #BATCH_RECORDERS} daemon threads, made when needed and ended after a minute idle;
   * beyond them, and once the server has stopped, the exchange's own thread records the request (a
   * task is never dropped, so no exchange waits for one forever).
   */
  private static ExecutorService batchRecorders() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0,
            BATCH_RECORDERS,
            1,
            TimeUnit.MINUTES,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "policy-serve-record-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            (task, executor) -> task.run());
    return pool;
  }

  private static byte[] health(
      String status, PolicyInfo info, @Nullable RecordingPolicy recording) {
    ObjectNode body = JSON.createObjectNode().put("status", status);
    body.putObject("policy")
        .put("id", info.id())
        .put("version", info.version())
        .put("fingerprint", info.fingerprint());
    if (recording != null) {
      body.putObject("record")
          .put("id", recording.record().recordId())
          .put("unit", recording.unit());
    }
    return bytes(body);
  }

  /** Ends the threads that record batches; the server has stopped. */
  void shutdown() {
    if (batchRecorders != null) {
      batchRecorders.shutdown();
    }
  }

  /**
   * From now on, every answer asks the client to close its connection, and {@code /health} answers
   * 503 {@code stopping}: the server is shutting down.
   */
  void drain() {
    draining = true;
  }

  /**
   * Whether the server is shutting down: then every answer asks the client to close its connection,
   * the decision page's too.
   *
   * @return true once {@link #drain()} was called
   */
  boolean draining() {
    return draining;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      route(exchange);
    } catch (IOException e) {
      // The client went away, or the watchdog cut the exchange off: there is no one to answer.
    } catch (RuntimeException | Error e) {
      internalError(exchange);
    } finally {
      discardRestOfBody(exchange);
      exchange.close();
    }
  }

  /**
   * Puts the answer on the wire, then reads and throws away what is left of the request body, up to
   * {@link DecisionServer#MAX_DISCARDED_BYTES}; the exchange timeout bounds how long this waits. An
   * answer given before the whole body arrived (413, 503) would otherwise be lost: closing a
   * connection with unread data makes the operating system reset it, and the reset destroys
   * whatever of the answer the client had not read yet.
   */
  static void discardRestOfBody(HttpExchange exchange) {
    try {
      if (exchange.getResponseCode() != -1) {
        exchange.getResponseBody().flush();
      }
      ByteStreams.exhaust(
          ByteStreams.limit(exchange.getRequestBody(), DecisionServer.MAX_DISCARDED_BYTES));
    } catch (IOException e) {
      // The client went away, or the watchdog cut the exchange off: closing is all that is left.
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    if (WorkerPool.shedding()) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      send(
          exchange,
          503,
          error("service unavailable", "every worker is busy; retry later").put("retryAfter", 1),
          true);
      return;
    }
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    BearerTokens required = tokens;
    if (required != null
        && path != null
        && path.startsWith(API_PREFIX)
        && !authorized(exchange, required)) {
      return;
    }
    if (DECISIONS.equals(path)) {
      if (method.equals("POST")) {
        decide(exchange);
      } else {
        methodNotAllowed(exchange, "POST");
      }
    } else if (POLICY.equals(path)) {
      if (method.equals("GET")) {
        send(exchange, 200, catalogBody, false);
      } else {
        methodNotAllowed(exchange, "GET");
      }
    } else if (HEALTH.equals(path)) {
      if (method.equals("GET")) {
        send(exchange, draining ? 503 : 200, draining ? stoppingBody : healthBody, false);
      } else {
        methodNotAllowed(exchange, "GET");
      }
    } else if (OUTCOMES.equals(path)) {
      outcomes(exchange, method);
    } else {
      send(
          exchange,
          404,
          error(
              "not found",
              "no such resource: "
                  + Main.printable(path == null ? "" : path)
                  + "; resources: "
                  + (recording == null ? RESOURCES : RECORDING_RESOURCES)),
          hasBody(exchange));
    }
  }

  /** Answers a request for the outcomes resource, which exists only on a service that records. */
  private void outcomes(HttpExchange exchange, String method) throws IOException {
    RecordingPolicy recorder = recording;
    if (recorder == null) {
      send(
          exchange,
          404,
          error(
              "not found",
              "this service keeps no record, so it takes no outcomes: start it with serve"
                  + " --record URL --unit CODE; resources: "
                  + RESOURCES),
          hasBody(exchange));
    } else if (method.equals("POST")) {
      recordOutcome(exchange, recorder);
    } else {
      methodNotAllowed(exchange, "POST");
    }
  }

  /**
   * Whether the request carries one of the tokens; when it does not, answers 401 with a challenge
   * (RFC 6750: no error code when no token came, {@code invalid_token} for a wrong one). The answer
   * never shows the token that came.
   */
  private boolean authorized(HttpExchange exchange, BearerTokens required) throws IOException {
    BearerTokens.Check check = required.check(exchange.getRequestHeaders().get("Authorization"));
    if (check == BearerTokens.Check.ACCEPTED) {
      return true;
    }
    String message;
    if (check == BearerTokens.Check.MISSING) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      message =
          "this service requires a bearer token on "
              + API_PREFIX
              + ": send the header Authorization: Bearer TOKEN, with a token that the service's"
              + " operator gave you";
    } else {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      message =
          "the bearer token is not one this service accepts (it is not shown here): ask the"
              + " service's operator for a valid one";
    }
    send(exchange, 401, error("unauthorized", message), hasBody(exchange));
    return false;
  }

  private void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().set("Allow", allowed);
    String method = Main.printable(exchange.getRequestMethod());
    ObjectNode body = JSON.createObjectNode().put("error", "method not allowed");
    body.put("value", method).put("allowed", allowed);
    body.put(
        "message",
        "method "
            + method
            + " is not allowed on "
            + exchange.getRequestURI().getRawPath()
            + "; allowed: "
            + allowed);
    send(exchange, 405, body, hasBody(exchange));
  }

  /**
   * Whether the request has a body ({@code Content-Length} above 0, or a {@code
   * Transfer-Encoding}). An answer given before that body is read asks the client to close the
   * connection: the body is read and thrown away only after the answer is out, and by then the
   * client may have sent its next request on the same connection. Over TLS the JDK server can read
   * that request into its buffer together with the end of the body, where its selector never sees
   * it, and the next request would wait until the connection times out.
   */
  static boolean hasBody(HttpExchange exchange) {
    Headers headers = exchange.getRequestHeaders();
    return headers.containsKey("Transfer-Encoding") || declaredLength(headers) > 0;
  }

  // ---- POST /v1/decisions ---------------------------------------------------------------------

  private void decide(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange);
    if (body == null) {
      return;
    }
    String text = text(exchange, body, ALLOWED_BODY);
    if (text == null) {
      return;
    }
    decideAll(exchange, body, text);
  }

  /** The request body, read up to the limit; or null once an error (415, 413) has been answered. */
  private byte @Nullable [] readBody(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    String type = headers.getFirst("Content-Type");
    if (!isJson(type)) {
      String shown = type == null ? "missing" : '"' + Main.printable(type) + '"';
      ObjectNode body = JSON.createObjectNode().put("error", "unsupported media type");
      body.put("field", "Content-Type").put("value", shown).put("allowed", JSON_TYPE);
      body.put(
          "message",
          "Content-Type: "
              + shown
              + " is not allowed; allowed: "
              + JSON_TYPE
              + " (UTF-8; a charset parameter, if any, must be utf-8)");
      send(exchange, 415, body, hasBody(exchange));
      return null;
    }
    if (declaredLength(headers) > maxBodyBytes) {
      tooLarge(exchange);
      return null;
    }
    // Reads at most one byte past the limit, whether the body has a Content-Length or is chunked.
    byte[] body = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      tooLarge(exchange);
      return null;
    }
    return body;
  }

  /**
   * The body as text from its first significant character on; or null once an error (not UTF-8,
   * empty) has been answered.
   */
  private @Nullable String text(HttpExchange exchange, byte[] body, String allowedBody)
      throws IOException {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer decoded = CharBuffer.allocate(body.length);
    if (decoder.decode(in, decoded, true).isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += body[i] == '\n' ? 1 : 0;
      }
      send(
          exchange,
          400,
          malformed(
              0,
              "malformed JSON at line "
                  + line
                  + ": the bytes are not valid UTF-8; allowed: JSON text in UTF-8"),
          false);
      return null;
    }
    decoder.flush(decoded);
    String text = decoded.flip().toString();
    int start = firstSignificant(text);
    if (start == text.length()) {
      ObjectNode error = JSON.createObjectNode().put("error", "empty body");
      error.put("allowed", allowedBody);
      error.put("message", "the request body is empty; allowed: " + allowedBody);
      send(exchange, 400, error, false);
      return null;
    }
    return text.substring(start);
  }

  /**
   * Decides what the body holds, as {@code evaluate} reads it: one request object, an array of
   * them, or one per line (JSON Lines). One object is answered with one decision; an array or
   * several lines are a batch, all or nothing: the first invalid request rejects it, and nothing is
   * decided; otherwise the answer is the array of decisions in input order.
   */
  private void decideAll(HttpExchange exchange, byte[] body, String text) throws IOException {
    boolean array = text.charAt(0) == '[';
    List<Request> requests = new ArrayList<>();
    Iterator<Request> reader = PolicyJson.readRequests(new ByteArrayInputStream(body));
    while (reader.hasNext()) {
      Request request;
      try {
        request = reader.next();
      } catch (PolicyJsonException e) {
        if (!array && e.position() == 1 && !reader.hasNext()) {
          rejectOne(exchange, text, e);
        } else {
          send(exchange, 400, rejected(e), false);
        }
        return;
      }
      if (requests.size() == maxBatchRequests) {
        ObjectNode error = JSON.createObjectNode().put("error", "too many requests");
        error.put("limit", maxBatchRequests);
        error.put(
            "message",
            "a batch holds at most " + maxBatchRequests + " requests; split it into smaller ones");
        send(exchange, 413, error, false);
        return;
      }
      requests.add(request);
    }
    if (!array && requests.size() == 1) {
      decideOne(exchange, requests.get(0));
    } else {
      decideBatch(exchange, requests);
    }
  }

  /**
   * Answers the one invalid request object of a body with the error of a single document: its
   * fields and no position in a stream. Should the document read it otherwise than the stream (it
   * never should), the stream's own error is the answer: nothing is decided either way.
   */
  private void rejectOne(HttpExchange exchange, String text, PolicyJsonException streamed)
      throws IOException {
    try {
      PolicyJson.parseRequest(text);
    } catch (InvalidRequestException e) {
      send(exchange, 400, invalid(0, e.problems(), Main.message(e)), false);
      return;
    } catch (PolicyJsonException e) {
      send(exchange, 400, rejected(e), false);
      return;
    }
    send(exchange, 400, rejected(streamed), false);
  }

  private void decideOne(HttpExchange exchange, Request request) throws IOException {
    Decision decision;
    try {
      decision = policy.evaluate(request);
    } catch (RecordException e) {
      recordUnavailable(exchange, e, "no decision was given: do not act on the request");
      return;
    }
    send(exchange, 200, PolicyJson.write(decision).getBytes(UTF_8), false);
  }

  /** All or nothing: every request is decided, or none is (a record that fails stops them). */
  private void decideBatch(HttpExchange exchange, List<Request> requests) throws IOException {
    List<Decision> decided;
    try {
      decided = decideAll(requests);
    } catch (RecordException e) {
      recordUnavailable(
          exchange,
          e,
          "no decision of the batch was given: do not act on any of its requests (those recorded"
              + " before the failure stay on the record)");
      return;
    }
    StringBuilder decisions = new StringBuilder(requests.size() * 512 + 2).append('[');
    for (int i = 0; i < decided.size(); i++) {
      if (i > 0) {
        decisions.append(',');
      }
      decisions.append(PolicyJson.write(decided.get(i)));
    }
    send(exchange, 200, decisions.append(']').toString().getBytes(UTF_8), false);
  }

  /**
   * Decides every request; with a record, records the reportable ones concurrently and returns once
   * every one of them is committed.
   *
   * @throws RecordException when one of them could not be recorded, after every other ended
   */
  private List<Decision> decideAll(List<Request> requests) {
    List<Decision> decisions = new ArrayList<>(requests.size());
    if (recording == null || batchRecorders == null) {
      for (Request request : requests) {
        decisions.add(policy.evaluate(request));
      }
      return decisions;
    }
    RecordingPolicy recorder = recording;
    List<CompletableFuture<Decision>> futures = new ArrayList<>(requests.size());
    for (Request request : requests) {
      Decision decision = plain.evaluate(request);
      futures.add(
          RecordingPolicy.isReportable(request, decision)
              ? CompletableFuture.supplyAsync(() -> recorder.evaluate(request), batchRecorders)
              : CompletableFuture.completedFuture(decision));
    }
    @Nullable RecordException failure = null;
    for (CompletableFuture<Decision> future : futures) {
      try {
        decisions.add(future.join());
      } catch (CompletionException e) {
        if (!(e.getCause() instanceof RecordException)) {
          throw e;
        }
        if (failure == null) {
          failure = (RecordException) e.getCause();
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return decisions;
  }

  // ---- POST /v1/outcomes ----------------------------------------------------------------------

  private void recordOutcome(HttpExchange exchange, RecordingPolicy recorder) throws IOException {
    byte[] body = readBody(exchange);
    if (body == null) {
      return;
    }
    String text = text(exchange, body, OutcomeJson.ALLOWED_BODY);
    if (text == null) {
      return;
    }
    Outcome outcome;
    try {
      outcome = OutcomeJson.parse(text);
    } catch (OutcomeJson.InvalidOutcomeException e) {
      if (e.field().isEmpty()) {
        send(exchange, 400, malformed(0, Main.message(e)), false);
      } else {
        send(exchange, 400, invalidOutcome(e.field().get(), e.value(), e.allowed()), false);
      }
      return;
    }
    long seq;
    try {
      seq = recorder.record().recordOutcome(outcome);
    } catch (RecordInputException e) {
      send(exchange, 400, invalidOutcome(e.field(), e.value(), e.allowed()), false);
      return;
    } catch (RecordException e) {
      recordUnavailable(exchange, e, "the outcome is not on the record");
      return;
    }
    send(exchange, 201, JSON.createObjectNode().put("seq", seq), false);
  }

  private static ObjectNode invalidOutcome(String field, String value, String allowed) {
    return JSON.createObjectNode()
        .put("error", "invalid outcome")
        .put("field", field)
        .put("value", value)
        .put("allowed", allowed)
        .put("message", field + ": " + value + " is not allowed; allowed: " + allowed);
  }

  /** 503: the record cannot be written, and nothing that depends on it is answered. */
  private void recordUnavailable(HttpExchange exchange, RecordException e, String consequence)
      throws IOException {
    send(exchange, 503, error("record unavailable", Main.reason(e) + "; " + consequence), false);
  }

  private void tooLarge(HttpExchange exchange) throws IOException {
    ObjectNode error = JSON.createObjectNode().put("error", "body too large");
    error.put("limit", maxBodyBytes);
    error.put("message", "the request body exceeds " + maxBodyBytes + " bytes");
    // The rest of the body may be longer than is discarded: the connection cannot be reused.
    send(exchange, 413, error, true);
  }

  /**
   * Whether a Content-Type is JSON: {@code application/json} in any case, with no charset but
   * UTF-8.
   *
   * @param type the header's value, or null when there is none
   * @return true for JSON
   */
  static boolean isJson(@Nullable String type) {
    if (type == null) {
      return false;
    }
    List<String> parts = Splitter.on(';').trimResults().splitToList(type);
    if (!Ascii.equalsIgnoreCase(parts.get(0), JSON_TYPE)) {
      return false;
    }
    for (String parameter : parts.subList(1, parts.size())) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals).trim();
      if (Ascii.equalsIgnoreCase(name, "charset")) {
        String value = parameter.substring(equals + 1).trim().replace("\"", "");
        if (!Ascii.equalsIgnoreCase(value, "utf-8")) {
          return false;
        }
      }
    }
    return true;
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

  /** The index of the first character that is neither a byte order mark nor JSON white space. */
  private static int firstSignificant(String text) {
    // A byte order mark only as the body's first character, as the stream reader takes it.
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  // ---- answers --------------------------------------------------------------------------------

  private static ObjectNode rejected(PolicyJsonException e) {
    if (e.malformed()) {
      return malformed(e.position(), Main.message(e));
    }
    return invalid(e.position(), e.problems(), Main.message(e));
  }

  /**
   * The answer to an invalid request: the first problem's field, value and what is allowed, and
   * every problem in {@code problems}, in the order they appear.
   */
  private static ObjectNode invalid(
      long position, List<InvalidRequestException.Problem> problems, String message) {
    ObjectNode body = JSON.createObjectNode().put("error", "invalid request");
    if (position > 0) {
      body.put("position", position);
    }
    InvalidRequestException.Problem first = problems.get(0);
    body.put("field", first.field()).put("value", first.value()).put("allowed", first.allowed());
    ArrayNode all = body.putArray("problems");
    for (InvalidRequestException.Problem problem : problems) {
      all.addObject()
          .put("field", problem.field())
          .put("value", problem.value())
          .put("allowed", problem.allowed())
          .put("message", problem.message());
    }
    return body.put("message", message);
  }

  private static ObjectNode malformed(long position, String message) {
    ObjectNode body = JSON.createObjectNode().put("error", "malformed JSON");
    if (position > 0) {
      body.put("position", position);
    }
    return body.put("message", message);
  }

  private static ObjectNode error(String kind, String message) {
    return JSON.createObjectNode().put("error", kind).put("message", message);
  }

  private void internalError(HttpExchange exchange) {
    if (exchange.getResponseCode() != -1) {
      return; // The status line is out; closing the exchange is all that is left.
    }
    try {
      send(exchange, 500, error("internal error", "the server failed to answer; a bug"), true);
    } catch (IOException | RuntimeException e) {
      // Nothing more can be done for this client.
    }
  }

  private void send(HttpExchange exchange, int status, ObjectNode body, boolean close)
      throws IOException {
    send(exchange, status, bytes(body), close);
  }

  private void send(HttpExchange exchange, int status, byte[] body, boolean close)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", JSON_TYPE);
    if (close || draining) {
      headers.set("Connection", "close");
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

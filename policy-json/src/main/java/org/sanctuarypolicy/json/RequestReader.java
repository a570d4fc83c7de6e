package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Request;

/**
 * Reads requests one at a time from a top-level JSON array, or from a sequence of top-level JSON
 * values (one per line, or a single object over several lines), holding only the current item in
 * memory. See {@link PolicyJson#readRequests} for the contract.
 *
 * <p>The input is fed to Jackson's non-blocking parser one line at a time (a line ends with
 * {@code \n}), and each item's tokens go to an {@link ItemTree}, as a document's do. Feeding by lines
 * is what lets a sequence survive malformed JSON: the parser only asks for more once it has read
 * everything fed, so a token, and an error, is always on the line fed last, whose number this
 * reader keeps (Jackson's own line numbers are not used: they also count a lone {@code \r}). After
 * malformed JSON a new parser starts:
 *
 * <ul>
 *   <li>on the next line, when the bad item started on the line of the error (JSON Lines);
 *   <li>when it started on an earlier line (an object over several lines): on the first line from
 *       the line of the error on that starts with {@code {}, so that an object left open ends where
 *       the next one starts, and the rest of a broken object is one bad item, not one per line.
 * </ul>
 *
 * <p>In an array there is no such place to start again, and malformed JSON ends the stream.
 */
final class RequestReader implements Iterator<Request> {
  private static final String ALLOWED_INPUT =
      "one request object, an array of request objects, or one request object per line";

  private static final int BUFFER_BYTES = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER_BYTES];

  /** The bytes of {@link #buffer} not yet fed: from {@code next} to {@code end}. */
  private int next;

  private int end;
  private boolean endOfInput;

  /** The 1-based line of the byte at {@link #next}. */
  private long line = 1;

  /** Where the last piece fed starts in the buffer, and whether that is the start of a line. */
  private int pieceStart;

  /** The line of the last piece fed, and where that piece ends in the buffer. */
  private long pieceLine = 1;

  private int pieceEnd;

  private boolean pieceStartsLine;

  /** Whether the last piece fed ends with a line break. */
  private boolean pieceEndsLine = true;

  private JsonParser parser;
  private ByteArrayFeeder feeder;

  private boolean started;
  private boolean inArray;
  private boolean finished;

  /** The next outcome, a request or the error of an item, once found. */
  private @Nullable Request request;

  private @Nullable PolicyJsonException error;

  /** The number of items handed out so far, good or bad. */
  private long position;

  RequestReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
    this.parser = newParser();
    this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
  }

  @Override
  public boolean hasNext() {
    if (request == null && error == null && !finished) {
      advance();
    }
    return request != null || error != null;
  }

  @Override
  public Request next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more requests");
    }
    PolicyJsonException e = error;
    Request r = request;
    error = null;
    request = null;
    if (e != null) {
      throw e;
    }
    return Objects.requireNonNull(r);
  }

  /** Reads the next item, or finds the end, and sets {@link #request} or {@link #error}. */
  private void advance() {
    long at = position + 1;
    long itemLine = 0; // the line of the item's first token, once read
    try {
      boolean first = !started;
      started = true;
      JsonToken token = nextToken();
      if (first) {
        if (token == null) {
          error =
              PolicyJsonException.format(
                  "request",
                  at,
                  1,
                  "malformed JSON: the input is empty; allowed: " + ALLOWED_INPUT,
                  null);
          finish();
          return;
        }
        if (token == JsonToken.START_ARRAY) {
          inArray = true;
          token = nextToken();
        }
      }
      if (inArray && token == JsonToken.END_ARRAY) {
        if (nextToken() != null) {
          throw new JsonParseException(
              parser,
              "content after the array of requests is not allowed; allowed: " + ALLOWED_INPUT,
              parser.currentTokenLocation());
        }
        token = null;
      }
      if (token == null) {
        finish();
        return;
      }
      itemLine = pieceLine;
      ItemTree tree = new ItemTree("request", InvalidRequestException::of);
      while (!tree.accept(parser)) {
        if (nextToken() == null) {
          throw new JsonParseException(parser, "the input ends inside the request");
        }
      }
      position = at;
      try {
        request = RequestCodec.fromItem(tree);
      } catch (InvalidRequestException e) {
        error = PolicyJsonException.atInput(at, itemLine, e);
      }
    } catch (JsonProcessingException e) {
      position = at;
      long errorLine = pieceLine;
      JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      error =
          PolicyJsonException.malformedAt(
              "request",
              at,
              itemLine > 0 ? itemLine : errorLine,
              errorLine,
              // The end of the input is on no line of its own: only the item's last line is named.
              e instanceof JsonEOFException ? 0 : location.getColumnNr(),
              reason(e, itemLine > 0),
              e);
      recover(itemLine > 0 && itemLine < errorLine);
    } catch (IOException e) {
      finish();
      throw new UncheckedIOException(e);
    }
  }

  /** What is wrong with the JSON of the last piece fed, in words. */
  private String reason(JsonProcessingException e, boolean inItem) {
    if (!validUtf8(buffer, pieceStart, pieceEnd)) {
      return PolicyJsonException.NOT_UTF8;
    }
    if (e instanceof JsonEOFException && inArray && !inItem) {
      return "the input ends inside the array of requests; allowed: " + ALLOWED_INPUT;
    }
    return PolicyJsonException.reason("request", e);
  }

  /**
   * After malformed JSON: in an array, ends the stream; in a sequence, starts a new parser on the
   * next line, or, after an item begun on an earlier line, on the first line from the line of the
   * error on that starts with {@code {}.
   */
  private void recover(boolean itemOverLines) {
    if (inArray) {
      finish();
      return;
    }
    try {
      if (itemOverLines && pieceStartsLine && startsObject(pieceStart, pieceEnd)) {
        next = pieceStart;
        line = pieceLine;
        pieceEndsLine = true;
      } else {
        skipRestOfLine();
        if (itemOverLines) {
          skipToObjectLine();
        }
      }
      parser.close();
      parser = newParser();
      feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    } catch (IOException io) {
      // The I/O error ends the iteration; the malformed item it interrupted is not reported.
      error = null;
      finish();
      throw new UncheckedIOException(io);
    }
  }

  /** Whether the bytes from {@code from} to {@code to} start, after blanks, with {@code {}. */
  private boolean startsObject(int from, int to) {
    int first = from;
    while (first < to && isBlank(buffer[first])) {
      first++;
    }
    return first < to && buffer[first] == '{';
  }

  /**
   * Whether the bytes are UTF-8. A sequence cut off at {@code to} counts as valid: the rest of it
   * may come in the next piece of the line.
   */
  private static boolean validUtf8(byte[] bytes, int from, int to) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return !decoder
        .decode(ByteBuffer.wrap(bytes, from, to - from), CharBuffer.allocate(to - from), false)
        .isError();
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  /**
   * From the start of a line, skips every line that does not start with {@code {} (after blanks),
   * up to the end of the input.
   */
  private void skipToObjectLine() throws IOException {
    while (pieceEndsLine) {
      if (next == end && !fill()) {
        return;
      }
      int first = next;
      while (first < end && isBlank(buffer[first])) {
        first++;
      }
      if (first == end || buffer[first] == '{') {
        // An object starts here (or blanks fill the rest of the buffer: read on from here).
        return;
      }
      next = first;
      pieceEndsLine = false;
      skipRestOfLine();
    }
  }

  /** The next token, feeding the parser one line at a time; null at the end of the input. */
  private @Nullable JsonToken nextToken() throws IOException {
    while (true) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.NOT_AVAILABLE) {
        return token;
      }
      feedLine();
    }
  }

  /** Feeds the parser the bytes up to and including the next line break, or says the end. */
  private void feedLine() throws IOException {
    if (next == end && !fill()) {
      feeder.endOfInput();
      return;
    }
    int stop = next;
    while (stop < end && buffer[stop] != '\n') {
      stop++;
    }
    pieceStart = next;
    pieceLine = line;
    pieceStartsLine = pieceEndsLine;
    pieceEndsLine = stop < end;
    if (pieceEndsLine) {
      stop++;
      line++;
    }
    next = stop;
    pieceEnd = stop;
    feeder.feedInput(buffer, pieceStart, stop);
  }

  /** Reads more input into the emptied buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    next = 0;
    end = read;
    return true;
  }

  /** Skips the input up to and including the next line break, unless the last piece ended one. */
  private void skipRestOfLine() throws IOException {
    while (!pieceEndsLine) {
      if (next == end && !fill()) {
        return;
      }
      while (next < end && buffer[next] != '\n') {
        next++;
      }
      if (next < end) {
        next++;
        line++;
        pieceEndsLine = true;
      }
    }
  }

  /** Ends the iteration; the caller's stream stays open. */
  private void finish() {
    finished = true;
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonParser newParser() {
    try {
      return Wire.FACTORY.createNonBlockingByteArrayParser();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

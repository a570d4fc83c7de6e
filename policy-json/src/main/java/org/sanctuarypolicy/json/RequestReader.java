package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * <p>The input is fed to Jackson's non-blocking parser one line at a time, and each item's tokens
 * go to an {@link ItemTree}, as a document's do. Feeding by lines is what lets a sequence survive
 * malformed JSON: the parser has consumed every earlier line when it fails, so the error is on the
 * line just fed, and a new parser starts on the next line. If that failing line starts with
 * {@code {} where the parser expected the rest of an earlier item (a line cut short), the line is
 * read again as the start of the next item. In an array there is no such place to start again, and
 * malformed JSON ends the stream.
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

  /** The line of the last piece fed. */
  private long pieceLine = 1;

  private boolean pieceStartsLine;

  /** Whether the last piece fed ends with a line break. */
  private boolean pieceEndsLine = true;

  private JsonParser parser;
  private ByteArrayFeeder feeder;

  /** The line on which {@link #parser} started, for the parser's own line numbers. */
  private long parserLine = 1;

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
    long itemLine = line;
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
      itemLine = parserLine + parser.currentTokenLocation().getLineNr() - 1;
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
      error =
          PolicyJsonException.syntax(
              "request", at, itemLine, parserLine, e, parser.currentLocation());
      recover(e, itemLine);
    } catch (IOException e) {
      finish();
      throw new UncheckedIOException(e);
    }
  }

  /**
   * After malformed JSON: in an array, ends the stream; in a sequence, starts a new parser on the
   * line after the error, or on the line of the error when it starts the next item.
   */
  private void recover(JsonProcessingException e, long itemLine) {
    if (inArray) {
      finish();
      return;
    }
    try {
      if (startsNextItem(e, itemLine)) {
        next = pieceStart;
        if (pieceEndsLine) {
          line--;
        }
        pieceEndsLine = true;
      } else {
        skipRestOfLine();
      }
      parser.close();
      parser = newParser();
      feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
      parserLine = line;
    } catch (IOException io) {
      // The I/O error ends the iteration; the malformed item it interrupted is not reported.
      error = null;
      finish();
      throw new UncheckedIOException(io);
    }
  }

  /**
   * Whether the error is at a {@code {} that starts the line just fed, while reading an item that
   * started on an earlier line: that item was cut short, and this line starts the next one. An
   * error at the end of the input, after a line break, is on no line fed.
   */
  private boolean startsNextItem(JsonProcessingException e, long itemLine) {
    JsonLocation location = e.getLocation();
    if (!pieceStartsLine || location == null) {
      return false;
    }
    int first = pieceStart;
    while (first < next && (buffer[first] == ' ' || buffer[first] == '\t')) {
      first++;
    }
    long errorLine = parserLine + location.getLineNr() - 1;
    return errorLine == pieceLine
        && errorLine > itemLine
        && first < next
        && buffer[first] == '{'
        && location.getColumnNr() == first - pieceStart + 1;
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

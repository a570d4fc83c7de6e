package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
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
 */
final class RequestReader implements Iterator<Request> {
  private static final String ALLOWED_INPUT =
      "one request object, an array of request objects, or one request object per line";

  private final InputStream in;
  private @Nullable JsonParser parser;
  private boolean started;
  private boolean inArray;
  private boolean finished;

  /** The parser stands on the first token of the next item. */
  private boolean ready;

  /** Malformed input found while looking for the next item; reported by the next call to next. */
  private @Nullable PolicyJsonException pending;

  /** The number of items handed out so far, good or bad. */
  private long position;

  RequestReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public boolean hasNext() {
    if (!ready && pending == null && !finished) {
      advance();
    }
    return ready || pending != null;
  }

  @Override
  public Request next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more requests");
    }
    position++;
    PolicyJsonException found = pending;
    if (found != null) {
      pending = null;
      finish();
      throw found;
    }
    ready = false;
    JsonParser p = parser();
    long line = p.currentTokenLocation().getLineNr();
    try {
      return RequestParser.read(p).get();
    } catch (InvalidRequestException e) {
      throw PolicyJsonException.atInput(position, line, e);
    } catch (JsonProcessingException e) {
      PolicyJsonException malformed = PolicyJsonException.syntax(position, e, p.currentLocation());
      finish();
      throw malformed;
    } catch (CharConversionException e) {
      finish();
      throw notText(position, line);
    } catch (IOException e) {
      finish();
      throw new UncheckedIOException(e);
    }
  }

  /** Moves to the first token of the next item, or finds the end, or malformed input. */
  private void advance() {
    try {
      JsonParser p = parser;
      if (p == null) {
        p = Wire.FACTORY.createParser(in);
        parser = p;
      }
      JsonToken token = p.nextToken();
      if (!started) {
        started = true;
        if (token == null) {
          pending =
              PolicyJsonException.format(
                  1, 1, "malformed JSON: the input is empty; allowed: " + ALLOWED_INPUT, null);
          return;
        }
        if (token == JsonToken.START_ARRAY) {
          inArray = true;
          token = p.nextToken();
        }
      }
      if (inArray && token == JsonToken.END_ARRAY) {
        if (p.nextToken() != null) {
          long line = p.currentTokenLocation().getLineNr();
          pending =
              PolicyJsonException.format(
                  position + 1,
                  line,
                  "malformed JSON at line "
                      + line
                      + ", column "
                      + p.currentTokenLocation().getColumnNr()
                      + ": content after the array of requests is not allowed; allowed: "
                      + ALLOWED_INPUT,
                  null);
        } else {
          finish();
        }
        return;
      }
      if (token == null) {
        finish();
        return;
      }
      ready = true;
    } catch (JsonProcessingException e) {
      JsonParser p = parser;
      pending = PolicyJsonException.syntax(position + 1, e, p == null ? null : p.currentLocation());
    } catch (CharConversionException e) {
      JsonParser p = parser;
      pending = notText(position + 1, p == null ? 1 : Math.max(1, p.currentLocation().getLineNr()));
    } catch (IOException e) {
      finish();
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes Jackson cannot read as text in any JSON encoding: malformed input, not an I/O error. */
  private static PolicyJsonException notText(long position, long line) {
    return PolicyJsonException.format(
        position,
        line,
        "malformed JSON: the bytes are not text in UTF-8; allowed: " + ALLOWED_INPUT,
        null);
  }

  private JsonParser parser() {
    JsonParser p = parser;
    if (p == null) {
      throw new IllegalStateException("no parser before the first item");
    }
    return p;
  }

  /** Ends the iteration and releases the parser's buffers; the caller's stream stays open. */
  private void finish() {
    finished = true;
    ready = false;
    JsonParser p = parser;
    if (p != null) {
      parser = null;
      try {
        p.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

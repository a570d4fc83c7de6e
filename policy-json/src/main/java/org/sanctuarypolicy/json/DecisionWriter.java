package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.sanctuarypolicy.api.Decision;

/**
 * Writes decisions to a byte stream as JSON Lines: each line exactly what {@link
 * PolicyJson#write(Decision)} returns, in UTF-8, followed by {@code \n}. Made by {@link
 * PolicyJson#decisionWriter}. (One exception: a string holding a lone surrogate, which has no UTF-8
 * form, has it written as a JSON escape such as <code>&#92;uD83D</code>, so that the line still
 * parses back to the same decision.)
 *
 * <p>One Jackson generator and its buffer serve the whole stream, so writing a decision builds no
 * tree and no string; the strings that repeat from one decision to the next, such as the reasons'
 * sentences and the policy's identity, are kept pre-encoded (a few hundred at most). The writer
 * buffers: {@link #flush()} passes what it holds to the stream and flushes the stream; {@link
 * #close()} flushes and releases the buffer, but never closes the stream, which the caller owns.
 * Not thread-safe: one writer per stream and thread.
 */
public final class DecisionWriter implements Closeable, Flushable {
  private final JsonGenerator generator;
  private final RepeatedTexts texts = new RepeatedTexts();

  DecisionWriter(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      generator = Wire.FACTORY.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      // Creating a generator writes nothing.
      throw new UncheckedIOException(e);
    }
    // Lines are ended by this writer; no separator between top-level values.
    generator.setRootValueSeparator(null);
  }

  /**
   * Writes one decision as a line.
   *
   * @param decision the decision
   * @throws IOException when the stream fails
   */
  public void write(Decision decision) throws IOException {
    DecisionCodec.write(decision, generator, texts);
    generator.writeRaw('\n');
  }

  /**
   * Passes the buffered lines to the stream and flushes it.
   *
   * @throws IOException when the stream fails
   */
  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  /**
   * Flushes the buffered lines and releases the buffer; the stream stays open. Writing after
   * closing fails.
   *
   * @throws IOException when the stream fails
   */
  @Override
  public void close() throws IOException {
    generator.close();
  }
}

package org.sanctuarypolicy.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that remembers whether a write failed because its reader went away ({@code
 * evaluate big.jsonl | head}): the tool then stops quietly, with the status a Unix tool killed by
 * SIGPIPE has, instead of reporting an error. Any other write failure (a full disk) stays an error.
 */
final class ClosedPipe extends FilterOutputStream {
  /** 128 + SIGPIPE (13): what the shell reports for a Unix tool stopped by a closed pipe. */
  static final int EXIT_CLOSED_PIPE = 141;

  private static volatile boolean closed;

  ClosedPipe(OutputStream out) {
    super(out);
  }

  /**
   * Ends a command whose output failed: quietly with {@link #EXIT_CLOSED_PIPE} when the reader has
   * gone away, else with {@code message} on {@code err} and {@link Main#EXIT_INVALID}.
   */
  static int outputFailed(PrintStream err, String message) {
    if (closed) {
      return EXIT_CLOSED_PIPE;
    }
    err.println(message);
    return Main.EXIT_INVALID;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw noted(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw noted(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw noted(e);
    }
  }

  private static IOException noted(IOException e) {
    String message = e.getMessage();
    if (message != null && message.contains("Broken pipe")) {
      closed = true;
    }
    return e;
  }
}

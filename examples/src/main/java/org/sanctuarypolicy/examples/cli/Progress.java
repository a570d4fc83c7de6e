package org.sanctuarypolicy.examples.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * Progress of a long pass over the request space, shown on standard error when the tool runs on a
 * terminal ({@code \r}-rewritten, one line) and not at all otherwise, so that output piped or
 * captured stays clean. Thread-safe: the passes report from every core.
 */
final class Progress implements DoubleConsumer {
  private final PrintStream err;
  private final String label;
  private int shown = -1;

  private Progress(PrintStream err, String label) {
    this.err = err;
    this.label = label;
  }

  /** Progress for {@code label}, or nothing when standard error is not a terminal. */
  static DoubleConsumer onTerminal(PrintStream err, String label) {
    return System.console() == null ? fraction -> {} : new Progress(err, label);
  }

  @Override
  public synchronized void accept(double fraction) {
    int percent = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
    if (percent != shown) {
      shown = percent;
      err.print("\r" + label + ": " + percent + "%");
      if (percent == 100) {
        err.print("\r" + " ".repeat(label.length() + 6) + "\r");
      }
      err.flush();
    }
  }
}

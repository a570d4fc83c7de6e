package org.sanctuarypolicy.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.DecisionWriter;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.json.PolicyJsonException;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * {@code evaluate --record URL --unit CODE}: decides a stream of requests through a {@link
 * RecordingPolicy} and prints each decision only once it is on the record.
 *
 * <p>A reader thread reads the requests and hands each reportable one to a worker, which returns
 * once its DECISION entry is committed; up to {@link #IN_FLIGHT} are recorded at once, so that the
 * record commits them together (one transaction, one sync to disk, for many entries). The calling
 * thread prints the decisions in input order, each only after its future completed, and flushes
 * whenever the next decision is not ready yet: whatever reached standard output is on the record,
 * so a {@code kill -9} at any instant loses no decision that was printed. The order of the entries
 * on the record may differ from the input's within the requests recorded together.
 *
 * <p>When the record cannot be written, the command prints nothing for that input nor for any later
 * one, says so on standard error naming the input's position, and exits {@link
 * Main#EXIT_RECORD_FAILED}: the caller must not act on inputs from that position on. Later inputs
 * already handed to a worker may be on the record without having been printed, as after a crash
 * between a commit and its printing.
 */
final class RecordingEvaluation {
  /** How many inputs may be read ahead of the one being printed; also the worker threads. */
  static final int IN_FLIGHT = 64;

  /** How many decisions are written between checks that the output still accepts them. */
  private static final int CHECK_EVERY = 4_096;

  private final RecordingPolicy recording;
  private final Policy plain = SanctuaryPolicy.chicago();
  private final BlockingQueue<Slot> slots = new ArrayBlockingQueue<>(IN_FLIGHT);
  private volatile boolean stopped;

  /** One input, in input order: an invalid input's message, a decision to come, or the end. */
  private static final class Slot {
    final long position;
    final @Nullable String invalid;
    final @Nullable CompletableFuture<Decision> decision;
    final boolean end;
    final @Nullable IOException readFailure;
    final @Nullable Throwable bug;

    private Slot(
        long position,
        @Nullable String invalid,
        @Nullable CompletableFuture<Decision> decision,
        boolean end,
        @Nullable IOException readFailure,
        @Nullable Throwable bug) {
      this.position = position;
      this.invalid = invalid;
      this.decision = decision;
      this.end = end;
      this.readFailure = readFailure;
      this.bug = bug;
    }
  }

  private RecordingEvaluation(RecordingPolicy recording) {
    this.recording = recording;
  }

  /**
   * Decides, records and prints every input.
   *
   * @param recording the policy that records
   * @param in the input
   * @param source the input's name, for messages
   * @param out standard output
   * @param err standard error
   * @return {@link Main#EXIT_OK}, {@link Main#EXIT_INVALID} (an invalid input, an unreadable input
   *     or an unwritable output) or {@link Main#EXIT_RECORD_FAILED}
   */
  static int run(
      RecordingPolicy recording, InputStream in, String source, PrintStream out, PrintStream err) {
    return new RecordingEvaluation(recording).evaluate(in, source, out, err);
  }

  private int evaluate(InputStream in, String source, PrintStream out, PrintStream err) {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            IN_FLIGHT,
            task -> {
              Thread thread =
                  new Thread(task, "policy-evaluate-record-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    Thread reader = new Thread(() -> read(in, workers), "policy-evaluate-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      return print(source, out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("policy-cli evaluate: interrupted; stopped");
      return Main.EXIT_RECORD_FAILED;
    } finally {
      stopped = true;
      workers.shutdown();
      try {
        // The appends handed over end soon, committed or refused; the record waits for them too.
        workers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The reader thread: reads the inputs and starts deciding each, in order. */
  private void read(InputStream in, ExecutorService workers) {
    long position = 0;
    Slot end;
    try {
      Iterator<Request> requests = PolicyJson.readRequests(in);
      while (!stopped && requests.hasNext()) {
        position++;
        Slot slot;
        try {
          slot = new Slot(position, null, decide(requests.next(), workers), false, null, null);
        } catch (PolicyJsonException e) {
          slot =
              new Slot(
                  position,
                  String.join(System.lineSeparator(), e.messages()),
                  null,
                  false,
                  null,
                  null);
        }
        put(slot);
      }
      end = new Slot(position, null, null, true, null, null);
    } catch (UncheckedIOException e) {
      end = new Slot(position, null, null, true, e.getCause(), null);
    } catch (InterruptedException e) {
      return; // Only the printer's end interrupts this thread: nothing more to hand over.
    } catch (RuntimeException | Error e) {
      end = new Slot(position, null, null, true, null, e);
    }
    try {
      put(end);
    } catch (InterruptedException e) {
      // As above.
    }
  }

  private CompletableFuture<Decision> decide(Request request, ExecutorService workers) {
    Decision decision = plain.evaluate(request);
    if (!RecordingPolicy.isReportable(request, decision)) {
      return CompletableFuture.completedFuture(decision);
    }
    return CompletableFuture.supplyAsync(() -> recording.evaluate(request), workers);
  }

  /** Hands a slot to the printer, unless the printer stopped. */
  private void put(Slot slot) throws InterruptedException {
    while (!stopped) {
      if (slots.offer(slot, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** The calling thread: prints the slots in input order. */
  private int print(String source, PrintStream out, PrintStream err) throws InterruptedException {
    DecisionWriter writer = PolicyJson.decisionWriter(new BufferedOutputStream(out, 1 << 16));
    long invalid = 0;
    long written = 0;
    try {
      while (true) {
        Slot slot = slots.poll();
        if (slot == null) {
          writer.flush(); // Nothing more is ready: what was printed goes out now.
          slot = slots.take();
        }
        if (slot.end) {
          writer.flush();
          if (slot.bug != null) {
            throw new IllegalStateException(
                "reading input " + (slot.position + 1) + " failed: " + slot.bug, slot.bug);
          }
          if (slot.readFailure != null) {
            err.println(
                "policy-cli evaluate: cannot read "
                    + Main.printable(source)
                    + ": "
                    + Main.reason(slot.readFailure));
            return Main.EXIT_INVALID;
          }
          return finish(slot.position, invalid, out, err);
        }
        if (slot.invalid != null) {
          invalid++;
          err.println(slot.invalid);
          continue;
        }
        CompletableFuture<Decision> future = slot.decision;
        if (future == null) {
          throw new IllegalStateException("a slot with neither decision nor message");
        }
        if (!future.isDone()) {
          writer.flush();
        }
        Decision decision;
        try {
          decision = future.join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof RecordException) {
            writer.flush();
            err.println(
                "policy-cli evaluate: input "
                    + slot.position
                    + ": "
                    + Main.reason(e.getCause())
                    + "; nothing was printed for input "
                    + slot.position
                    + " or any later input; do not act on inputs from input "
                    + slot.position
                    + " on");
            return Main.EXIT_RECORD_FAILED;
          }
          throw e;
        }
        writer.write(decision);
        written++;
        if (written % CHECK_EVERY == 0) {
          writer.flush();
          if (out.checkError()) {
            return ClosedPipe.outputFailed(
                err,
                "policy-cli evaluate: cannot write the output; stopped after input "
                    + slot.position);
          }
        }
      }
    } catch (IOException e) {
      return ClosedPipe.outputFailed(
          err, "policy-cli evaluate: cannot write the output: " + Main.reason(e));
    } finally {
      stopped = true;
    }
  }

  private static int finish(long inputs, long invalid, PrintStream out, PrintStream err) {
    if (out.checkError()) {
      return ClosedPipe.outputFailed(err, "policy-cli evaluate: cannot write the output");
    }
    if (invalid > 0) {
      err.println(
          "policy-cli evaluate: "
              + invalid
              + " of "
              + inputs
              + (inputs == 1 ? " input " : " inputs ")
              + (invalid == 1 ? "was" : "were")
              + " invalid and got no decision");
      return Main.EXIT_INVALID;
    }
    return Main.EXIT_OK;
  }
}

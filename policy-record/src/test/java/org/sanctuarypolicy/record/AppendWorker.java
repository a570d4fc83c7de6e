package org.sanctuarypolicy.record;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * A child process for the fault and concurrency tests: opens the record at a URL and appends
 * reportable decisions from many threads through {@link RecordingPolicy}, printing one line {@code
 * ACK <seq> <requestId>} to standard output, flushed, after each append that returned.
 *
 * <p>Arguments: {@code URL JVM THREADS PER_THREAD [go]}. {@code PER_THREAD} 0 appends until stopped
 * or killed. With {@code go}, the worker opens the record only when the line {@code OPEN} arrives
 * on standard input, and appends only when the line {@code APPEND} arrives, so that several workers
 * open one new database at the same moment, and then append at the same moment. A {@code STOP} line
 * ends every thread after its current append; the worker then closes the record and exits. The
 * PostgreSQL user comes from the system property {@code record.user}, its password from the
 * environment variable {@code RECORD_PASSWORD}.
 *
 * <p>The worker prints {@code STARTED} first, {@code READY <recordId>} once the record is open,
 * {@code FAIL <requestId> <exception>} for an append that threw, and {@code DONE <acks> <failures>}
 * at the end; it exits 0 when no append failed. It halts when its standard input closes, so that it
 * never outlives the test that started it.
 *
 * <p>Request ids are {@code w<JVM>-t<thread>-<n>}, unique across workers with distinct {@code JVM}.
 */
final class AppendWorker {
  /** Synchronized, autoflushed: every line reaches the pipe or file in one write, whole. */
  private static final PrintStream OUT =
      new PrintStream(
          new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 12),
          true,
          StandardCharsets.UTF_8);

  private AppendWorker() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: AppendWorker URL JVM THREADS PER_THREAD [go]");
      System.exit(2);
    }
    String url = args[0];
    String jvm = args[1];
    int threads = Integer.parseInt(args[2]);
    int perThread = Integer.parseInt(args[3]);
    boolean awaitGo = args.length > 4 && args[4].equals("go");

    CountDownLatch open = new CountDownLatch(1);
    CountDownLatch append = new CountDownLatch(1);
    AtomicBoolean stop = new AtomicBoolean();
    Thread stdin = new Thread(() -> watchStdin(open, append, stop), "stdin-watch");
    stdin.setDaemon(true);
    stdin.start();
    if (!awaitGo) {
      open.countDown();
      append.countDown();
    }

    Properties properties = new Properties();
    String user = System.getProperty("record.user");
    if (user != null) {
      properties.setProperty("user", user);
    }
    String password = System.getenv("RECORD_PASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }

    AtomicLong acks = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    println("STARTED");
    open.await();
    try (ComplianceRecord record = ComplianceRecord.open(url, properties)) {
      RecordingPolicy policy =
          RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "WORKER-" + jvm);
      println("READY " + record.recordId());
      append.await();
      List<Thread> appenders = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread appender =
            new Thread(
                () -> {
                  for (int n = 0; (perThread == 0 || n < perThread) && !stop.get(); n++) {
                    String requestId = "w" + jvm + "-t" + thread + "-" + n;
                    try {
                      Recorded recorded = policy.decide(request(requestId));
                      if (recorded.seq().isEmpty()) {
                        failures.incrementAndGet();
                        println("FAIL " + requestId + " a reportable decision without a seq");
                      } else {
                        acks.incrementAndGet();
                        println("ACK " + recorded.seq().getAsLong() + " " + requestId);
                      }
                    } catch (RuntimeException e) {
                      failures.incrementAndGet();
                      println("FAIL " + requestId + " " + e);
                      try {
                        Thread.sleep(2); // The database refuses: no need to spin.
                      } catch (InterruptedException interrupted) {
                        return;
                      }
                    }
                  }
                },
                "appender-" + t);
        appender.start();
        appenders.add(appender);
      }
      for (Thread appender : appenders) {
        appender.join();
      }
    }
    println("DONE " + acks.get() + " " + failures.get());
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  /** A reportable request: a detainer hold asked by federal immigration enforcement. */
  static Request request(String requestId) {
    return Request.builder()
        .requestId(requestId)
        .action(Action.HOLD_ON_DETAINER)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .authorities(Authority.IMMIGRATION_DETAINER)
        .build();
  }

  private static void println(String line) {
    synchronized (OUT) {
      OUT.println(line);
    }
  }

  /**
   * Releases {@code open} on an {@code OPEN} line and {@code append} on an {@code APPEND} line,
   * sets {@code stop} on a {@code STOP} line, and halts the process when standard input closes.
   */
  private static void watchStdin(CountDownLatch open, CountDownLatch append, AtomicBoolean stop) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.equals("OPEN")) {
          open.countDown();
        } else if (line.equals("APPEND")) {
          append.countDown();
        } else if (line.equals("STOP")) {
          stop.set(true);
        }
      }
    } catch (IOException e) {
      // Treated as the test having gone away.
    }
    Runtime.getRuntime().halt(3);
  }
}

package org.sanctuarypolicy.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The executor of the decision service: a fixed number of worker threads with a bounded queue, a
 * small overflow pool that only answers "busy", and a watchdog that cuts off any exchange that
 * holds a thread too long.
 *
 * <p>The JDK's HTTP server hands each exchange (one HTTP request on a connection) to this executor
 * once the first bytes of the request have arrived; the task reads the request line, headers and
 * body from a blocking socket channel, calls the handler and writes the response, all on the
 * thread that runs it. So:
 *
 * <ul>
 *   <li><b>Bounded.</b> At most {@code threads} exchanges run and {@code queue} wait. When both are
 *       full, the exchange runs on one of the {@code overflowThreads} instead, marked as
 *       {@linkplain #shedding() shedding}, and the handler answers 503 before reading the body.
 *       When the overflow threads are busy too, the task is rejected and the JDK closes the
 *       connection.
 *   <li><b>Timed.</b> An exchange that has run for longer than {@code timeout} (a client that sends
 *       half a request and stalls, or never reads its response) has its thread interrupted. The
 *       socket channel is an {@link java.nio.channels.InterruptibleChannel}: the blocked read or
 *       write fails with {@link java.nio.channels.ClosedByInterruptException}, the channel is
 *       closed, and the thread is free again. The interrupt never leaks into the next task: it is
 *       sent and cleared under the same lock, and cleared before the task is marked done.
 * </ul>
 *
 * <p>This works per server, unlike the JDK's {@code sun.net.httpserver.maxReqTime}, which is read
 * once per JVM into a static field and so cannot differ between servers or be set after any server
 * has been created.
 */
final class WorkerPool implements Executor {
  /** Set while a task runs on an overflow thread: the handler must answer 503 and nothing else. */
  private static final ThreadLocal<Boolean> SHEDDING = ThreadLocal.withInitial(() -> false);

  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor overflow;
  private final ScheduledExecutorService watchdog;
  private final long timeoutNanos;
  private final Set<Job> running = ConcurrentHashMap.newKeySet();
  private final AtomicLong cutOffs = new AtomicLong();
  private final AtomicLong shed = new AtomicLong();

  private final Object idle = new Object();

  /** Tasks accepted and not yet finished, queued ones included; guarded by {@link #idle}. */
  private int inFlight;

  /**
   * Creates the pool and starts its watchdog.
   *
   * @param name the prefix of the threads' names
   * @param threads the number of worker threads, at least 1
   * @param queue how many exchanges may wait for a worker, at least 0
   * @param overflowThreads the number of threads that answer 503 when the workers are saturated,
   *     at least 1
   * @param timeout the longest an exchange may hold a thread, positive
   */
  WorkerPool(String name, int threads, int queue, int overflowThreads, Duration timeout) {
    checkArgument(threads >= 1, "threads: %s is not allowed; allowed: at least 1", threads);
    checkArgument(queue >= 0, "queue: %s is not allowed; allowed: at least 0", queue);
    checkArgument(
        overflowThreads >= 1,
        "overflow threads: %s is not allowed; allowed: at least 1",
        overflowThreads);
    checkArgument(
        !timeout.isNegative() && !timeout.isZero(),
        "timeout: %s is not allowed; allowed: a positive duration",
        timeout);
    this.timeoutNanos = timeout.toNanos();
    BlockingQueue<Runnable> waiting =
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            waiting,
            daemons(name + "-worker-%d"),
            new ThreadPoolExecutor.AbortPolicy());
    this.overflow =
        new ThreadPoolExecutor(
            overflowThreads,
            overflowThreads,
            0,
            TimeUnit.MILLISECONDS,
            new SynchronousQueue<>(),
            daemons(name + "-overflow-%d"),
            new ThreadPoolExecutor.AbortPolicy());
    this.watchdog = Executors.newSingleThreadScheduledExecutor(daemons(name + "-watchdog-%d"));
    long period = Math.max(10, Math.min(250, timeout.toMillis() / 10));
    watchdog.scheduleAtFixedRate(this::cutOffLateJobs, period, period, TimeUnit.MILLISECONDS);
  }

  private static ThreadFactory daemons(String nameFormat) {
    return new ThreadFactoryBuilder().setNameFormat(nameFormat).setDaemon(true).build();
  }

  /**
   * Whether the current thread is an overflow thread: the workers were saturated when its exchange
   * arrived, and the handler must answer 503.
   *
   * @return true on an overflow thread, while it runs an exchange
   */
  static boolean shedding() {
    return SHEDDING.get();
  }

  /**
   * Runs an exchange on a worker, or on an overflow thread when every worker is busy and the queue
   * is full.
   *
   * @throws RejectedExecutionException when the overflow threads are busy too, or the pool is shut
   *     down; the JDK then closes the connection
   */
  @Override
  public void execute(Runnable task) {
    synchronized (idle) {
      inFlight++;
    }
    try {
      workers.execute(new Job(task, false));
      return;
    } catch (RejectedExecutionException saturated) {
      // Every worker is busy and the queue is full (or the pool is shut down): try the overflow.
    }
    try {
      overflow.execute(new Job(task, true));
      shed.incrementAndGet();
    } catch (RejectedExecutionException e) {
      finished();
      throw e;
    }
  }

  /**
   * The number of exchanges accepted and not yet finished, waiting ones included.
   *
   * @return the count
   */
  int inFlight() {
    synchronized (idle) {
      return inFlight;
    }
  }

  /**
   * How many exchanges the watchdog has cut off since the pool was created.
   *
   * @return the count
   */
  long cutOffs() {
    return cutOffs.get();
  }

  /**
   * How many exchanges went to the overflow threads since the pool was created.
   *
   * @return the count
   */
  long shed() {
    return shed.get();
  }

  /**
   * Waits until no exchange is in flight, or the grace period ends.
   *
   * @param grace the longest to wait
   * @return true when nothing is in flight, false when the grace period ended first
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean awaitIdle(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (idle) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
      return true;
    }
  }

  /**
   * Stops every thread: running exchanges are interrupted (which closes their connections),
   * waiting ones are dropped. Waits at most a second for the threads to end.
   *
   * @throws InterruptedException when the calling thread is interrupted while it waits
   */
  void shutdown() throws InterruptedException {
    for (ExecutorService pool : new ExecutorService[] {workers, overflow, watchdog}) {
      pool.shutdownNow();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    for (ExecutorService pool : new ExecutorService[] {workers, overflow, watchdog}) {
      pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  private void finished() {
    synchronized (idle) {
      inFlight--;
      if (inFlight == 0) {
        idle.notifyAll();
      }
    }
  }

  private void cutOffLateJobs() {
    long now = System.nanoTime();
    for (Job job : running) {
      if (now - job.started > timeoutNanos && job.cutOff()) {
        cutOffs.incrementAndGet();
      }
    }
  }

  /** One exchange, as run by a worker or an overflow thread. */
  private final class Job implements Runnable {
    private final Runnable task;
    private final boolean shedding;

    /** When the job started running; written before the job is published to the watchdog. */
    private long started;

    /** The thread that runs the job; guarded by {@code this}. */
    private @Nullable Thread thread;

    /** Whether the job has ended; guarded by {@code this}. */
    private boolean done;

    Job(Runnable task, boolean shedding) {
      this.task = task;
      this.shedding = shedding;
    }

    @Override
    public void run() {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      started = System.nanoTime();
      running.add(this);
      SHEDDING.set(shedding);
      try {
        task.run();
      } finally {
        synchronized (this) {
          done = true;
          // Clear an interrupt sent by the watchdog, so that it cannot reach the next task.
          Thread.interrupted();
        }
        running.remove(this);
        SHEDDING.remove();
        finished();
      }
    }

    /** Interrupts the job's thread unless the job has ended; true when it did. */
    synchronized boolean cutOff() {
      Thread t = thread;
      if (done || t == null) {
        return false;
      }
      t.interrupt();
      thread = null;
      return true;
    }
  }
}

package org.sanctuarypolicy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;
import org.sanctuarypolicy.record.Verification;

/**
 * What the record benchmarks append: a lockup's hold on an immigration detainer, asked by federal
 * immigration enforcement, a reportable decision, with a request id new to the record every time.
 */
final class RecordWorkload {
  /** The recording unit of every appended entry. */
  static final String UNIT = "BENCH-LOCKUP-018";

  /** The policy that decides, recording or not. */
  static final Policy POLICY = SanctuaryPolicy.chicago();

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String prefix = "hold-" + THREADS.incrementAndGet() + "-";
  private long next;

  /** A source of requests for one thread; its ids are unique in this JVM. */
  RecordWorkload() {}

  /** The next request: the same reportable hold, with the next request id. */
  Request next() {
    return reportable(prefix + next++);
  }

  static Request reportable(String id) {
    return Request.builder()
        .requestId(id)
        .actor(Actor.CITY_DEPARTMENT)
        .action(Action.HOLD_ON_DETAINER)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
        .authorities(Authority.IMMIGRATION_DETAINER)
        .build();
  }

  /** Throws unless the workload's decision is reportable, so that every call appends. */
  static void checkReportable() {
    Request request = reportable("check");
    Decision decision = POLICY.evaluate(request);
    if (!RecordingPolicy.isReportable(request, decision)) {
      throw new IllegalStateException("the benchmark's request is not reportable: " + decision);
    }
  }

  /** Throws unless {@code record} verifies and holds at least {@code entries} entries. */
  static Verification checkVerified(ComplianceRecord record, long entries) {
    Verification verification = record.verify();
    if (!verification.verified() || verification.headSeq() < entries) {
      throw new IllegalStateException(
          "the record does not verify with " + entries + " entries: " + verification);
    }
    return verification;
  }

  /** Appends {@code entries} decisions through {@code policy} from 64 threads at once. */
  static void fill(RecordingPolicy policy, int entries) throws Exception {
    int threads = 64;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = entries / threads + (t < entries % threads ? 1 : 0);
        done.add(
            pool.submit(
                () -> {
                  RecordWorkload workload = new RecordWorkload();
                  for (int i = 0; i < share; i++) {
                    policy.decide(workload.next());
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}

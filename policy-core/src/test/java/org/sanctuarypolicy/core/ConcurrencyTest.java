package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/** Eight threads share the public policy; every answer equals the single-threaded one. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int EVALUATIONS = 1_000_000;
  private static final int DISTINCT = 20_000;

  @Test
  void evaluate_eightThreadsAMillionEvaluations_sameDecisionsAsOneThread() throws Exception {
    Random random = new Random(20261130L);
    Request[] requests = new Request[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      requests[i] = randomRequest(random, "c-" + i);
    }
    // Expected answers come from the reference evaluator, on this thread alone.
    Policy reference = SanctuaryPolicy.reference();
    Decision[] expected = new Decision[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      expected[i] = reference.evaluate(requests[i]);
    }

    Policy policy = SanctuaryPolicy.chicago();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int seed = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                Random order = new Random(seed);
                int wrong = 0;
                for (int n = 0; n < EVALUATIONS / THREADS; n++) {
                  int i = order.nextInt(DISTINCT);
                  // Half the calls reuse the shared request object, half build an equal one.
                  Request request =
                      (n & 1) == 0 ? requests[i] : Request.builderFrom(requests[i]).build();
                  if (!policy.evaluate(request).equals(expected[i])) {
                    wrong++;
                  }
                }
                return wrong;
              }));
    }
    start.countDown();
    int wrong = 0;
    for (Future<Integer> result : results) {
      wrong += result.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(wrong).isZero();
  }

  static Request randomRequest(Random random, String id) {
    Action action = pick(random, Action.values());
    Request.Builder builder =
        Request.builder()
            .requestId(id)
            .actor(pick(random, Actor.values()))
            .action(action)
            .counterparty(pick(random, Counterparty.values()))
            .purpose(pick(random, Purpose.values()));
    List<Authority> authorities = new ArrayList<>();
    for (Authority authority : Authority.values()) {
      if (random.nextInt(4) == 0) {
        authorities.add(authority);
      }
    }
    builder.authorities(authorities);
    if (action == Action.DISCLOSE_INFORMATION) {
      List<InformationCategory> information = new ArrayList<>();
      while (information.isEmpty()) {
        for (InformationCategory category : InformationCategory.values()) {
          if (random.nextInt(3) == 0) {
            information.add(category);
          }
        }
      }
      builder.information(information);
    }
    if (action == Action.PROVIDE_FACILITY) {
      builder.facilityArea(pick(random, FacilityArea.values()));
    }
    return builder.build();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}

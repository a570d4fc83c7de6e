package org.sanctuarypolicy.benchmarks;

import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.testkit.RequestSpace;

/**
 * The checks that each benchmarked alternative decides exactly as the reference evaluator, run in
 * each benchmark's trial set-up before anything is timed, and by the module's unit tests. Each
 * check throws {@link IllegalStateException} naming the first request on which the alternative
 * differs, so a benchmark of a wrong alternative refuses to run.
 */
final class Equivalence {
  /** How many random requests, besides the benchmarks' own, Drools must decide right. */
  static final int DROOLS_SAMPLE = 100_000;

  /** The seed of those requests; not the benchmarks' seed. */
  static final long DROOLS_SEED = 0x0D_12_00_15L;

  private static final Policy REFERENCE = SanctuaryPolicy.reference();

  private Equivalence() {}

  /**
   * Checks the hand-written effect on every request of the space, about 16.8 million, in parallel,
   * against the compiled policy, which the law tests of policy-testkit prove equal to the reference
   * on the same space (the law that the fast path equals the plain evaluator); the message of a
   * failure gives the reference decision.
   */
  static void checkHandWritten() {
    checkOverSpace("handWritten", HandWrittenPolicy::effect);
  }

  /** Checks that {@code candidate} gives the policy's effect on every request of the space. */
  static void checkOverSpace(String name, Function<Request, Effect> candidate) {
    Policy compiled = SanctuaryPolicy.chicago();
    RequestSpace space = RequestSpace.all();
    OptionalLong first =
        LongStream.range(0, space.size())
            .parallel()
            .filter(
                i -> {
                  Request request = space.request(i);
                  return candidate.apply(request) != compiled.evaluate(request).effect();
                })
            .findFirst();
    if (first.isPresent()) {
      Request request = space.request(first.getAsLong());
      throw differs(name, request, candidate.apply(request), REFERENCE.evaluate(request));
    }
  }

  /**
   * Checks Drools' effect against the reference on {@value #DROOLS_SAMPLE} random requests and on
   * the benchmarks' requests.
   */
  static void checkDrools(DroolsPolicy drools, BenchmarkRequests data) {
    checkEffects("drools", drools::effect, BenchmarkRequests.generate(DROOLS_SAMPLE, DROOLS_SEED));
    checkEffects("drools", drools::effect, data);
  }

  /**
   * Checks that {@code candidate} gives the reference's effect on every request of {@code data}.
   */
  static void checkEffects(
      String name, Function<Request, Effect> candidate, BenchmarkRequests data) {
    checkEach(
        data.size(),
        i -> {
          Request request = data.requests[i];
          Effect effect = candidate.apply(request);
          Decision expected = REFERENCE.evaluate(request);
          return effect == expected.effect() ? null : differs(name, request, effect, expected);
        });
  }

  /** Checks the compiled policy's decisions against the reference on the benchmarks' requests. */
  static void checkCompiled(BenchmarkRequests data) {
    checkEach(
        data.size(),
        i -> {
          Request request = data.requests[i];
          Decision decision = SanctuaryPolicy.chicago().evaluate(request);
          Decision expected = REFERENCE.evaluate(request);
          return decision.equals(expected)
              ? null
              : differs("compiled", request, decision, expected);
        });
  }

  /**
   * Checks that building each of the benchmarks' requests again from its raw fields gives an equal
   * request, and that its decision equals the reference's.
   */
  static void checkBuildAndEvaluate(BenchmarkRequests data) {
    checkEach(
        data.size(),
        i -> {
          Request request = data.requests[i];
          Request built = data.build(i);
          if (!built.equals(request)) {
            return new IllegalStateException(
                "buildAndEvaluate builds " + built + " instead of " + request);
          }
          Decision decision = EvaluateBenchmark.buildAndEvaluate(data, i);
          Decision expected = REFERENCE.evaluate(request);
          return decision.equals(expected)
              ? null
              : differs("buildAndEvaluate", request, decision, expected);
        });
  }

  /**
   * Checks that each of the benchmarks' JSON lines parses to its request, and that the JSON line of
   * its decision is the reference decision's.
   */
  static void checkParseAndEvaluate(BenchmarkRequests data) {
    checkEach(
        data.size(),
        i -> {
          Request request = data.requests[i];
          Request parsed = PolicyJson.parseRequest(data.json[i]);
          if (!parsed.equals(request)) {
            return new IllegalStateException(
                "parseAndEvaluate parses "
                    + data.json[i]
                    + " to "
                    + parsed
                    + " instead of "
                    + request);
          }
          String line = EvaluateBenchmark.parseAndEvaluate(data.json[i]);
          Decision expected = REFERENCE.evaluate(request);
          return line.equals(PolicyJson.write(expected))
                  && PolicyJson.parseDecision(line).equals(expected)
              ? null
              : differs("parseAndEvaluate", request, line, expected);
        });
  }

  /** Runs {@code check} on 0 to {@code size} - 1 in order and throws the first failure. */
  private static void checkEach(int size, IntFunction<@Nullable IllegalStateException> check) {
    for (int i = 0; i < size; i++) {
      IllegalStateException failure = check.apply(i);
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static IllegalStateException differs(
      String name, Request request, Object gave, Decision expected) {
    return new IllegalStateException(
        name
            + " differs from the reference evaluator on request "
            + PolicyJson.write(request)
            + ": "
            + name
            + " gave "
            + gave
            + ", the reference "
            + PolicyJson.write(expected));
  }
}

package org.sanctuarypolicy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The cost of one decision, by each way of making it, over the same {@value
 * BenchmarkRequests#SIZE} random requests ({@link BenchmarkRequests}), taken in turn.
 *
 * <ul>
 *   <li>{@code compiled}: {@code SanctuaryPolicy.chicago().evaluate} on requests built beforehand;
 *   <li>{@code reference}: the plain clause-by-clause evaluator, {@code
 *       SanctuaryPolicy.reference()};
 *   <li>{@code handWritten}: only the effect, by straight-line Java ({@link HandWrittenPolicy});
 *   <li>{@code drools}: only the effect, by the same logic as Drools rules ({@link DroolsPolicy});
 *   <li>{@code buildAndEvaluate}: building a fresh request with {@code Request.builder()} from raw
 *       enum fields, then {@code chicago().evaluate};
 *   <li>{@code parseAndEvaluate}: a JSON line in, parse, evaluate, write, a JSON line out.
 * </ul>
 *
 * <p>Every alternative but the reference itself is proven equal to the reference in its trial
 * set-up ({@link Equivalence}); a difference stops the benchmark before anything is timed. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark}; see {@code
 * docs/BENCHMARKS.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluateBenchmark {
  private static final int MASK = BenchmarkRequests.SIZE - 1;

  private final BenchmarkRequests data = BenchmarkRequests.standard();
  private int next;

  /** Proves {@code compiled} equal to the reference on the benchmarks' requests. */
  @State(Scope.Benchmark)
  public static class CompiledChecked {
    /** Runs the check. */
    @Setup(Level.Trial)
    public void check() {
      Equivalence.checkCompiled(BenchmarkRequests.standard());
    }
  }

  /** Proves {@code handWritten} equal to the policy on the whole request space. */
  @State(Scope.Benchmark)
  public static class HandWrittenChecked {
    /** Runs the check. */
    @Setup(Level.Trial)
    public void check() {
      Equivalence.checkHandWritten();
    }
  }

  /** A Drools session per thread, proven equal to the reference before use. */
  @State(Scope.Thread)
  public static class DroolsSession {
    private final DroolsPolicy drools = DroolsPolicy.create();

    /** Runs the check on this session. */
    @Setup(Level.Trial)
    public void check() {
      Equivalence.checkDrools(drools, BenchmarkRequests.standard());
    }

    /** Disposes of the session. */
    @TearDown(Level.Trial)
    public void close() {
      drools.close();
    }
  }

  /** Proves {@code buildAndEvaluate} equal to the reference on the benchmarks' requests. */
  @State(Scope.Benchmark)
  public static class BuildChecked {
    /** Runs the check. */
    @Setup(Level.Trial)
    public void check() {
      Equivalence.checkBuildAndEvaluate(BenchmarkRequests.standard());
    }
  }

  /** Proves {@code parseAndEvaluate} equal to the reference on the benchmarks' requests. */
  @State(Scope.Benchmark)
  public static class ParseChecked {
    /** Runs the check. */
    @Setup(Level.Trial)
    public void check() {
      Equivalence.checkParseAndEvaluate(BenchmarkRequests.standard());
    }
  }

  private int next() {
    int i = next;
    next = (i + 1) & MASK;
    return i;
  }

  /**
   * The compiled policy on a request built beforehand.
   *
   * @param checked proof that the compiled policy equals the reference
   * @return the decision
   */
  @Benchmark
  public Decision compiled(CompiledChecked checked) {
    return SanctuaryPolicy.chicago().evaluate(data.requests[next()]);
  }

  /**
   * The reference evaluator on a request built beforehand.
   *
   * @return the decision
   */
  @Benchmark
  public Decision reference() {
    return SanctuaryPolicy.reference().evaluate(data.requests[next()]);
  }

  /**
   * The hand-written effect function on a request built beforehand.
   *
   * @param checked proof that the function equals the policy
   * @return the effect
   */
  @Benchmark
  public Effect handWritten(HandWrittenChecked checked) {
    return HandWrittenPolicy.effect(data.requests[next()]);
  }

  /**
   * Drools' effect on a request built beforehand: a new fact, inserted, rules fired, deleted.
   *
   * @param session the thread's Drools session
   * @return the effect
   */
  @Benchmark
  public Effect drools(DroolsSession session) {
    return session.drools.effect(data.requests[next()]);
  }

  /**
   * A fresh request built from raw enum fields, then evaluated by the compiled policy.
   *
   * @param checked proof that this equals the reference
   * @return the decision
   */
  @Benchmark
  public Decision buildAndEvaluate(BuildChecked checked) {
    return buildAndEvaluate(data, next());
  }

  /**
   * A JSON request line parsed, evaluated by the compiled policy, and its decision written as a
   * JSON line.
   *
   * @param checked proof that this equals the reference
   * @return the decision's JSON line
   */
  @Benchmark
  public String parseAndEvaluate(ParseChecked checked) {
    return parseAndEvaluate(data.json[next()]);
  }

  static Decision buildAndEvaluate(BenchmarkRequests data, int i) {
    return SanctuaryPolicy.chicago().evaluate(data.build(i));
  }

  static String parseAndEvaluate(String line) {
    return PolicyJson.write(SanctuaryPolicy.chicago().evaluate(PolicyJson.parseRequest(line)));
  }
}

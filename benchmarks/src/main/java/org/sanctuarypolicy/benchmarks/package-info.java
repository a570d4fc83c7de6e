/**
 * JMH benchmarks of the policy's {@code evaluate} and of the compliance record against baselines,
 * and the checks that the baselines decide exactly as the policy does.
 *
 * <p>{@link org.sanctuarypolicy.benchmarks.EvaluateBenchmark} times the compiled policy, the
 * reference evaluator, a hand-written effect function ({@link
 * org.sanctuarypolicy.benchmarks.HandWrittenPolicy}), the same function as Drools rules ({@link
 * org.sanctuarypolicy.benchmarks.DroolsPolicy}), building a fresh request, and the JSON round trip,
 * all over the fixed requests of {@link org.sanctuarypolicy.benchmarks.BenchmarkRequests}. Before
 * anything is timed, {@link org.sanctuarypolicy.benchmarks.Equivalence} proves each alternative
 * equal to the reference, so a wrong baseline can never be reported as a fast one.
 *
 * <p>{@link org.sanctuarypolicy.benchmarks.RecordAppendBenchmark} times durable appends to the
 * compliance record on SQLite and on a PostgreSQL server it starts ({@link
 * org.sanctuarypolicy.benchmarks.PostgresServer}), against the decision alone and against one bare
 * insert and commit per entry; {@link org.sanctuarypolicy.benchmarks.RecordVerifyBenchmark} times
 * verification against reading and hashing the same rows. Every record they write is verified.
 * Measured numbers are in {@code docs/BENCHMARKS.md}. The module is not published.
 */
@NullMarked
package org.sanctuarypolicy.benchmarks;

import org.jspecify.annotations.NullMarked;

/**
 * The command-line tool {@code policy-cli.jar}: decide JSON requests, explain the clause catalog,
 * walk through municipal scenarios, print the conformance catalog, certify a product from its
 * observed decisions, serve decisions over HTTP, and keep, verify, sign and report on the
 * compliance record.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.cli.Main}: {@code java -jar
 * policy-cli.jar evaluate requests.jsonl}. Each command is a package-private {@code Command}
 * registered in {@code Main}; the commands use the public API of {@code policy-core}, {@code
 * policy-json} and {@code policy-testkit} only. Input and output are UTF-8; the tool never prints a
 * stack trace.
 *
 * <p>{@code catalog} prints the conformance catalog of {@code policy-testkit} and {@code certify}
 * certifies a product from the way it decided that catalog (observed JSON lines), writing the
 * report of {@link org.sanctuarypolicy.testkit.Certification}.
 *
 * <p>{@code serve} runs the decision service on the JDK's own HTTP server: {@code DecisionServer}
 * (start, graceful stop), {@code DecisionHandler} (the endpoints and their JSON answers) and {@code
 * WorkerPool} (bounded threads and queue, 503 when saturated, a timeout per exchange). {@code
 * PageHandler} serves the decision page of {@link org.sanctuarypolicy.examples.page} on {@code /}
 * and {@code /order} beside the API, with the same limits, and records nothing. Beyond loopback the
 * service needs {@code TlsKeystore} (HTTPS only, from a PKCS#12 keystore whose password is in the
 * environment) and {@code BearerTokens} (the {@code /v1/} endpoints answer 401 without one of them,
 * compared in constant time). The endpoints, limits and status codes are documented in {@code
 * docs/json-and-cli.md}.
 *
 * <p>The compliance record of {@code policy-record}: {@code evaluate} and {@code serve} take {@code
 * --record URL --unit CODE} ({@code RecordingOptions}, {@code RecordUrl}) and then print or answer
 * a reportable decision only once it is on the record ({@code RecordingEvaluation} for {@code
 * evaluate}); {@code serve} also takes {@code POST /v1/outcomes} ({@code OutcomeJson}). {@code
 * RecordCommand} holds {@code record outcome|verify|keygen|checkpoint} and {@code ReportCommand}
 * the reports the law requires. The new commands read their options with {@code Options} and stop
 * through {@code CliException}, which carries the exit code.
 */
@NullMarked
package org.sanctuarypolicy.examples.cli;

import org.jspecify.annotations.NullMarked;

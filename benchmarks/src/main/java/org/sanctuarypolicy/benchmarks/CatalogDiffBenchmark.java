package org.sanctuarypolicy.benchmarks;

import com.google.common.base.Verify;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.CatalogDiff;
import org.sanctuarypolicy.testkit.DiffRegion;

/**
 * The time of one {@code CatalogDiff.between} of the Chicago catalog and an amendment of it
 * (exception {@code EO-1(c)} removed, {@code EO-2.1(d)} made a DENY, version 1.0.1): the whole
 * request space decided by both, and the regions.
 *
 * <ul>
 *   <li>{@code freshPolicies}: both catalogs compiled anew before each call (not timed), so that
 *       the call fills both policies' decision tables, as the command-line tool's {@code diff}
 *       does;
 *   <li>{@code warmPolicies}: the same two policy objects every call, their tables filled.
 * </ul>
 *
 * <p>Single-shot: each call is timed alone. The first warm-up call of a fork is the cold JVM's
 * ({@code -wi 0 -i 1 -f 5} times only that one). Measured numbers are in {@code
 * docs/BENCHMARKS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CatalogDiffBenchmark {
  private static final ClauseCatalog CHICAGO = SanctuaryPolicy.chicago().catalog();
  private static final ClauseCatalog AMENDED = amended(CHICAGO);

  private Policy freshOld;
  private Policy freshUpdated;
  private final Policy warmOld = SanctuaryPolicy.compile(CHICAGO);
  private final Policy warmUpdated = SanctuaryPolicy.compile(AMENDED);

  /**
   * Checks once, after the timing so that a fork's first call is the cold JVM's, that the regions
   * hold exactly the changed requests.
   */
  @TearDown(Level.Trial)
  public void check() {
    CatalogDiff diff = CatalogDiff.between(SanctuaryPolicy.chicago(), warmUpdated);
    long inRegions = diff.regions().stream().mapToLong(DiffRegion::count).sum();
    Verify.verify(
        diff.changedRequests() > 0 && inRegions == diff.changedRequests(),
        "%s changed requests, %s in regions",
        diff.changedRequests(),
        inRegions);
  }

  /** Compiles both catalogs anew: their decision tables start empty. */
  @Setup(Level.Invocation)
  public void compile() {
    freshOld = SanctuaryPolicy.compile(CHICAGO);
    freshUpdated = SanctuaryPolicy.compile(AMENDED);
  }

  /**
   * A diff that fills both decision tables.
   *
   * @return the diff
   */
  @Benchmark
  public CatalogDiff freshPolicies() {
    return CatalogDiff.between(freshOld, freshUpdated);
  }

  /**
   * A diff of policies whose decision tables are filled.
   *
   * @return the diff
   */
  @Benchmark
  public CatalogDiff warmPolicies() {
    return CatalogDiff.between(warmOld, warmUpdated);
  }

  /** The catalog without EO-1(c), with EO-2.1(d) a DENY, version 1.0.1. */
  static ClauseCatalog amended(ClauseCatalog catalog) {
    ClauseCatalog.Builder builder =
        ClauseCatalog.builder()
            .id(catalog.id())
            .version("1.0.1")
            .title(catalog.title())
            .addAllNexusRules(catalog.nexusRules())
            .addAllPhysicalActions(catalog.physicalActions())
            .addAllRemedyCandidates(catalog.remedyCandidates())
            .addAllTerms(catalog.terms());
    for (Clause clause : catalog.clauses()) {
      Clause.Builder amended =
          Clause.builder()
              .id(clause.id())
              .title(clause.title())
              .text(clause.text())
              .addAllSources(clause.sources())
              .addAllBinds(clause.binds())
              .scope(clause.scope())
              .baseEffect(clause.baseEffect())
              .addAllBaseObligations(clause.baseObligations());
      for (ClauseException exception : clause.exceptions()) {
        if (exception.id().equals("EO-2.1(d)")) {
          amended.addExceptions(
              ClauseException.of(
                  exception.id(),
                  exception.condition(),
                  Effect.DENY,
                  exception.obligations(),
                  exception.text()));
        } else if (!exception.id().equals("EO-1(c)")) {
          amended.addExceptions(exception);
        }
      }
      builder.addClauses(amended.build());
    }
    return builder.build();
  }
}

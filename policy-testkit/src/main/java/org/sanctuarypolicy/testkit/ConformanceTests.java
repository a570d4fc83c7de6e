package org.sanctuarypolicy.testkit;

import java.net.URI;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;

/**
 * The conformance catalog as JUnit 5 dynamic tests: one test per scenario, named by its id and
 * title, failing with the same words as the certification report.
 *
 * <pre>{@code
 * class MyProductConformanceTest {
 *   @TestFactory
 *   Stream<DynamicTest> conformance() {
 *     return ConformanceTests.dynamicTests(new MyProductAdapter());
 *   }
 * }
 * }</pre>
 *
 * <p>Each test's source is the scenario's line of the catalog resource, so an IDE can open it.
 */
public final class ConformanceTests {
  private ConformanceTests() {}

  /**
   * One dynamic test per scenario of the catalog, in id order. A test fails when the adapter's
   * observation does not pass the scenario, or the adapter throws; the failure carries the expected
   * and observed outcome for an IDE's comparison view.
   *
   * @param adapter the product
   * @return the tests
   */
  public static Stream<DynamicTest> dynamicTests(CertificationAdapter adapter) {
    Objects.requireNonNull(adapter, "adapter");
    return dynamicTests(adapter, Expectations.builtIn());
  }

  /**
   * One dynamic test per scenario, in id order, each expecting what {@code policy} decides for its
   * request ({@link ConformanceCatalog#load(Policy)}): the product is tested against another
   * catalog, and a failure quotes that catalog's clauses.
   *
   * @param adapter the product
   * @param policy the policy of the catalog the product is tested against, such as {@code
   *     SanctuaryPolicy.compile(catalog)}
   * @return the tests
   */
  public static Stream<DynamicTest> dynamicTests(CertificationAdapter adapter, Policy policy) {
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(policy, "policy");
    return dynamicTests(adapter, Expectations.of(policy));
  }

  private static Stream<DynamicTest> dynamicTests(
      CertificationAdapter adapter, Expectations expectations) {
    ClauseCatalog catalog = expectations.catalog();
    return expectations.scenarios().stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.id() + " " + scenario.title(),
                    URI.create(
                        "classpath:"
                            + ConformanceCatalog.RESOURCE
                            + "?line="
                            + scenario.lineNumber()),
                    () -> check(scenario, catalog, adapter)));
  }

  private static void check(
      Scenario scenario, ClauseCatalog catalog, CertificationAdapter adapter) {
    ScenarioResult result = Certification.play(scenario, catalog, adapter);
    if (!result.passed()) {
      throw new AssertionFailedError(
          result.message(),
          result.expected().toString(),
          result.observed().map(Observation::toString).orElse("nothing"));
    }
  }
}

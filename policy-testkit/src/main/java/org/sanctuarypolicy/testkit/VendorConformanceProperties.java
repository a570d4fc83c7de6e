package org.sanctuarypolicy.testkit;

import java.util.Arrays;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.opentest4j.AssertionFailedError;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The differential property: a product, through its {@link CertificationAdapter}, decides thousands
 * of generated requests as the reference evaluator does. Where they disagree, jqwik shrinks the
 * request to a small one (defaults and first values everywhere the disagreement allows) and reports
 * it with both outcomes.
 *
 * <pre>{@code
 * class MyProductConformanceProperties extends VendorConformanceProperties {
 *   @Override
 *   protected CertificationAdapter adapter() {
 *     return new MyProductAdapter();
 *   }
 * }
 * }</pre>
 *
 * <p>A request passes under the certification's rule: the same effect and, where the reference's
 * decision carries {@code REDACT}, exactly its categories withheld. Each property runs 2,000 tries
 * unless the subclass sets other {@link PropertyDefaults}; the catalog's scenarios are checked by
 * {@link ConformanceTests} or {@link Certification}.
 *
 * <p>The reference is the built-in order's unless {@link #reference()} is overridden: a product
 * certified against another catalog returns {@code SanctuaryPolicy.reference(catalog)} there. The
 * reference is evaluated without the decision log.
 */
@PropertyDefaults(tries = 2000)
public abstract class VendorConformanceProperties {
  /** For subclasses. */
  protected VendorConformanceProperties() {}

  /**
   * The product under test. Called once per try; it may return the same adapter each time.
   *
   * @return the adapter
   */
  protected abstract CertificationAdapter adapter();

  /**
   * The policy the product must agree with: the built-in order by default; override it to certify
   * against another catalog, with {@code SanctuaryPolicy.reference(catalog)}.
   *
   * @return {@link SanctuaryPolicy#reference()} unless overridden
   */
  protected Policy reference() {
    return SanctuaryPolicy.reference();
  }

  /**
   * The product decides any well-formed request as the reference does.
   *
   * @param request a generated request
   */
  @Property
  public void adapter_anyRequest_decidesAsTheReference(@ForAll("requests") Request request) {
    assertAgrees(adapter(), reference(), request);
  }

  /**
   * The product decides as the reference in every enforcement-nexus case ({@link
   * org.sanctuarypolicy.api.Nexus}), each drawn as often as the others.
   *
   * @param request a generated request of some nexus case
   */
  @Property
  public void adapter_everyNexusCase_decidesAsTheReference(
      @ForAll("requestsOfEveryNexus") Request request) {
    assertAgrees(adapter(), reference(), request);
  }

  /**
   * Every well-formed request.
   *
   * @return {@link PolicyArbitraries#requests()}
   */
  @Provide
  protected Arbitrary<Request> requests() {
    return PolicyArbitraries.requests();
  }

  /**
   * Requests of each nexus case in turn.
   *
   * @return the arbitrary
   */
  @Provide
  protected Arbitrary<Request> requestsOfEveryNexus() {
    return Arbitraries.oneOf(
        Arrays.stream(Nexus.values())
            .map(PolicyArbitraries::requests)
            .collect(Collectors.toList()));
  }

  /** Throws with both outcomes and the request when the adapter does not pass. */
  static void assertAgrees(CertificationAdapter adapter, Policy reference, Request request) {
    Decision expected = SanctuaryPolicy.unlogged(reference).evaluate(request);
    Observation observed = adapter.decide(request);
    if (observed == null || !Observation.passes(expected, observed)) {
      Observation wanted = Observation.of(expected);
      String seen = observed == null ? "nothing (the adapter returned null)" : observed.toString();
      throw new AssertionFailedError(
          "the product decides otherwise than the reference"
              + "\n  request:  "
              + PolicyJson.write(request)
              + "\n  expected: "
              + wanted
              + "\n  observed: "
              + seen
              + "\n  reference decision: "
              + PolicyJson.write(expected),
          wanted.toString(),
          seen);
    }
  }
}

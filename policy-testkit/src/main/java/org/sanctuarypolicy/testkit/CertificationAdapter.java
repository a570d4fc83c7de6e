package org.sanctuarypolicy.testkit;

import java.util.Objects;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The one method a vendor implements to certify a product written in Java: put the product in the
 * situation a request describes and report what it did.
 *
 * <pre>{@code
 * CertificationAdapter adapter = request -> {
 *   RecordsResponse response = myRecordsDesk.handle(toMyRequest(request));
 *   return Observation.of(response.released() ? Effect.PERMIT : Effect.DENY, response.withheld());
 * };
 * CertificationReport report = Certification.run(adapter);
 * }</pre>
 *
 * <p>{@link Certification} calls it once per scenario, from one thread. A product that embeds the
 * library itself can use {@link #of(Policy)}.
 */
@FunctionalInterface
public interface CertificationAdapter {
  /**
   * What the product does with the request.
   *
   * @param request a scenario's request
   * @return the product's effect and the categories it withheld
   */
  Observation decide(Request request);

  /**
   * An adapter that reports a policy's decisions, as {@link
   * Observation#of(org.sanctuarypolicy.api.Decision)} reads them.
   *
   * @param policy the policy
   * @return the adapter
   */
  static CertificationAdapter of(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return request -> Observation.of(policy.evaluate(request));
  }
}

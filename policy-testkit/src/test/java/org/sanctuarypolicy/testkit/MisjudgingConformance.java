package org.sanctuarypolicy.testkit;

import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * A deliberately wrong product for {@link DifferentialShrinkingTest}: it honours every detainer
 * hold. Its name matches no test pattern, so the build runs it only through that test.
 */
class MisjudgingConformance extends VendorConformanceProperties {
  @Override
  protected CertificationAdapter adapter() {
    CertificationAdapter right = CertificationAdapter.of(SanctuaryPolicy.chicago());
    return request ->
        request.action() == Action.HOLD_ON_DETAINER
            ? Observation.of(Effect.PERMIT)
            : right.decide(request);
  }
}

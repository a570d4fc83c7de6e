package org.sanctuarypolicy.testkit;

import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** The laws of DESIGN §8 as jqwik properties, for the compiled Chicago policy. */
class ChicagoLawProperties extends PolicyLawProperties {
  @Override
  protected Policy policy() {
    return SanctuaryPolicy.chicago();
  }
}

package org.sanctuarypolicy.testkit;

import org.sanctuarypolicy.core.SanctuaryPolicy;

/** The differential property for a product that embeds the compiled Chicago policy: it agrees. */
class ChicagoConformanceProperties extends VendorConformanceProperties {
  @Override
  protected CertificationAdapter adapter() {
    return CertificationAdapter.of(SanctuaryPolicy.chicago());
  }
}

package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The two forms of a catalog policy, each built afresh here: the compiled one looks its decision up
 * in a table, the reference one interprets the catalog on every call; both give the same decisions
 * and carry the same identity.
 */
class CatalogPolicyTest {
  private static Request disclosure(String id) {
    return Request.builder()
        .requestId(id)
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .information(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY)
        .build();
  }

  @Test
  void compiled_sameRequestObjectAgain_decidesEqualAsAnEqualRequest() {
    // Nothing is remembered in the request object: the same object and an equal one built anew get
    // equal decisions, each made for the call.
    Policy compiled = CatalogPolicy.compiled(ChicagoOrder.catalog());
    Request request = disclosure("same");

    Decision first = compiled.evaluate(request);

    assertThat(compiled.evaluate(request)).isEqualTo(first).isNotSameAs(first);
    assertThat(compiled.evaluate(disclosure("same"))).isEqualTo(first);
    assertThat(first).isEqualTo(CatalogPolicy.reference(ChicagoOrder.catalog()).evaluate(request));
  }

  @Test
  void compiled_equalContentOtherId_sharesEverythingButTheId() {
    Policy compiled = CatalogPolicy.compiled(ChicagoOrder.catalog());

    Decision first = compiled.evaluate(disclosure("shared-1"));
    Decision second = compiled.evaluate(disclosure("shared-2"));

    assertThat(first.requestId()).isEqualTo("shared-1");
    assertThat(second.requestId()).isEqualTo("shared-2");
    assertThat(second.reasons()).isSameAs(first.reasons());
    assertThat(second.obligations()).isSameAs(first.obligations());
    assertThat(second.withRequestId("shared-1")).isEqualTo(first);
  }

  @Test
  void reference_sameRequestObject_decidesAnewEachTime() {
    Policy reference = CatalogPolicy.reference(ChicagoOrder.catalog());
    Request request = disclosure("again");

    Decision first = reference.evaluate(request);
    Decision second = reference.evaluate(request);

    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void info_bothForms_carryTheCatalogsIdVersionAndFingerprint() {
    Policy compiled = CatalogPolicy.compiled(ChicagoOrder.catalog());
    Policy reference = SanctuaryPolicy.reference();

    assertThat(compiled.info().id()).isEqualTo("chicago-immigration-non-cooperation");
    assertThat(compiled.info().version()).isEqualTo("1.1.0");
    assertThat(compiled.info().fingerprint()).isEqualTo(ChicagoOrder.catalog().fingerprint());
    assertThat(reference.info()).isEqualTo(compiled.info());
    assertThat(SanctuaryPolicy.chicago().info()).isEqualTo(compiled.info());
    assertThat(reference.catalog()).isSameAs(compiled.catalog());
  }

  @Test
  void toString_namesIdVersionAndFingerprint() {
    Policy policy = CatalogPolicy.compiled(ChicagoOrder.catalog());

    assertThat(policy.toString())
        .isEqualTo(
            "Policy{chicago-immigration-non-cooperation 1.1.0 "
                + policy.info().fingerprint()
                + "}");
  }
}

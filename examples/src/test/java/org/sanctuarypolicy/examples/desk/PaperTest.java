package org.sanctuarypolicy.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Authority;

class PaperTest {
  private static final EnumSet<Authority> NON_JUDICIAL =
      EnumSet.of(
          Authority.IMMIGRATION_DETAINER,
          Authority.ADMINISTRATIVE_WARRANT,
          Authority.ADMINISTRATIVE_SUBPOENA);

  @Test
  void authority_iceWarrantsAndImmigrationJudgeOrders_areAdministrativeWarrants() {
    assertThat(List.of(Paper.I_200, Paper.I_205, Paper.IMMIGRATION_JUDGE_ORDER))
        .extracting(Paper::authority)
        .containsOnly(Authority.ADMINISTRATIVE_WARRANT);
  }

  @Test
  void canAuthorize_everyPaper_falseExactlyForNonJudicialInstruments() {
    for (Paper paper : Paper.values()) {
      assertThat(paper.canAuthorize())
          .as(paper.name())
          .isEqualTo(!NON_JUDICIAL.contains(paper.authority()));
    }
  }

  @Test
  void authorizing_detainerAndJudicialWarrant_namesOnlyTheWarrant() {
    assertThat(Paper.authorizing(List.of(Paper.I_247A, Paper.JUDICIAL_WARRANT)))
        .isEqualTo("a warrant signed by a judge");
  }

  @Test
  void authorities_papersOfOneKind_collapseInEnumOrder() {
    assertThat(Paper.authorities(List.of(Paper.SIGNED_CONSENT, Paper.I_205, Paper.I_200)))
        .containsExactly(Authority.ADMINISTRATIVE_WARRANT, Authority.WRITTEN_CONSENT);
  }
}

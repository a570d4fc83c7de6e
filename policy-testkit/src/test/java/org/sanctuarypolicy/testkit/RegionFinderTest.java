package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

class RegionFinderTest {
  private static final byte DENY_TO_PERMIT = DiffLabels.label(Effect.DENY, Effect.PERMIT);

  @Test
  void find_oneChangedDisclosure_givesOneRegionOfOneRequest() {
    Request request =
        Request.builder()
            .requestId("one")
            .actor(Actor.CITY_CONTRACTOR)
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.COURT)
            .purpose(Purpose.LITIGATION)
            .authorities(Authority.COURT_ORDER)
            .information(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY)
            .build();
    byte[] labels = new byte[RequestSpace.SIZE];
    labels[(int) RequestSpace.all().indexOf(request)] = DENY_TO_PERMIT;

    var regions = RegionFinder.find(labels, counts(labels));

    assertThat(regions).hasSize(1);
    DiffRegion region = regions.get(0);
    assertThat(region.count()).isEqualTo(1);
    assertThat(region.contains(request)).isTrue();
    assertThat(region.actors()).containsExactly(Actor.CITY_CONTRACTOR);
    assertThat(region.actions()).containsExactly(Action.DISCLOSE_INFORMATION);
    assertThat(region.authoritiesPresent()).containsExactly(Authority.COURT_ORDER);
    assertThat(region.authoritiesAbsent()).hasSize(Authority.values().length - 1);
    assertThat(region.informationPresent())
        .containsExactly(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY);
    assertThat(region.informationAbsent()).hasSize(InformationCategory.values().length - 2);
  }

  @Test
  void find_oneWholeContextChanged_givesOneRegionWithEverythingElseFree() {
    int context = 6; // CITY_DEPARTMENT, FEDERAL_IMMIGRATION_ENFORCEMENT, UNKNOWN
    byte[] labels = new byte[RequestSpace.SIZE];
    int from = RequestSpace.index(context, 0, 0);
    int to = RequestSpace.index(context + 1, 0, 0);
    java.util.Arrays.fill(labels, from, to, DENY_TO_PERMIT);

    var regions = RegionFinder.find(labels, counts(labels));

    assertThat(regions).hasSize(1);
    DiffRegion region = regions.get(0);
    assertThat(region.count()).isEqualTo(to - from);
    assertThat(region.actors()).containsExactly(Actor.CITY_DEPARTMENT);
    assertThat(region.counterparties())
        .containsExactly(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT);
    assertThat(region.purposes()).containsExactly(Purpose.UNKNOWN);
    assertThat(region.actions()).isEqualTo(EnumSet.allOf(Action.class));
    assertThat(region.facilityAreas()).isEqualTo(EnumSet.allOf(FacilityArea.class));
    assertThat(region.authoritiesPresent()).isEmpty();
    assertThat(region.authoritiesAbsent()).isEmpty();
    assertThat(region.informationPresent()).isEmpty();
    assertThat(region.informationAbsent()).isEmpty();
  }

  @Test
  void find_disclosuresWithAnyStatusCategory_givesOneRegionPerCategoryOrder() {
    // Every disclosure that names IMMIGRATION_STATUS or PLACE_OF_BIRTH, in every context: two
    // disjoint boxes (with the first; without it and with the second), whatever the empty set.
    byte[] labels = new byte[RequestSpace.SIZE];
    int status =
        (1 << InformationCategory.IMMIGRATION_STATUS.ordinal())
            | (1 << InformationCategory.PLACE_OF_BIRTH.ordinal());
    int firstDisclosure = RequestSpace.VARIANTS - 511;
    for (int block = 0; block < RequestSpace.SIZE / RequestSpace.VARIANTS; block++) {
      for (int mask = 1; mask < 512; mask++) {
        if ((mask & status) != 0) {
          labels[block * RequestSpace.VARIANTS + firstDisclosure + mask - 1] = DENY_TO_PERMIT;
        }
      }
    }

    var regions = RegionFinder.find(labels, counts(labels));

    assertThat(regions).hasSize(2);
    assertThat(regions.stream().mapToLong(DiffRegion::count).sum())
        .isEqualTo(counts(labels)[DENY_TO_PERMIT]);
  }

  private static long[] counts(byte[] labels) {
    long[] counts = new long[DiffLabels.LABELS];
    for (byte label : labels) {
      counts[label]++;
    }
    return counts;
  }
}

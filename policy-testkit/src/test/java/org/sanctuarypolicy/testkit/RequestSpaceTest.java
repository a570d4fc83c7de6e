package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

class RequestSpaceTest {
  private static final RequestSpace SPACE = RequestSpace.all();

  @Test
  void size_isEveryContextInstrumentSetAndVariant() {
    long variants = 8 + 2 + 511;
    assertThat(SPACE.size()).isEqualTo(3L * 12 * 7 * 128 * variants).isEqualTo(16_805_376L);
    assertThat(SPACE.stream().count()).isEqualTo(SPACE.size());
  }

  @Test
  void request_firstAndLast_areTheCornersOfTheSpace() {
    Request first = SPACE.request(0);
    assertThat(first.requestId()).isEqualTo("space-0");
    assertThat(first.actor()).isEqualTo(Actor.CITY_DEPARTMENT);
    assertThat(first.counterparty()).isEqualTo(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT);
    assertThat(first.purpose()).isEqualTo(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT);
    assertThat(first.authorities()).isEmpty();
    assertThat(first.action()).isEqualTo(Action.GRANT_DATABASE_ACCESS);

    Request last = SPACE.request(SPACE.size() - 1);
    assertThat(last.requestId()).isEqualTo("space-16805375");
    assertThat(last.actor()).isEqualTo(Actor.SISTER_AGENCY);
    assertThat(last.counterparty()).isEqualTo(Counterparty.UNKNOWN);
    assertThat(last.purpose()).isEqualTo(Purpose.UNKNOWN);
    assertThat(last.authorities()).containsExactly(Authority.values());
    assertThat(last.information()).containsExactly(InformationCategory.values());
  }

  @Test
  void request_denseIndex_followsTheDocumentedFormula() {
    // ((actor * 12 + counterparty) * 7 + purpose) * 128 + authorities) * 521 + variant
    long context = (1L * 12 + Counterparty.COURT.ordinal()) * 7 + Purpose.LITIGATION.ordinal();
    int authorities =
        (1 << Authority.COURT_ORDER.ordinal()) | (1 << Authority.WRITTEN_CONSENT.ordinal());
    long facilityPublic = (context * 128 + authorities) * 521 + 8 + FacilityArea.PUBLIC.ordinal();

    Request request = SPACE.request(facilityPublic);

    assertThat(request.actor()).isEqualTo(Actor.CITY_CONTRACTOR);
    assertThat(request.counterparty()).isEqualTo(Counterparty.COURT);
    assertThat(request.purpose()).isEqualTo(Purpose.LITIGATION);
    assertThat(request.authorities())
        .containsExactly(Authority.COURT_ORDER, Authority.WRITTEN_CONSENT);
    assertThat(request.action()).isEqualTo(Action.PROVIDE_FACILITY);
    assertThat(request.facilityArea()).contains(FacilityArea.PUBLIC);
  }

  @Test
  void indexOf_everyIndexOfAStride_roundTrips() {
    LongStream.iterate(0, i -> i < SPACE.size(), i -> i + 997)
        .parallel()
        .forEach(i -> assertThat(SPACE.indexOf(SPACE.request(i))).isEqualTo(i));
  }

  @Test
  void indexOf_ignoresTheRequestIdAndTheOrderSetsWereGivenIn() {
    Request request =
        Request.builder()
            .requestId("anything")
            .actor(Actor.SISTER_AGENCY)
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.MILITARY)
            .information(InformationCategory.CASE_RECORDS, InformationCategory.IMMIGRATION_STATUS)
            .authorities(Authority.WRITTEN_CONSENT, Authority.IMMIGRATION_DETAINER)
            .build();

    Request atIndex = SPACE.request(SPACE.indexOf(request));

    assertThat(Request.builderFrom(atIndex).requestId("anything").build()).isEqualTo(request);
  }

  @Test
  void request_oneContext_holdsEveryActionAreaAndInformationSetOnce() {
    List<Request> context =
        LongStream.range(0, 521).mapToObj(SPACE::request).collect(Collectors.toList());
    Set<Object> distinct = new HashSet<>();
    for (Request request : context) {
      distinct.add(List.of(request.action(), request.facilityArea(), request.information()));
    }
    assertThat(distinct).hasSize(521);
    assertThat(context.stream().map(Request::action).distinct())
        .containsExactlyInAnyOrder(Action.values());
  }

  @Test
  void request_outsideTheSpace_isRejected() {
    assertThatThrownBy(() -> SPACE.request(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> SPACE.request(SPACE.size()))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("allowed: 0 to 16805375");
  }
}

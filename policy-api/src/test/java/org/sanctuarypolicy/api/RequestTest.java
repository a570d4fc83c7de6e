package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTest {
  private static Request.Builder minimal() {
    return Request.builder()
        .requestId("r-1")
        .action(Action.COMMIT_RESOURCES)
        .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY);
  }

  @Test
  void build_minimal_appliesTheDefaults() {
    Request request = minimal().build();
    assertThat(request.actor()).isEqualTo(Actor.CITY_DEPARTMENT);
    assertThat(request.purpose()).isEqualTo(Purpose.UNKNOWN);
    assertThat(request.authorities()).isEmpty();
    assertThat(request.information()).isEmpty();
    assertThat(request.facilityArea()).isEmpty();
  }

  @Test
  void build_facilityWithoutArea_defaultsToNonPublic() {
    Request request = minimal().action(Action.PROVIDE_FACILITY).build();
    assertThat(request.facilityArea()).contains(FacilityArea.NON_PUBLIC);
  }

  @Test
  void build_setsInAnotherOrder_equalRequests() {
    Request one =
        minimal()
            .action(Action.DISCLOSE_INFORMATION)
            .authorities(Authority.WRITTEN_CONSENT, Authority.COURT_ORDER)
            .information(InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS)
            .build();
    Request other =
        minimal()
            .action(Action.DISCLOSE_INFORMATION)
            .authorities(List.of(Authority.COURT_ORDER, Authority.WRITTEN_CONSENT))
            .information(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY)
            .build();
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.authorities()).containsExactly(Authority.COURT_ORDER, Authority.WRITTEN_CONSENT);
  }

  @Test
  void build_missingAction_namesTheFieldAndTheAllowedValues() {
    assertThatThrownBy(
            () -> Request.builder().requestId("r-1").counterparty(Counterparty.COURT).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("action");
              assertThat(e.value()).isEqualTo("missing");
              assertThat(e.getMessage())
                  .contains("DISCLOSE_INFORMATION")
                  .contains("GRANT_CUSTODY_ACCESS");
            });
  }

  @Test
  void build_missingCounterparty_namesTheField() {
    assertThatThrownBy(
            () -> Request.builder().requestId("r-1").action(Action.INQUIRE_STATUS).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("counterparty");
              assertThat(e.allowed()).contains("FEDERAL_IMMIGRATION_ENFORCEMENT");
            });
  }

  @Test
  void build_missingRequestId_namesTheField() {
    assertThatThrownBy(
            () ->
                Request.builder()
                    .action(Action.INQUIRE_STATUS)
                    .counterparty(Counterparty.COURT)
                    .build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("requestId"));
  }

  @Test
  void build_disclosureWithoutInformation_fails() {
    assertThatThrownBy(() -> minimal().action(Action.DISCLOSE_INFORMATION).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("information");
              assertThat(e.allowed()).contains("AGGREGATE_STATISTICS");
            });
  }

  @Test
  void build_threeMistakes_reportsAllThreeInFieldOrder() {
    assertThatThrownBy(
            () ->
                Request.builder()
                    .requestId("bad id")
                    .action(Action.HOLD_ON_DETAINER)
                    .information(InformationCategory.IDENTITY)
                    .facilityArea(FacilityArea.PUBLIC)
                    .build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidRequestException.Problem::field)
                  .containsExactly("requestId", "counterparty", "information", "facilityArea");
              assertThat(e.problems())
                  .extracting(InvalidRequestException.Problem::value)
                  .containsExactly(
                      "\"bad id\"",
                      "missing",
                      "[IDENTITY] with action HOLD_ON_DETAINER",
                      "PUBLIC with action HOLD_ON_DETAINER");
              assertThat(e.field()).isEqualTo("requestId");
              assertThat(e.value()).isEqualTo("\"bad id\"");
              assertThat(e.getMessage())
                  .startsWith("4 problems: (1) requestId: \"bad id\" is not allowed; allowed: ")
                  .contains("; (2) counterparty: missing is not allowed; allowed: ")
                  .contains("; (4) facilityArea: PUBLIC with action HOLD_ON_DETAINER is not");
            });
  }

  @Test
  void build_nothingSet_reportsEveryRequiredField() {
    assertThatThrownBy(() -> Request.builder().build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidRequestException.Problem::field)
                    .containsExactly("requestId", "action", "counterparty"));
  }

  @Test
  void build_disclosureWithInformationNeverSetOrSetEmpty_saysMissingOrEmpty() {
    Request.Builder never = minimal().action(Action.DISCLOSE_INFORMATION);
    Request.Builder empty = minimal().action(Action.DISCLOSE_INFORMATION).information(List.of());
    assertThatThrownBy(never::build)
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.value()).isEqualTo("missing"));
    assertThatThrownBy(empty::build)
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.value()).isEqualTo("an empty set"));
  }

  @Test
  void invalidRequestException_oneProblem_messageIsThatProblems() {
    InvalidRequestException e = InvalidRequestException.of("actor", "\"X\"", "CITY_DEPARTMENT");
    assertThat(e.getMessage()).isEqualTo("actor: \"X\" is not allowed; allowed: CITY_DEPARTMENT");
    assertThat(e.problems()).hasSize(1);
    assertThatThrownBy(() -> InvalidRequestException.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_informationWithAnotherAction_fails() {
    assertThatThrownBy(() -> minimal().information(InformationCategory.IDENTITY).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("information");
              assertThat(e.value()).contains("IDENTITY").contains("COMMIT_RESOURCES");
              assertThat(e.allowed()).contains("DISCLOSE_INFORMATION");
            });
  }

  @Test
  void build_areaWithAnotherAction_fails() {
    assertThatThrownBy(() -> minimal().facilityArea(FacilityArea.PUBLIC).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("facilityArea");
              assertThat(e.allowed()).contains("PROVIDE_FACILITY");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "line\nbreak", "tab\there", "quote\"", "ünïcode", "a/b"})
  void build_badRequestId_fails(String id) {
    assertThatThrownBy(() -> minimal().requestId(id).build())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.field()).isEqualTo("requestId");
              assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\t");
              assertThat(e.allowed()).contains("A-Z");
            });
  }

  @Test
  void build_requestIdOf128Characters_isAllowedAnd129IsNot() {
    assertThat(minimal().requestId("a".repeat(128)).build().requestId()).hasSize(128);
    assertThatThrownBy(() -> minimal().requestId("a".repeat(129)).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("129 characters");
  }

  @Test
  void build_requestIdWithEveryAllowedPunctuation_isAllowed() {
    assertThat(minimal().requestId("A.z_0:9-x").build().requestId()).isEqualTo("A.z_0:9-x");
  }

  @Test
  void setters_null_areRejected() {
    assertThatThrownBy(() -> Request.builder().action(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Request.builder().requestId(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builderFrom_copiesEveryField() {
    Request facility =
        minimal()
            .actor(Actor.CITY_CONTRACTOR)
            .action(Action.PROVIDE_FACILITY)
            .facilityArea(FacilityArea.PUBLIC)
            .purpose(Purpose.CITY_SERVICE)
            .authorities(Authority.COURT_ORDER)
            .build();
    Request disclosure =
        minimal()
            .action(Action.DISCLOSE_INFORMATION)
            .information(InformationCategory.IDENTITY, InformationCategory.PLACE_OF_BIRTH)
            .build();
    assertThat(Request.builderFrom(facility).build()).isEqualTo(facility);
    assertThat(Request.builderFrom(disclosure).build()).isEqualTo(disclosure);
  }
}

package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the model refuses a null it was not told to accept, and every value type
 * is equal exactly to the values with the same content.
 */
class NullsAndEqualityTest {
  private static final Condition WATCHED =
      Condition.counterpartyIn(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT);

  private static Request.Builder request() {
    return Request.builder()
        .requestId("r-1")
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .information(InformationCategory.IMMIGRATION_STATUS);
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Condition.class, WATCHED)
        .setDefault(Request.class, request().build());
  }

  @Test
  void request_refusesNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(Request.class);
    tester.testAllPublicInstanceMethods(Request.builder());
    tester.testAllPublicInstanceMethods(request().build());
  }

  @Test
  void conditions_refuseNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(Condition.class);
    for (Class<?> kind : Condition.class.getPermittedSubclasses()) {
      tester.testAllPublicConstructors(kind);
    }
    tester.testAllPublicInstanceMethods(WATCHED);
    assertThat(Condition.class.getPermittedSubclasses()).hasSize(Condition.Kind.values().length);
  }

  @Test
  void values_refuseNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        ImmutableList.of(
            Reason.class,
            Obligation.class,
            Remedy.class,
            PolicyInfo.class,
            Term.class,
            NexusRule.class,
            ClauseException.class,
            Decision.class,
            Clause.class,
            ClauseCatalog.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Decision.builder());
    tester.testAllPublicInstanceMethods(Clause.builder());
    tester.testAllPublicInstanceMethods(ClauseCatalog.builder());
  }

  @Test
  void request_equalsByContent() {
    new EqualsTester()
        .addEqualityGroup(
            request().build(), request().build(), Request.builderFrom(request().build()).build())
        .addEqualityGroup(request().requestId("r-2").build())
        .addEqualityGroup(request().actor(Actor.CITY_CONTRACTOR).build())
        .addEqualityGroup(request().purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT).build())
        .addEqualityGroup(request().authorities(Authority.JUDICIAL_WARRANT).build())
        .addEqualityGroup(
            request().information(ImmutableList.of()).action(Action.PROVIDE_FACILITY).build())
        .testEquals();
  }

  @Test
  void values_equalByContent() {
    new EqualsTester()
        .addEqualityGroup(
            Reason.of("EO-1", Optional.empty(), Effect.DENY, "text"),
            Reason.of("EO-1", Optional.empty(), Effect.DENY, "text"))
        .addEqualityGroup(Reason.of("EO-1", Optional.of("EO-1(a)"), Effect.DENY, "text"))
        .addEqualityGroup(Reason.of("EO-1", Optional.empty(), Effect.ESCALATE, "text"))
        .addEqualityGroup(Reason.of("EO-1", Optional.empty(), Effect.DENY, "other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Obligation.of(ObligationType.VERIFY_AUTHORITY),
            Obligation.of(ObligationType.VERIFY_AUTHORITY))
        .addEqualityGroup(
            Obligation.redact(ImmutableSet.of(InformationCategory.IMMIGRATION_STATUS)),
            Obligation.redact(ImmutableList.of(InformationCategory.IMMIGRATION_STATUS)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Remedy.of(Authority.JUDICIAL_WARRANT, Effect.ESCALATE),
            Remedy.of(Authority.JUDICIAL_WARRANT, Effect.ESCALATE))
        .addEqualityGroup(Remedy.of(Authority.COURT_ORDER, Effect.ESCALATE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PolicyInfo.of("p", "1.0.0", "f"), PolicyInfo.of("p", "1.0.0", "f"))
        .addEqualityGroup(PolicyInfo.of("q", "1.0.0", "f"))
        .addEqualityGroup(PolicyInfo.of("p", "1.1.0", "f"))
        .addEqualityGroup(PolicyInfo.of("p", "1.0.0", "g"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Term.of("the counterparty is ICE", WATCHED),
            Term.of("the counterparty is ICE", WATCHED))
        .addEqualityGroup(Term.of("watched", WATCHED))
        .addEqualityGroup(Term.of("the counterparty is ICE", Condition.not(WATCHED)))
        .testEquals();
  }

  @Test
  void conditions_equalByContent() {
    new EqualsTester()
        .addEqualityGroup(
            Condition.actorIn(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR),
            Condition.actorIn(Actor.CITY_CONTRACTOR, Actor.CITY_DEPARTMENT),
            new Condition.ActorIn(ImmutableSet.of(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR)))
        .addEqualityGroup(Condition.actorIn(Actor.CITY_DEPARTMENT))
        .addEqualityGroup(Condition.actionIn(Action.PROVIDE_FACILITY))
        .addEqualityGroup(
            WATCHED, Condition.counterpartyIn(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT))
        .addEqualityGroup(Condition.purposeIn(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT))
        .addEqualityGroup(Condition.nexusIn(Nexus.CONFIRMED))
        .addEqualityGroup(Condition.areaIn(FacilityArea.PUBLIC))
        .addEqualityGroup(Condition.presentedAny(Authority.JUDICIAL_WARRANT))
        .addEqualityGroup(Condition.informationAny(InformationCategory.IMMIGRATION_STATUS))
        .addEqualityGroup(
            Condition.allOf(WATCHED, Condition.areaIn(FacilityArea.PUBLIC)),
            Condition.allOf(WATCHED, Condition.areaIn(FacilityArea.PUBLIC)))
        .addEqualityGroup(Condition.allOf(Condition.areaIn(FacilityArea.PUBLIC), WATCHED))
        .addEqualityGroup(Condition.anyOf(WATCHED, Condition.areaIn(FacilityArea.PUBLIC)))
        .addEqualityGroup(Condition.not(WATCHED), new Condition.Not(WATCHED))
        .testEquals();
  }
}

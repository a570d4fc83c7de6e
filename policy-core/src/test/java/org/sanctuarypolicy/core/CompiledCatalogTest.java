package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;

/**
 * Catalogs other than Chicago's, compiled ({@link SanctuaryPolicy#compile}) and interpreted ({@link
 * SanctuaryPolicy#reference(ClauseCatalog)}) afresh in each test: every kind of condition, nested
 * in every composite, names a set that the compiled table's key must tell apart.
 */
class CompiledCatalogTest {
  /**
   * Each set of values is named once, inside a composite: the nexus rule names a counterparty
   * inside ALL_OF and a purpose inside NOT; the first clause names information inside ANY_OF, and
   * its exception an instrument inside ANY_OF and actors inside NOT; the second clause, a PERMIT,
   * names a facility area.
   */
  private static final ClauseCatalog NESTED =
      ClauseCatalog.builder()
          .id("nested")
          .version("1.0.0")
          .title("Every kind of condition, nested")
          .addNexusRules(
              NexusRule.of(
                  Condition.allOf(
                      Condition.counterpartyIn(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
                      Condition.not(Condition.purposeIn(Purpose.CRIMINAL_INVESTIGATION))),
                  Nexus.CONFIRMED,
                  "Enforcement asks for anything but a criminal investigation."))
          .addClauses(
              Clause.builder()
                  .id("N-1")
                  .title("No help to enforcement")
                  .text("Nothing is disclosed or asked for enforcement, nor criminal history.")
                  .addSources("test")
                  .addBinds(Actor.values())
                  .scope(
                      Condition.allOf(
                          Condition.actionIn(Action.DISCLOSE_INFORMATION, Action.INQUIRE_STATUS),
                          Condition.anyOf(
                              Condition.nexusIn(Nexus.CONFIRMED),
                              Condition.informationAny(InformationCategory.CRIMINAL_HISTORY))))
                  .baseEffect(BaseEffect.DENY)
                  .addExceptions(
                      ClauseException.of(
                          "N-1(a)",
                          Condition.anyOf(
                              Condition.presentedAny(Authority.JUDICIAL_WARRANT),
                              Condition.not(
                                  Condition.actorIn(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR))),
                          Effect.PERMIT,
                          EnumSet.of(ObligationType.VERIFY_AUTHORITY),
                          "A judicial warrant, or a sister agency, may."))
                  .build())
          .addClauses(
              Clause.builder()
                  .id("N-2")
                  .title("Public areas are open")
                  .text("A public area is provided to anyone.")
                  .addSources("test")
                  .addBinds(Actor.values())
                  .scope(
                      Condition.allOf(
                          Condition.actionIn(Action.PROVIDE_FACILITY),
                          Condition.areaIn(FacilityArea.PUBLIC)))
                  .baseEffect(BaseEffect.PERMIT)
                  .build())
          .addRemedyCandidates(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER)
          .build();

  private static final List<Set<Authority>> AUTHORITY_SAMPLES =
      List.of(
          EnumSet.noneOf(Authority.class),
          EnumSet.of(Authority.JUDICIAL_WARRANT),
          EnumSet.of(Authority.COURT_ORDER),
          EnumSet.of(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER),
          EnumSet.of(Authority.IMMIGRATION_DETAINER));

  private static final List<Set<InformationCategory>> INFORMATION_SAMPLES =
      List.of(
          EnumSet.of(InformationCategory.IDENTITY),
          EnumSet.of(InformationCategory.CRIMINAL_HISTORY),
          EnumSet.of(InformationCategory.IMMIGRATION_STATUS),
          EnumSet.of(InformationCategory.CRIMINAL_HISTORY, InformationCategory.IMMIGRATION_STATUS));

  private static Request.Builder request(Actor actor, Action action) {
    return Request.builder()
        .requestId("nested")
        .actor(actor)
        .action(action)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .purpose(Purpose.CITY_SERVICE);
  }

  /** Every actor, action variant, counterparty and purpose, with the samples of the rest. */
  private static List<Request> requests() {
    List<Request> requests = new ArrayList<>();
    for (Actor actor : Actor.values()) {
      for (Counterparty counterparty : Counterparty.values()) {
        for (Purpose purpose : Purpose.values()) {
          for (Set<Authority> authorities : AUTHORITY_SAMPLES) {
            for (Action action : Action.values()) {
              Request.Builder base =
                  request(actor, action)
                      .counterparty(counterparty)
                      .purpose(purpose)
                      .authorities(authorities);
              if (action == Action.DISCLOSE_INFORMATION) {
                INFORMATION_SAMPLES.forEach(
                    information -> requests.add(base.information(information).build()));
              } else if (action == Action.PROVIDE_FACILITY) {
                for (FacilityArea area : FacilityArea.values()) {
                  requests.add(base.facilityArea(area).build());
                }
              } else {
                requests.add(base.build());
              }
            }
          }
        }
      }
    }
    return requests;
  }

  @Test
  void compile_everyKindNestedInEveryComposite_equalsReference() {
    Policy compiled = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(NESTED));
    Policy reference = SanctuaryPolicy.unlogged(SanctuaryPolicy.reference(NESTED));
    List<String> differing = new ArrayList<>();

    for (Request request : requests()) {
      Decision expected = reference.evaluate(request);
      Decision actual = compiled.evaluate(request);
      if (!actual.equals(expected) && differing.size() < 10) {
        differing.add(request + "\n  compiled:  " + actual + "\n  reference: " + expected);
      }
    }

    assertThat(differing).isEmpty();
  }

  @Test
  void evaluate_nestedCatalog_decidesByEveryNestedSet() {
    for (Policy policy :
        List.of(
            SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(NESTED)),
            SanctuaryPolicy.unlogged(SanctuaryPolicy.reference(NESTED)))) {
      Request inquiry = request(Actor.CITY_DEPARTMENT, Action.INQUIRE_STATUS).build();
      Decision denied = policy.evaluate(inquiry);
      assertThat(denied.effect()).isEqualTo(Effect.DENY);
      assertThat(denied.reasons())
          .containsExactly(
              Reason.of("N-1", Optional.empty(), Effect.DENY, NESTED.clauses().get(0).text()));
      // COURT_ORDER is a candidate, but no condition names it: never a remedy.
      assertThat(denied.remedies())
          .containsExactly(Remedy.of(Authority.JUDICIAL_WARRANT, Effect.PERMIT));

      // Actors named inside NOT: a sister agency is excepted.
      Decision sister =
          policy.evaluate(request(Actor.SISTER_AGENCY, Action.INQUIRE_STATUS).build());
      assertThat(sister.effect()).isEqualTo(Effect.PERMIT);
      assertThat(sister.reasons())
          .extracting(Reason::exception)
          .containsExactly(Optional.of("N-1(a)"));

      // A purpose named inside NOT, a counterparty inside ALL_OF: no nexus, out of scope.
      assertThat(
              policy
                  .evaluate(
                      request(Actor.CITY_DEPARTMENT, Action.INQUIRE_STATUS)
                          .purpose(Purpose.CRIMINAL_INVESTIGATION)
                          .build())
                  .governed())
          .isFalse();
      assertThat(
              policy
                  .evaluate(
                      request(Actor.CITY_DEPARTMENT, Action.INQUIRE_STATUS)
                          .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                          .build())
                  .governed())
          .isFalse();

      // Information named inside ANY_OF: criminal history is in scope without a nexus.
      Decision history =
          policy.evaluate(
              request(Actor.CITY_DEPARTMENT, Action.DISCLOSE_INFORMATION)
                  .counterparty(Counterparty.COURT)
                  .information(InformationCategory.CRIMINAL_HISTORY)
                  .authorities(Authority.JUDICIAL_WARRANT)
                  .build());
      assertThat(history.effect()).isEqualTo(Effect.PERMIT);
      assertThat(history.obligations())
          .extracting(Obligation::type)
          .containsExactly(ObligationType.VERIFY_AUTHORITY);

      // A PERMIT clause is a finding of its own.
      Decision facility =
          policy.evaluate(
              request(Actor.CITY_CONTRACTOR, Action.PROVIDE_FACILITY)
                  .facilityArea(FacilityArea.PUBLIC)
                  .build());
      assertThat(facility.effect()).isEqualTo(Effect.PERMIT);
      assertThat(facility.governed()).isTrue();
      assertThat(facility.reasons())
          .containsExactly(
              Reason.of("N-2", Optional.empty(), Effect.PERMIT, NESTED.clauses().get(1).text()));
      assertThat(
              policy
                  .evaluate(
                      request(Actor.CITY_CONTRACTOR, Action.PROVIDE_FACILITY)
                          .facilityArea(FacilityArea.NON_PUBLIC)
                          .build())
                  .governed())
          .isFalse();
    }
  }

  @Test
  void nexus_bothForms_followTheCatalogsNexusRules() {
    Request enforcement = request(Actor.CITY_DEPARTMENT, Action.INQUIRE_STATUS).build();
    Request investigation =
        Request.builderFrom(enforcement).purpose(Purpose.CRIMINAL_INVESTIGATION).build();

    for (Policy policy :
        List.of(SanctuaryPolicy.compile(NESTED), SanctuaryPolicy.reference(NESTED))) {
      assertThat(policy.nexus(enforcement)).isEqualTo(Nexus.CONFIRMED);
      assertThat(policy.nexus(investigation)).isEqualTo(Nexus.NONE);
    }
  }

  @Test
  void compile_catalogAndInfo_areTheCatalogs() {
    Policy compiled = SanctuaryPolicy.compile(NESTED);
    Policy reference = SanctuaryPolicy.reference(NESTED);

    assertThat(compiled.catalog()).isSameAs(NESTED);
    assertThat(reference.catalog()).isSameAs(NESTED);
    assertThat(compiled.info().id()).isEqualTo("nested");
    assertThat(compiled.info().fingerprint()).isEqualTo(NESTED.fingerprint());
    assertThat(reference.info()).isEqualTo(compiled.info());
  }

  /**
   * The key keeps only the instruments a condition names: one named instrument makes two sets of
   * instruments, and a remedy candidate that no condition names adds none. Counted on the table
   * itself, since only its size shows it.
   */
  @Test
  void keys_oneInstrumentNamed_twoSetsOfInstrumentsWhateverTheCandidates() {
    ClauseCatalog catalog =
        ClauseCatalog.builder()
            .id("one-instrument")
            .version("1.0.0")
            .title("One instrument")
            .addClauses(
                Clause.builder()
                    .id("A-1")
                    .title("No arrest without a warrant")
                    .text("A department arrests only on a judicial warrant.")
                    .addSources("test")
                    .addBinds(Actor.CITY_DEPARTMENT)
                    .scope(
                        Condition.allOf(
                            Condition.actionIn(Action.ARREST_OR_DETAIN),
                            Condition.not(Condition.presentedAny(Authority.JUDICIAL_WARRANT))))
                    .baseEffect(BaseEffect.DENY)
                    .build())
            .addRemedyCandidates(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER)
            .build();
    ReferenceEvaluator reference = CatalogPolicy.reference(catalog).reference();
    DecisionTable table = new DecisionTable(catalog, reference);

    // Actors: bound or not (2); one class of counterparties and of purposes; instruments: the
    // warrant or not (2); the action variants: one per action but disclosure and facilities, one
    // per area, and 7 classes of information (status information alone, with other categories,
    // and other categories alone, as each of the two status categories is there or not).
    int variants = Action.values().length - 2 + FacilityArea.values().length + 7;
    assertThat(table.keys()).isEqualTo(2 * 1 * 1 * 2 * variants);

    for (int mask = 0; mask < 1 << Authority.values().length; mask++) {
      Set<Authority> authorities = EnumSet.noneOf(Authority.class);
      for (Authority authority : Authority.values()) {
        if ((mask & (1 << authority.ordinal())) != 0) {
          authorities.add(authority);
        }
      }
      Request arrest =
          request(Actor.CITY_DEPARTMENT, Action.ARREST_OR_DETAIN).authorities(authorities).build();
      Decision decision = table.decide(arrest);
      assertThat(decision).as("%s", authorities).isEqualTo(reference.decide(arrest));
      assertThat(decision.effect())
          .as("%s", authorities)
          .isEqualTo(
              authorities.contains(Authority.JUDICIAL_WARRANT) ? Effect.PERMIT : Effect.DENY);
    }
  }
}

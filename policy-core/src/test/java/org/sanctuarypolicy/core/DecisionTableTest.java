package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The compiled table on its own, built afresh in each test: its keys tell apart exactly what the
 * reference evaluator tells apart, on samples chosen to reach every information class, every action
 * variant and the highest keys. (The whole request space is compared in policy-testkit.)
 */
class DecisionTableTest {
  private final ClauseCatalog catalog = ChicagoOrder.catalog();
  private final ReferenceEvaluator reference = CatalogPolicy.reference(catalog).reference();
  private final DecisionTable table = new DecisionTable(catalog, reference);
  private final List<String> differing = new ArrayList<>();

  private static final List<Set<Authority>> AUTHORITY_SAMPLES =
      List.of(
          EnumSet.noneOf(Authority.class),
          EnumSet.of(Authority.IMMIGRATION_DETAINER),
          EnumSet.of(Authority.STATUTORY_REQUIREMENT),
          EnumSet.of(Authority.WRITTEN_CONSENT),
          EnumSet.of(Authority.COURT_ORDER),
          EnumSet.of(Authority.IMMIGRATION_DETAINER, Authority.STATUTORY_REQUIREMENT));

  private void compare(Request request) {
    Decision compiled = table.decide(request);
    Decision expected = reference.decide(request);
    if (!compiled.equals(expected) && differing.size() < 10) {
      differing.add(request + "\n  compiled:  " + compiled + "\n  reference: " + expected);
    }
  }

  private static Request.Builder request(
      Actor actor, Action action, Counterparty counterparty, Purpose purpose) {
    return Request.builder()
        .requestId("sample")
        .actor(actor)
        .action(action)
        .counterparty(counterparty)
        .purpose(purpose);
  }

  /** Compares every action but disclosure, a facility in each area, in one context. */
  private void everyOtherAction(
      Actor actor, Counterparty counterparty, Purpose purpose, Set<Authority> authorities) {
    for (Action action : Action.values()) {
      if (action == Action.PROVIDE_FACILITY) {
        for (FacilityArea area : FacilityArea.values()) {
          compare(
              request(actor, action, counterparty, purpose)
                  .authorities(authorities)
                  .facilityArea(area)
                  .build());
        }
      } else if (action != Action.DISCLOSE_INFORMATION) {
        compare(request(actor, action, counterparty, purpose).authorities(authorities).build());
      }
    }
  }

  /** The values of {@code type} whose bits are set in {@code mask}, by ordinal. */
  private static <E extends Enum<E>> Set<E> fromBits(Class<E> type, int mask) {
    Set<E> set = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if ((mask & (1 << value.ordinal())) != 0) {
        set.add(value);
      }
    }
    return set;
  }

  /**
   * Every information set, and then every other action, in the same contexts of one table: the
   * disclosure variants and the variants of the other actions never share a key.
   */
  @Test
  void decide_everyInformationSetAndEveryOtherActionInTellingContexts_equalsReference() {
    int sets = 1 << InformationCategory.values().length;
    for (Counterparty counterparty :
        List.of(
            Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
            Counterparty.STATE_OR_LOCAL_AGENCY,
            Counterparty.DATA_SUBJECT)) {
      for (Purpose purpose : List.of(Purpose.UNKNOWN, Purpose.CITY_SERVICE)) {
        for (Set<Authority> authorities : AUTHORITY_SAMPLES) {
          for (int mask = 1; mask < sets; mask++) {
            compare(
                request(Actor.CITY_DEPARTMENT, Action.DISCLOSE_INFORMATION, counterparty, purpose)
                    .authorities(authorities)
                    .information(fromBits(InformationCategory.class, mask))
                    .build());
          }
          everyOtherAction(Actor.CITY_DEPARTMENT, counterparty, purpose, authorities);
        }
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void decide_everyContextAndInstrumentSetForTheOtherActions_equalsReference() {
    int authoritySets = 1 << Authority.values().length;
    for (Actor actor : Actor.values()) {
      for (Counterparty counterparty : Counterparty.values()) {
        for (Purpose purpose : Purpose.values()) {
          for (int mask = 0; mask < authoritySets; mask += 5) {
            everyOtherAction(actor, counterparty, purpose, fromBits(Authority.class, mask));
          }
        }
      }
    }
    assertThat(differing).isEmpty();
  }

  /**
   * A catalog whose information sets are named only by a nexus rule and by an exception, never by a
   * scope: the table tells those sets apart too.
   */
  @Test
  void decide_informationNamedOnlyByNexusRuleAndException_equalsReference() {
    ClauseCatalog custom =
        ClauseCatalog.builder()
            .id("test")
            .version("1.0.0")
            .title("Information named outside the scopes")
            .addNexusRules(
                NexusRule.of(
                    Condition.informationAny(InformationCategory.CRIMINAL_HISTORY),
                    Nexus.CONFIRMED,
                    "Criminal history is asked for by enforcement."))
            .addClauses(
                Clause.builder()
                    .id("T-1")
                    .title("No disclosure")
                    .text("Nothing is disclosed.")
                    .addSources("test")
                    .addBinds(Actor.CITY_DEPARTMENT)
                    .scope(Condition.actionIn(Action.DISCLOSE_INFORMATION))
                    .baseEffect(BaseEffect.DENY)
                    .addExceptions(
                        ClauseException.of(
                            "T-1(a)",
                            Condition.informationAny(InformationCategory.AGGREGATE_STATISTICS),
                            Effect.PERMIT,
                            EnumSet.noneOf(ObligationType.class),
                            "Counts about no one may be disclosed."))
                    .build())
            .addClauses(
                Clause.builder()
                    .id("T-2")
                    .title("Enforcement")
                    .text("Enforcement goes to the lawyers.")
                    .addSources("test")
                    .addBinds(Actor.CITY_DEPARTMENT)
                    .scope(Condition.nexusIn(Nexus.CONFIRMED))
                    .baseEffect(BaseEffect.ESCALATE)
                    .build())
            .build();
    ReferenceEvaluator customReference = CatalogPolicy.reference(custom).reference();
    DecisionTable customTable = new DecisionTable(custom, customReference);

    for (int mask = 1; mask < 1 << InformationCategory.values().length; mask++) {
      Request request =
          request(
                  Actor.CITY_DEPARTMENT,
                  Action.DISCLOSE_INFORMATION,
                  Counterparty.STATE_OR_LOCAL_AGENCY,
                  Purpose.CITY_SERVICE)
              .information(fromBits(InformationCategory.class, mask))
              .build();
      assertThat(customTable.decide(request))
          .as("%s", request.information())
          .isEqualTo(customReference.decide(request));
    }
  }

  /**
   * A REDACT clause that speaks for every disclosure and for another action: with other categories
   * and no status one there is nothing to withhold (PERMIT, no REDACT obligation, which would need
   * categories); with status information only, or with no information at all, nothing remains
   * (DENY). The Chicago order's REDACT clause speaks only where status is asked for.
   */
  @Test
  void decide_redactClauseWithoutStatusInTheRequest_permitsWithoutRedactOrDenies() {
    ClauseCatalog custom =
        ClauseCatalog.builder()
            .id("test")
            .version("1.0.0")
            .title("REDACT beyond status requests")
            .addClauses(
                Clause.builder()
                    .id("R-1")
                    .title("Withhold status")
                    .text("Status is withheld from every disclosure and every inquiry.")
                    .addSources("test")
                    .addBinds(Actor.CITY_DEPARTMENT)
                    .scope(Condition.actionIn(Action.DISCLOSE_INFORMATION, Action.INQUIRE_STATUS))
                    .baseEffect(BaseEffect.REDACT)
                    .build())
            .build();
    ReferenceEvaluator customReference = CatalogPolicy.reference(custom).reference();
    DecisionTable customTable = new DecisionTable(custom, customReference);
    Request identity =
        request(
                Actor.CITY_DEPARTMENT,
                Action.DISCLOSE_INFORMATION,
                Counterparty.STATE_OR_LOCAL_AGENCY,
                Purpose.CITY_SERVICE)
            .information(InformationCategory.IDENTITY, InformationCategory.CASE_RECORDS)
            .build();
    Request withStatus =
        Request.builderFrom(identity)
            .information(InformationCategory.IDENTITY, InformationCategory.PLACE_OF_BIRTH)
            .build();
    Request statusOnly =
        Request.builderFrom(identity).information(InformationCategory.PLACE_OF_BIRTH).build();
    Request inquiry =
        request(
                Actor.CITY_DEPARTMENT,
                Action.INQUIRE_STATUS,
                Counterparty.STATE_OR_LOCAL_AGENCY,
                Purpose.CITY_SERVICE)
            .build();

    Decision permitted = customTable.decide(identity);
    assertThat(permitted.effect()).isEqualTo(Effect.PERMIT);
    assertThat(permitted.governed()).isTrue();
    assertThat(permitted.obligations()).isEmpty();
    assertThat(customTable.decide(withStatus).obligations())
        .containsExactly(Obligation.redact(EnumSet.of(InformationCategory.PLACE_OF_BIRTH)));
    assertThat(customTable.decide(statusOnly).effect()).isEqualTo(Effect.DENY);
    assertThat(customTable.decide(inquiry).effect()).isEqualTo(Effect.DENY);
    for (Request request : List.of(identity, withStatus, statusOnly, inquiry)) {
      assertThat(customTable.decide(request)).isEqualTo(customReference.decide(request));
    }
  }

  @Test
  void decide_highestKey_equalsReference() {
    Request last =
        Request.builder()
            .requestId("last")
            .actor(Actor.values()[Actor.values().length - 1])
            .action(Action.values()[Action.values().length - 1])
            .counterparty(Counterparty.values()[Counterparty.values().length - 1])
            .purpose(Purpose.values()[Purpose.values().length - 1])
            .authorities(Authority.values())
            .build();

    assertThat(table.decide(last)).isEqualTo(reference.decide(last));
  }

  @Test
  void decide_sameKeyOtherId_sharesTheTemplateButEchoesTheId() {
    // Two sets of one class: status information and something else that no condition names.
    Request first =
        disclosure("first", InformationCategory.IDENTITY, InformationCategory.IMMIGRATION_STATUS);
    Request second =
        disclosure(
            "second", InformationCategory.CASE_RECORDS, InformationCategory.IMMIGRATION_STATUS);

    Decision one = table.decide(first);
    Decision two = table.decide(second);

    assertThat(one.requestId()).isEqualTo("first");
    assertThat(two.requestId()).isEqualTo("second");
    assertThat(two.reasons()).isSameAs(one.reasons());
    assertThat(two.obligations()).isSameAs(one.obligations());
    assertThat(table.distinctDecisions()).isEqualTo(1);
  }

  @Test
  void distinctDecisions_equalDecisionsOfDifferentKeys_areBuiltIntoOneObject() {
    for (Counterparty counterparty :
        List.of(Counterparty.COURT, Counterparty.PRIVATE_PARTY, Counterparty.DATA_SUBJECT)) {
      for (Purpose purpose : List.of(Purpose.CITY_SERVICE, Purpose.LITIGATION)) {
        Decision decision =
            table.decide(
                Request.builder()
                    .requestId("p")
                    .action(Action.COMMIT_RESOURCES)
                    .counterparty(counterparty)
                    .purpose(purpose)
                    .build());
        assertThat(decision.governed()).isFalse();
      }
    }
    table.decide(disclosure("d", InformationCategory.IMMIGRATION_STATUS));

    // Six keys decided PERMIT without a finding, one DENY: two distinct decisions.
    assertThat(table.distinctDecisions()).isEqualTo(2);
  }

  @Test
  void distinctDecisions_newTable_isZero() {
    assertThat(table.distinctDecisions()).isZero();
  }

  private static Request disclosure(String id, InformationCategory... information) {
    return Request.builder()
        .requestId(id)
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .information(information)
        .build();
  }
}

package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.api.Term;

/**
 * The library's entry points refuse a null they were not told to accept; catalogs, clauses and
 * decisions are equal exactly to those with the same content.
 */
class NullsAndEqualityTest {
  private static final ClauseCatalog CATALOG = SanctuaryPolicy.chicago().catalog();

  private static Request.Builder request() {
    return Request.builder()
        .requestId("r-1")
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .information(InformationCategory.IMMIGRATION_STATUS);
  }

  /** A copy of the built-in catalog made through the builder, with the given terms. */
  private static ClauseCatalog copy(List<Term> terms) {
    return ClauseCatalog.builder()
        .id(CATALOG.id())
        .version(CATALOG.version())
        .title(CATALOG.title())
        .addAllNexusRules(CATALOG.nexusRules())
        .addAllPhysicalActions(CATALOG.physicalActions())
        .addAllRemedyCandidates(CATALOG.remedyCandidates())
        .addAllClauses(CATALOG.clauses())
        .addAllTerms(terms)
        .build();
  }

  private static Clause copy(Clause clause, String text) {
    return Clause.builder()
        .id(clause.id())
        .title(clause.title())
        .text(text)
        .addAllSources(clause.sources())
        .addAllBinds(clause.binds())
        .scope(clause.scope())
        .baseEffect(clause.baseEffect())
        .addAllBaseObligations(clause.baseObligations())
        .addAllExceptions(clause.exceptions())
        .build();
  }

  @Test
  void sanctuaryPolicy_refusesNulls() {
    new NullPointerTester()
        .setDefault(ClauseCatalog.class, CATALOG)
        .setDefault(Policy.class, SanctuaryPolicy.chicago())
        .setDefault(Request.class, request().build())
        .setDefault(Condition.class, CATALOG.clauses().get(0).scope())
        .testAllPublicStaticMethods(SanctuaryPolicy.class);
  }

  @Test
  void policies_refuseNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(SanctuaryPolicy.chicago());
    tester.testAllPublicInstanceMethods(SanctuaryPolicy.reference());
    tester.testAllPublicInstanceMethods(SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago()));
  }

  @Test
  void catalogs_equalByContent() {
    ClauseCatalog withoutTerms = copy(List.of());
    assertThat(CATALOG.terms()).isNotEmpty();
    new EqualsTester()
        .addEqualityGroup(CATALOG, copy(CATALOG.terms()), SanctuaryPolicy.reference().catalog())
        .addEqualityGroup(withoutTerms, copy(List.of()))
        .testEquals();
  }

  @Test
  void clauses_equalByContent() {
    Clause first = CATALOG.clauses().get(0);
    new EqualsTester()
        .addEqualityGroup(first, copy(first, first.text()))
        .addEqualityGroup(copy(first, first.text() + " Amended."))
        .addEqualityGroup(CATALOG.clauses().get(1))
        .testEquals();
  }

  @Test
  void decisions_equalByContent() {
    Policy chicago = SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago());
    Policy reference = SanctuaryPolicy.unlogged(SanctuaryPolicy.reference());
    Request disclosure = request().build();
    Decision denied = chicago.evaluate(disclosure);
    new EqualsTester()
        .addEqualityGroup(denied, reference.evaluate(disclosure), denied.withRequestId("r-1"))
        .addEqualityGroup(denied.withRequestId("r-2"))
        .addEqualityGroup(
            chicago.evaluate(request().counterparty(Counterparty.STATE_OR_LOCAL_AGENCY).build()))
        .testEquals();
  }
}

package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Term;

class CatalogTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final ClauseCatalog CATALOG = POLICY.catalog();

  @Test
  void clauses_areExactlyThoseOfTheDesign_inOrder() {
    assertThat(CATALOG.clauses().stream().map(Clause::id))
        .containsExactly(
            "EO-0", "EO-1", "EO-2.1", "EO-2.2", "EO-2.3", "EO-3", "EO-4.1", "EO-4.2", "EO-4.3",
            "EO-5.1", "EO-5.2", "EO-5.3", "EO-5.4", "EO-5.5");
  }

  @Test
  void exceptions_areExactlyThoseOfTheDesign_inOrder() {
    List<String> ids =
        CATALOG.clauses().stream()
            .flatMap(c -> c.exceptions().stream())
            .map(ClauseException::id)
            .collect(Collectors.toList());
    assertThat(ids)
        .containsExactly(
            "EO-0(a)",
            "EO-0(b)",
            "EO-1(a)",
            "EO-1(b)",
            "EO-1(c)",
            "EO-1(d)",
            "EO-2.1(a)",
            "EO-2.1(b)",
            "EO-2.1(c)",
            "EO-2.1(d)",
            "EO-2.2(a)",
            "EO-2.2(b)",
            "EO-2.2(c)",
            "EO-2.2(d)",
            "EO-3(a)",
            "EO-4.1(a)",
            "EO-4.1(b)",
            "EO-5.1(a)",
            "EO-5.2(a)",
            "EO-5.3(a)",
            "EO-5.4(a)",
            "EO-5.5(a)",
            "EO-5.5(b)");
  }

  @Test
  void ids_areTheThirtySevenOfTheDesign() {
    long ids =
        CATALOG.clauses().size()
            + CATALOG.clauses().stream().mapToLong(c -> c.exceptions().size()).sum();
    assertThat(ids).isEqualTo(37);
  }

  @Test
  void version_isTheSecondRelease() {
    assertThat(CATALOG.version()).isEqualTo("1.1.0");
    assertThat(POLICY.info().version()).isEqualTo("1.1.0");
  }

  @Test
  void fingerprint_differsFromTheFirstRelease() {
    assertThat(POLICY.info().fingerprint())
        .isNotEqualTo("sha256:0f8bd6d7434a36d988e91bd87cacce17c9148965f2c8fe7e2ccdcd4687c11d1f");
  }

  @Test
  void everyClause_hasTitleTextAndSources() {
    for (Clause clause : CATALOG.clauses()) {
      assertThat(clause.title()).as(clause.id()).isNotBlank();
      assertThat(clause.text()).as(clause.id()).endsWith(".");
      assertThat(clause.sources()).as(clause.id()).isNotEmpty();
      clause.exceptions().forEach(e -> assertThat(e.text()).as(e.id()).endsWith("."));
    }
  }

  @Test
  void fingerprint_isSha256OfTheCanonicalForm() {
    assertThat(POLICY.info().fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(POLICY.info().fingerprint()).isEqualTo(CATALOG.fingerprint());
  }

  /**
   * The fingerprint of this catalog, pinned: it must be the same in every JVM and on every machine,
   * and it changes only when the catalog does (then this value is updated with the catalog).
   */
  @Test
  void fingerprint_isTheSameInEveryRun() {
    assertThat(POLICY.info().fingerprint())
        .isEqualTo("sha256:f34a1e3e426afdb077dcc863575a37e8decae4f07b0f85f673794129faac3945");
  }

  @Test
  void fingerprint_changesWhenAClauseTextChanges() {
    Clause first = CATALOG.clauses().get(0);
    Clause edited = rebuilt(first, first.text() + " ", first.scope());
    assertThat(withFirstClause(edited).fingerprint()).isNotEqualTo(CATALOG.fingerprint());
  }

  @Test
  void fingerprint_changesWhenAScopeChanges() {
    Clause first = CATALOG.clauses().get(0);
    Clause edited = rebuilt(first, first.text(), Condition.not(first.scope()));
    assertThat(withFirstClause(edited).fingerprint()).isNotEqualTo(CATALOG.fingerprint());
  }

  @Test
  void fingerprint_ofARebuiltCopy_isTheSame() {
    Clause first = CATALOG.clauses().get(0);
    Clause copy = rebuilt(first, first.text(), first.scope());
    assertThat(withFirstClause(copy).fingerprint()).isEqualTo(CATALOG.fingerprint());
  }

  /** A new clause with every field of {@code clause} but the given text and scope. */
  private static Clause rebuilt(Clause clause, String text, Condition scope) {
    return Clause.builder()
        .id(clause.id())
        .title(clause.title())
        .text(text)
        .addAllSources(clause.sources())
        .addAllBinds(clause.binds())
        .scope(scope)
        .baseEffect(clause.baseEffect())
        .addAllBaseObligations(clause.baseObligations())
        .addAllExceptions(clause.exceptions())
        .build();
  }

  private static ClauseCatalog withFirstClause(Clause first) {
    return ClauseCatalog.builder()
        .id(CATALOG.id())
        .version(CATALOG.version())
        .title(CATALOG.title())
        .addAllNexusRules(CATALOG.nexusRules())
        .addAllPhysicalActions(CATALOG.physicalActions())
        .addAllRemedyCandidates(CATALOG.remedyCandidates())
        .addClauses(first)
        .addAllClauses(CATALOG.clauses().subList(1, CATALOG.clauses().size()))
        .addAllTerms(CATALOG.terms())
        .build();
  }

  /** The built-in catalog with the given named terms instead of its own. */
  private static ClauseCatalog withTerms(List<Term> terms) {
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

  @Test
  void explain_listsEveryClauseAndExceptionIdAndTheFingerprint() {
    String markdown = SanctuaryPolicy.explain(POLICY);
    for (Clause clause : CATALOG.clauses()) {
      assertThat(markdown).contains("## " + clause.id() + ": " + clause.title());
      clause.exceptions().forEach(e -> assertThat(markdown).contains("| " + e.id() + " |"));
    }
    assertThat(markdown).contains(POLICY.info().fingerprint());
  }

  @Test
  void fingerprint_changesWhenTheTermsChange() {
    assertThat(withTerms(List.of()).fingerprint()).isNotEqualTo(CATALOG.fingerprint());
  }

  @Test
  void terms_nameTheOrdersRecurringConditions() {
    assertThat(CATALOG.terms().stream().map(Term::name))
        .containsExactly(
            "judicial process is presented",
            "the request has an enforcement nexus",
            "the counterparty is an immigration authority",
            "the counterparty is watched",
            "the information includes status information",
            "civil immigration papers are presented",
            "the facility is used as a public area",
            "an immigration authority states a criminal investigation");
  }

  @Test
  void describe_theBuiltInCatalog_callsItsTermsByName() {
    Clause eo3 = CATALOG.clauses().get(5);
    assertThat(eo3.id()).isEqualTo("EO-3");

    assertThat(SanctuaryPolicy.describe(eo3.scope(), CATALOG))
        .contains("the request has an enforcement nexus (the nexus is CONFIRMED or PRESUMED)")
        .contains(
            "an immigration authority states a criminal investigation (the counterparty is an"
                + " immigration authority (");
  }

  @Test
  void describe_withoutTerms_spellsConditionsOut() {
    ClauseCatalog unnamed = withTerms(List.of());
    assertThat(
            SanctuaryPolicy.describe(
                unnamed.clauses().get(1).exceptions().get(0).condition(), unnamed))
        .isEqualTo(
            "JUDICIAL_WARRANT or COURT_ORDER is presented, and the action is"
                + " none of GRANT_DATABASE_ACCESS, INQUIRE_STATUS, ENTER_AGREEMENT");
  }

  @Test
  void describe_aConditionThatIsATerm_callsItByItsName() {
    ClauseCatalog named =
        withTerms(
            List.of(
                Term.of(
                    "judicial process",
                    Condition.presentedAny(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER))));

    assertThat(
            SanctuaryPolicy.describe(named.clauses().get(1).exceptions().get(0).condition(), named))
        .isEqualTo(
            "judicial process (JUDICIAL_WARRANT or COURT_ORDER is presented), and the action is"
                + " none of GRANT_DATABASE_ACCESS, INQUIRE_STATUS, ENTER_AGREEMENT");
    assertThat(named.fingerprint()).isNotEqualTo(withTerms(List.of()).fingerprint());
  }
}

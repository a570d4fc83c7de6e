package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * The laws for any catalog, each checked with the compiled catalog against the reference of the
 * same catalog, as a command-line {@code check} does. Two tests decide the whole space; the others
 * a sample or the first context.
 */
class CatalogLawsTest {
  /** Every 2,003rd request of the space: about 8,400 requests of every kind. */
  private static final List<Request> SAMPLE =
      LongStream.iterate(0, i -> i < RequestSpace.all().size(), i -> i + 2_003)
          .mapToObj(RequestSpace.all()::request)
          .collect(Collectors.toList());

  /**
   * The whole space: with EO-1 and EO-2.1 permitting by default, status reaches ICE unredacted (law
   * 6), and a statute or a consent now turns some of those PERMITs into an ESCALATE of an exception
   * (law 4). The compiled catalog still decides as its reference.
   */
  @Test
  void checkExhaustively_catalogPermittingStatusToIce_breaksLaw6() {
    ClauseCatalog catalog = AmendedCatalogs.statusPermitted();

    LawReport report =
        PolicyLaws.checkExhaustively(
            SanctuaryPolicy.compile(catalog), SanctuaryPolicy.reference(catalog));

    assertThat(report.requestsChecked()).isEqualTo(RequestSpace.all().size());
    assertThat(broken(report))
        .as(report.toString())
        .containsExactly(
            Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE, Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES);
    assertThat(report.violations(Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES))
        .hasSize(PolicyLaws.EXAMPLES_PER_LAW)
        .allSatisfy(
            example ->
                assertThat(example)
                    .startsWith("PERMIT without redacting the status categories: {")
                    .contains("\"action\":\"DISCLOSE_INFORMATION\"")
                    .containsAnyOf(
                        "FEDERAL_IMMIGRATION_ENFORCEMENT", "FEDERAL_IMMIGRATION_INVESTIGATIONS"));
    String text = report.toString();
    assertThat(text)
        .startsWith("2 of 8 laws broken over 16,805,376 requests\n")
        .contains("\n  law 8 AGREES_WITH_REFERENCE: holds")
        .contains(
            "\n  law 6 NO_STATUS_TO_IMMIGRATION_AUTHORITIES: broken, "
                + String.format(
                    Locale.ROOT,
                    "%,d",
                    report.violationCount(Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES))
                + " violations\n    the law: "
                + Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES.statement()
                + "\n    - PERMIT without redacting the status categories: {");
  }

  /**
   * The whole space, through the overload a command-line tool uses: the built-in catalog, compiled
   * anew, holds every law against its reference, and the progress goes from 0 to 1 in at most 201
   * steps, never backwards.
   */
  @Test
  void checkExhaustively_builtInCatalogWithProgress_holdsEveryLaw() {
    ClauseCatalog catalog = SanctuaryPolicy.chicago().catalog();
    List<Double> progress = new ArrayList<>();

    LawReport report =
        PolicyLaws.checkExhaustively(
            SanctuaryPolicy.compile(catalog),
            SanctuaryPolicy.reference(catalog),
            fraction -> {
              synchronized (progress) {
                progress.add(fraction);
              }
            });

    assertThat(report.holds()).as(report.toString()).isTrue();
    assertThat(report.laws()).containsExactly(Law.values());
    assertThat(report.toString())
        .startsWith(
            "every law holds over 16,805,376 requests\n  law 1 EVERY_REQUEST_DECIDED: holds")
        .endsWith("\n  law 8 AGREES_WITH_REFERENCE: holds");
    assertThat(progress).hasSizeBetween(3, PolicyLaws.PROGRESS_STEPS + 1).isSorted();
    assertThat(progress.get(0)).isEqualTo(0.0);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    assertThat(progress).doesNotHaveDuplicates();
  }

  /**
   * Law 7 follows the catalog's own remedy candidates: a catalog that lists three, in reverse
   * order, holds the law on a sample and on the first context of the space.
   */
  @Test
  void check_catalogWithOtherRemedyCandidates_holdsLaw7InItsOrder() {
    ClauseCatalog catalog = AmendedCatalogs.remediesReordered();
    Policy compiled = SanctuaryPolicy.compile(catalog);
    Policy reference = SanctuaryPolicy.reference(catalog);

    LawReport sample = PolicyLaws.check(compiled, reference, SAMPLE);
    LawReport firstContext = PolicyLaws.checkExhaustively(compiled, reference, 1);

    assertThat(sample.holds()).as(sample.toString()).isTrue();
    assertThat(firstContext.holds()).as(firstContext.toString()).isTrue();
    List<Remedy> listed =
        SAMPLE.stream()
            .map(compiled::evaluate)
            .flatMap(decision -> decision.remedies().stream())
            .collect(Collectors.toList());
    assertThat(listed).isNotEmpty().noneMatch(r -> r.authority() == Authority.JUDICIAL_WARRANT);
    assertThat(
            SAMPLE.stream()
                .map(compiled::evaluate)
                .filter(decision -> decision.remedies().size() >= 2)
                .map(decision -> decision.remedies().get(0).authority()))
        .isNotEmpty()
        .doesNotContain(Authority.COURT_ORDER);
  }

  /**
   * A policy that decides as the built-in order but claims a catalog with other remedy candidates
   * lists remedies the catalog does not: law 7 breaks, by request and by index alike.
   */
  @Test
  void check_remediesNotOfThePolicysCatalog_breakLaw7Only() {
    Policy claiming = claiming(AmendedCatalogs.remediesReordered());

    LawReport sample = PolicyLaws.check(claiming, SAMPLE);
    LawReport firstContext = PolicyLaws.checkExhaustively(claiming, null, 1);

    for (LawReport report : List.of(sample, firstContext)) {
      assertThat(broken(report))
          .as(report.toString())
          .containsExactly(Law.REMEDIES_MATCH_REEVALUATION);
      assertThat(report.violations(Law.REMEDIES_MATCH_REEVALUATION))
          .anySatisfy(
              v -> assertThat(v).startsWith("remedy JUDICIAL_WARRANT -> PERMIT is not allowed on"));
    }
  }

  private static Set<Law> broken(LawReport report) {
    Set<Law> broken = EnumSet.noneOf(Law.class);
    report.laws().stream().filter(law -> !report.holds(law)).forEach(broken::add);
    return broken;
  }

  /** The built-in order's decisions, from a policy that names another catalog as its own. */
  private static Policy claiming(ClauseCatalog catalog) {
    Policy chicago = SanctuaryPolicy.chicago();
    return new Policy() {
      @Override
      public Decision evaluate(Request request) {
        return chicago.evaluate(request);
      }

      @Override
      public Nexus nexus(Request request) {
        return chicago.nexus(request);
      }

      @Override
      public ClauseCatalog catalog() {
        return catalog;
      }

      @Override
      public PolicyInfo info() {
        return chicago.info();
      }
    };
  }
}

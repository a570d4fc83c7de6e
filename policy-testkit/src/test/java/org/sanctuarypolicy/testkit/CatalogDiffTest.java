package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

class CatalogDiffTest {
  /** The first release, kept as data: fixed, so that the pinned texts stay true. */
  private static final ClauseCatalog CHICAGO = PolicyJson.releasedCatalog("chicago-1.0.0");

  private static final Policy OLD = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(CHICAGO));
  private static final ClauseCatalog WITHOUT_PUBLIC_AREA =
      DiffAmendments.withoutException(CHICAGO, "EO-1(c)");

  static Stream<Arguments> amendments() {
    ClauseCatalog statusDenied =
        DiffAmendments.withExceptionEffect(CHICAGO, "EO-2.1(d)", Effect.DENY);
    ClauseCatalog both =
        DiffAmendments.withVersion(
            DiffAmendments.withExceptionEffect(WITHOUT_PUBLIC_AREA, "EO-2.1(d)", Effect.DENY),
            "1.0.1");
    return Stream.of(
        Arguments.of("without EO-1(c)", WITHOUT_PUBLIC_AREA),
        Arguments.of("EO-2.1(d) DENY", statusDenied),
        Arguments.of("both, version 1.0.1", both));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("amendments")
  void between_anAmendment_agreesWithDecidingEveryRequestOfTheSpace(
      String name, ClauseCatalog amended) {
    Policy updated = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(amended));

    CatalogDiff diff = CatalogDiff.between(OLD, updated);
    Tally tally =
        RequestSpace.all().stream()
            .parallel()
            .collect(() -> new Tally(updated, diff.regions()), Tally::add, Tally::merge);

    assertThat(diff.changes()).isNotEmpty().containsExactlyElementsOf(tally.changes());
    assertThat(diff.changedRequests())
        .isEqualTo(tally.changes().stream().mapToLong(EffectChange::count).sum());
    assertThat(diff.sameEffectOtherChanges()).isEqualTo(tally.otherChanges);
    assertThat(tally.problems).isEmpty();
    for (int at = 0; at < diff.regions().size(); at++) {
      DiffRegion region = diff.regions().get(at);
      assertThat(region.count()).as("region %s", region).isEqualTo(tally.inRegion[at]);
      assertThat(region.size()).as("region %s", region).isEqualTo(tally.inRegion[at]);
    }
    assertThat(diff.regions()).hasSizeLessThanOrEqualTo(30);
    assertThat(diff.oldPolicy()).isEqualTo(OLD.info());
    assertThat(diff.newPolicy()).isEqualTo(updated.info());
  }

  @Test
  void between_theSamePolicy_findsNothing() {
    CatalogDiff diff = CatalogDiff.between(OLD, OLD);

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.regions()).isEmpty();
    assertThat(diff.changedRequests()).isZero();
    assertThat(diff.sameEffectOtherChanges()).isZero();
    assertThat(diff.toText())
        .isEqualTo(
            describe(OLD.info())
                + " -> "
                + describe(OLD.info())
                + "\n16,805,376 requests compared; 0 decided differently.\n"
                + "Same effect, other reasons, obligations or remedies: 0\n");
  }

  @Test
  void between_anotherVersionOfTheSameClauses_findsNothingButTheIdentity() {
    Policy renamed = SanctuaryPolicy.compile(DiffAmendments.withVersion(CHICAGO, "2.0.0"));

    CatalogDiff diff = CatalogDiff.between(OLD, renamed);

    assertThat(diff.newPolicy().version()).isEqualTo("2.0.0");
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.regions()).isEmpty();
    assertThat(diff.sameEffectOtherChanges()).isZero();
  }

  @Test
  void between_reportsProgressIncreasingToOne() {
    List<Double> fractions = new ArrayList<>();

    CatalogDiff.between(OLD, SanctuaryPolicy.compile(WITHOUT_PUBLIC_AREA), fractions::add);

    assertThat(fractions).isSorted().hasSizeBetween(2, 600).last().isEqualTo(1.0);
    assertThat(fractions).allSatisfy(fraction -> assertThat(fraction).isBetween(0.0, 1.0));
  }

  @Test
  void between_aPolicyThatDoesNotDecideByItsCatalog_fails() {
    Policy subpoenaDenied = new SubpoenaDenied(OLD);

    assertThatThrownBy(() -> CatalogDiff.between(OLD, subpoenaDenied))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policies: ")
        .hasMessageContaining("allowed: policies that decide by their catalogs");
  }

  @Test
  void toText_withoutThePublicAreaException_listsFourRegions() {
    Policy updated = SanctuaryPolicy.compile(WITHOUT_PUBLIC_AREA);

    CatalogDiff diff = CatalogDiff.between(OLD, updated);

    String without = "authorities without JUDICIAL_WARRANT or COURT_ORDER";
    String facility =
        "actor CITY_DEPARTMENT or CITY_CONTRACTOR; action PROVIDE_FACILITY, area PUBLIC; ";
    String watched =
        "counterparty FEDERAL_IMMIGRATION_ENFORCEMENT, FEDERAL_IMMIGRATION_INVESTIGATIONS or"
            + " MILITARY; ";
    assertThat(diff.toText())
        .isEqualTo(
            describe(OLD.info())
                + " -> "
                + describe(updated.info())
                + "\n16,805,376 requests compared; 2,112 decided differently:\n"
                + "  PERMIT -> DENY: 960\n"
                + "  PERMIT -> ESCALATE: 1,152\n"
                + "Regions (4):\n"
                + "   1. PERMIT -> DENY, 768 requests: "
                + facility
                + "counterparty any; purpose CIVIL_IMMIGRATION_ENFORCEMENT; "
                + without
                + "\n   2. PERMIT -> DENY, 192 requests: "
                + facility
                + watched
                + "purpose UNKNOWN; "
                + without
                + "\n   3. PERMIT -> ESCALATE, 960 requests: "
                + facility
                + watched
                + "purpose any but CIVIL_IMMIGRATION_ENFORCEMENT and UNKNOWN; "
                + without
                + "\n   4. PERMIT -> ESCALATE, 192 requests: "
                + facility
                + "counterparty FEDERAL_LAW_ENFORCEMENT, OTHER_FEDERAL_AGENCY or UNKNOWN;"
                + " purpose UNKNOWN; "
                + without
                + "\nSame effect, other reasons, obligations or remedies: 0\n");
  }

  @Test
  void toJson_withoutThePublicAreaException_isOneObjectWithListsAndAny() throws Exception {
    Policy updated = SanctuaryPolicy.compile(WITHOUT_PUBLIC_AREA);
    ObjectMapper mapper = new ObjectMapper();

    JsonNode json = mapper.readTree(CatalogDiff.between(OLD, updated).toJson());

    assertThat(ImmutableList.copyOf(json.fieldNames()))
        .containsExactly(
            "old", "new", "requests", "changed", "changes", "regions", "sameEffectOtherChanges");
    assertThat(json.get("old"))
        .isEqualTo(
            mapper.readTree(
                "{\"id\":\"chicago-immigration-non-cooperation\",\"version\":\"1.0.0\","
                    + "\"fingerprint\":\""
                    + OLD.info().fingerprint()
                    + "\"}"));
    assertThat(json.get("new").get("fingerprint").textValue())
        .isEqualTo(updated.info().fingerprint());
    assertThat(json.get("requests").isIntegralNumber()).isTrue();
    assertThat(json.get("requests").longValue()).isEqualTo(16_805_376L);
    assertThat(json.get("changed").longValue()).isEqualTo(2_112L);
    assertThat(json.get("changes"))
        .isEqualTo(
            mapper.readTree(
                "[{\"from\":\"PERMIT\",\"to\":\"DENY\",\"count\":960},"
                    + "{\"from\":\"PERMIT\",\"to\":\"ESCALATE\",\"count\":1152}]"));
    assertThat(json.get("regions")).hasSize(4);
    assertThat(json.get("regions").get(0))
        .isEqualTo(
            mapper.readTree(
                "{\"from\":\"PERMIT\",\"to\":\"DENY\",\"count\":768,"
                    + "\"actor\":[\"CITY_DEPARTMENT\",\"CITY_CONTRACTOR\"],"
                    + "\"action\":[\"PROVIDE_FACILITY\"],"
                    + "\"counterparty\":\"any\","
                    + "\"purpose\":[\"CIVIL_IMMIGRATION_ENFORCEMENT\"],"
                    + "\"facilityArea\":[\"PUBLIC\"],"
                    + "\"authorities\":{\"present\":[],"
                    + "\"absent\":[\"JUDICIAL_WARRANT\",\"COURT_ORDER\"]},"
                    + "\"information\":{\"present\":[],\"absent\":[]}}"));
    assertThat(json.get("sameEffectOtherChanges").isIntegralNumber()).isTrue();
    assertThat(json.get("sameEffectOtherChanges").longValue()).isZero();
  }

  @Test
  void toJson_theSamePolicy_hasEmptyLists() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CatalogDiff.between(OLD, OLD).toJson());

    assertThat(json.get("changed").longValue()).isZero();
    assertThat(json.get("changes").isArray()).isTrue();
    assertThat(json.get("changes")).isEmpty();
    assertThat(json.get("regions").isArray()).isTrue();
    assertThat(json.get("regions")).isEmpty();
  }

  private static String describe(PolicyInfo info) {
    return info.id() + " " + info.version() + " (" + info.fingerprint() + ")";
  }

  /** What deciding every request of the space with both policies finds, per thread. */
  private static final class Tally {
    private final Policy updated;
    private final ImmutableList<DiffRegion> regions;
    private final long[][] changed = new long[3][3];
    private final long[] inRegion;
    private long otherChanges;
    private final List<String> problems = new ArrayList<>();

    Tally(Policy updated, ImmutableList<DiffRegion> regions) {
      this.updated = updated;
      this.regions = regions;
      this.inRegion = new long[regions.size()];
    }

    void add(Request request) {
      Decision before = OLD.evaluate(request);
      Decision after = updated.evaluate(request);
      boolean changes = before.effect() != after.effect();
      if (changes) {
        changed[before.effect().ordinal()][after.effect().ordinal()]++;
      } else if (before.governed() != after.governed()
          || !before.reasons().equals(after.reasons())
          || !before.obligations().equals(after.obligations())
          || !before.remedies().equals(after.remedies())) {
        otherChanges++;
      }
      int holding = 0;
      for (int at = 0; at < regions.size(); at++) {
        DiffRegion region = regions.get(at);
        if (region.contains(request)) {
          inRegion[at]++;
          holding++;
          if (region.from() != before.effect() || region.to() != after.effect()) {
            problem(
                "region "
                    + region
                    + " holds "
                    + request
                    + ", decided "
                    + before.effect()
                    + " -> "
                    + after.effect());
          }
        }
      }
      if (holding != (changes ? 1 : 0)) {
        problem(
            holding
                + " regions hold "
                + request
                + ", decided "
                + before.effect()
                + " -> "
                + after.effect());
      }
    }

    void merge(Tally other) {
      for (int from = 0; from < 3; from++) {
        for (int to = 0; to < 3; to++) {
          changed[from][to] += other.changed[from][to];
        }
      }
      for (int at = 0; at < inRegion.length; at++) {
        inRegion[at] += other.inRegion[at];
      }
      otherChanges += other.otherChanges;
      other.problems.forEach(this::problem);
    }

    List<EffectChange> changes() {
      List<EffectChange> changes = new ArrayList<>();
      for (Effect from : Effect.values()) {
        for (Effect to : Effect.values()) {
          long count = changed[from.ordinal()][to.ordinal()];
          if (count > 0) {
            changes.add(new EffectChange(from, to, count));
          }
        }
      }
      return changes;
    }

    private void problem(String problem) {
      if (problems.size() < 10) {
        problems.add(problem);
      }
    }
  }

  /** Chicago's decisions, but DENY whenever an administrative subpoena is presented. */
  private static final class SubpoenaDenied implements Policy {
    private final Policy policy;
    private final Decision denied;

    SubpoenaDenied(Policy policy) {
      this.policy = policy;
      this.denied =
          policy.evaluate(
              Request.builder()
                  .requestId("denied")
                  .action(org.sanctuarypolicy.api.Action.HOLD_ON_DETAINER)
                  .counterparty(
                      org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .build());
    }

    @Override
    public Decision evaluate(Request request) {
      return request.presents(Authority.ADMINISTRATIVE_SUBPOENA)
          ? denied.withRequestId(request.requestId())
          : policy.evaluate(request);
    }

    @Override
    public Nexus nexus(Request request) {
      return policy.nexus(request);
    }

    @Override
    public ClauseCatalog catalog() {
      return policy.catalog();
    }

    @Override
    public PolicyInfo info() {
      return policy.info();
    }
  }
}

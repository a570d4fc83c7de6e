package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The first release, catalog 1.0.0, kept as data ({@code PolicyJson.releasedCatalog
 * ("chicago-1.0.0")}), decides every request of the whole request space exactly as the 1.0.0 code
 * did.
 *
 * <p>The expected digest was computed once, before the built-in catalog became 1.1.0, on commit
 * ac86578 with {@link DecisionDigest} over {@code SanctuaryPolicy.chicago()} and over {@code
 * SanctuaryPolicy.reference()} of that commit: both gave exactly this value. The digest covers
 * every field of every decision (request id aside), the policy's id, version and fingerprint
 * included, so equal digests mean equal decisions on all 16,805,376 requests.
 */
class FirstReleaseTest {
  private static final String FIRST_RELEASE_FINGERPRINT =
      "sha256:0f8bd6d7434a36d988e91bd87cacce17c9148965f2c8fe7e2ccdcd4687c11d1f";

  /** What the 1.0.0 code decided over the whole request space, digested on commit ac86578. */
  private static final String FIRST_RELEASE_DECISIONS =
      "85 distinct, sha256:e8fccf5ea9f74b15f40a05869795f59f2e6a93ad0007271f37743f9e06742474";

  @Test
  void releasedCatalog_isTheFirstReleaseWithItsFingerprint() {
    ClauseCatalog catalog = PolicyJson.releasedCatalog("chicago-1.0.0");

    assertThat(catalog.id()).isEqualTo("chicago-immigration-non-cooperation");
    assertThat(catalog.version()).isEqualTo("1.0.0");
    assertThat(catalog.fingerprint()).isEqualTo(FIRST_RELEASE_FINGERPRINT);
    assertThat(catalog.fingerprint()).isNotEqualTo(SanctuaryPolicy.chicago().info().fingerprint());
  }

  @Test
  void releasedCatalog_compiled_decidesEveryRequestAsTheFirstReleaseCodeDid() {
    Policy firstRelease =
        SanctuaryPolicy.unlogged(
            SanctuaryPolicy.compile(PolicyJson.releasedCatalog("chicago-1.0.0")));

    assertThat(firstRelease.info().version()).isEqualTo("1.0.0");
    assertThat(firstRelease.info().fingerprint()).isEqualTo(FIRST_RELEASE_FINGERPRINT);
    assertThat(DecisionDigest.of(firstRelease)).isEqualTo(FIRST_RELEASE_DECISIONS);
  }

  /**
   * The correction 1.0.0 to 1.1.0 as {@code diff chicago-1.0.0 chicago} counts it equals a plain
   * count over the whole space, each request decided by both catalogs; and every change is to a
   * stricter effect.
   */
  @Test
  void diffFromTheFirstRelease_countsEachChangeAsEveryRequestDecidedByBoth() {
    Policy firstRelease =
        SanctuaryPolicy.unlogged(
            SanctuaryPolicy.compile(PolicyJson.releasedCatalog("chicago-1.0.0")));
    Policy current = SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago());

    CatalogDiff diff = CatalogDiff.between(firstRelease, current);
    Map<String, Long> counted =
        RequestSpace.all().stream()
            .parallel()
            .map(r -> firstRelease.evaluate(r).effect() + " -> " + current.evaluate(r).effect())
            .filter(change -> !change.equals("DENY -> DENY"))
            .filter(change -> !change.equals("ESCALATE -> ESCALATE"))
            .filter(change -> !change.equals("PERMIT -> PERMIT"))
            .collect(Collectors.groupingByConcurrent(change -> change, Collectors.counting()));

    assertThat(current.info().version()).isEqualTo("1.1.0");
    assertThat(
            diff.changes().stream()
                .collect(Collectors.toMap(c -> c.from() + " -> " + c.to(), EffectChange::count)))
        .isEqualTo(counted);
    assertThat(diff.changes())
        .isNotEmpty()
        .allSatisfy(change -> assertThat(change.to()).isLessThan(change.from()));
    assertThat(diff.regions().stream().mapToLong(DiffRegion::count).sum())
        .isEqualTo(diff.changedRequests());
  }
}

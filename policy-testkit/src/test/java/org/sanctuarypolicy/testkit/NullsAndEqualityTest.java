package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * The test kit's entry points refuse a null they were not told to accept, each before it does any
 * work; its value types are equal exactly to those with the same content.
 */
class NullsAndEqualityTest {
  private static final Set<Actor> BOUND = EnumSet.of(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR);

  private static NullPointerTester tester() {
    Policy policy = SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago());
    return new NullPointerTester()
        .setDefault(Policy.class, policy)
        .setDefault(CertificationAdapter.class, CertificationAdapter.of(policy))
        .setDefault(Clock.class, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(DoubleConsumer.class, share -> {})
        .setDefault(String.class, "S-1");
  }

  @Test
  void entryPoints_refuseNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(Certification.class);
    tester.testAllPublicStaticMethods(ConformanceCatalog.class);
    tester.testAllPublicStaticMethods(PolicyLaws.class);
    tester.testAllPublicStaticMethods(CatalogDiff.class);
    tester.testAllPublicStaticMethods(CertificationAdapter.class);
    tester.testAllPublicStaticMethods(ConformanceTests.class);
    tester.testAllPublicStaticMethods(Observation.class);
    tester.testAllPublicStaticMethods(PolicyArbitraries.class);
    tester.testAllPublicInstanceMethods(RequestSpace.all());
  }

  @Test
  void effectChanges_equalByContent() {
    new EqualsTester()
        .addEqualityGroup(
            new EffectChange(Effect.PERMIT, Effect.DENY, 3),
            new EffectChange(Effect.PERMIT, Effect.DENY, 3))
        .addEqualityGroup(new EffectChange(Effect.ESCALATE, Effect.DENY, 3))
        .addEqualityGroup(new EffectChange(Effect.PERMIT, Effect.ESCALATE, 3))
        .addEqualityGroup(new EffectChange(Effect.PERMIT, Effect.DENY, 4))
        .testEquals();
  }

  @Test
  void diffRegions_equalByContent() {
    DiffRegion all = region(Effect.DENY, 384, EnumSet.allOf(Counterparty.class));
    assertThat(all.size()).isEqualTo(384);
    new EqualsTester()
        .addEqualityGroup(all, region(Effect.DENY, 384, EnumSet.allOf(Counterparty.class)))
        .addEqualityGroup(region(Effect.ESCALATE, 384, EnumSet.allOf(Counterparty.class)))
        .addEqualityGroup(region(Effect.DENY, 32, EnumSet.of(Counterparty.COURT)))
        .addEqualityGroup(region(Effect.DENY, 32, EnumSet.of(Counterparty.MILITARY)))
        .testEquals();
  }

  /**
   * A region PERMIT -> {@code to} of arrests by the bound actors, purpose
   * CIVIL_IMMIGRATION_ENFORCEMENT, with STATUTORY_REQUIREMENT and without judicial process.
   */
  private static DiffRegion region(Effect to, long count, Set<Counterparty> counterparties) {
    return DiffRegion.of(
        Effect.PERMIT,
        to,
        count,
        BOUND,
        EnumSet.of(Action.ARREST_OR_DETAIN),
        counterparties,
        EnumSet.of(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT),
        EnumSet.allOf(FacilityArea.class),
        EnumSet.of(Authority.STATUTORY_REQUIREMENT),
        EnumSet.of(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER),
        EnumSet.noneOf(InformationCategory.class),
        EnumSet.noneOf(InformationCategory.class));
  }
}

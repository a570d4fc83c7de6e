package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

class PolicyArbitrariesProperties {
  @Property(tries = 1000)
  void requests_any_isWellFormedAndSurvivesTheWireFormat(@ForAll("requests") Request request) {
    assertThat(Request.builderFrom(request).build()).isEqualTo(request);
    assertThat(PolicyJson.parseRequest(PolicyJson.write(request))).isEqualTo(request);
    assertThat(request.information().isEmpty())
        .isEqualTo(request.action() != Action.DISCLOSE_INFORMATION);
    assertThat(request.facilityArea().isPresent())
        .isEqualTo(request.action() == Action.PROVIDE_FACILITY);
    assertThat(request.requestId()).matches("[A-Za-z0-9._:-]{1,128}");
  }

  @Property(tries = 500)
  void requestsOfAction_any_haveThatAction(
      @ForAll("requestsByAction") Tuple2<Action, Request> drawn) {
    assertThat(drawn.get2().action()).isEqualTo(drawn.get1());
  }

  @Property(tries = 1000)
  void requestsOfNexus_any_haveThatNexus(@ForAll("requestsByNexus") Tuple2<Nexus, Request> drawn) {
    assertThat(SanctuaryPolicy.nexus(drawn.get2())).isEqualTo(drawn.get1());
  }

  @Example
  void requests_sample_coversEveryValueOfEveryField() {
    List<Request> sample =
        PolicyArbitraries.requests().sampleStream().limit(3_000).collect(Collectors.toList());
    assertThat(values(sample, Request::actor, Actor.class)).containsExactly(Actor.values());
    assertThat(values(sample, Request::action, Action.class)).containsExactly(Action.values());
    assertThat(values(sample, Request::counterparty, Counterparty.class))
        .containsExactly(Counterparty.values());
    assertThat(values(sample, Request::purpose, Purpose.class)).containsExactly(Purpose.values());
    assertThat(values(sample, SanctuaryPolicy::nexus, Nexus.class)).containsExactly(Nexus.values());
    Set<Authority> authorities = EnumSet.noneOf(Authority.class);
    Set<InformationCategory> information = EnumSet.noneOf(InformationCategory.class);
    sample.forEach(r -> authorities.addAll(r.authorities()));
    sample.forEach(r -> information.addAll(r.information()));
    assertThat(authorities).containsExactly(Authority.values());
    assertThat(information).containsExactly(InformationCategory.values());
    assertThat(sample.stream().map(Request::requestId).filter(id -> !id.startsWith("r-")))
        .isNotEmpty();
  }

  @Example
  void requestsOfNexus_sample_reachesEveryRuleOfDesign4() {
    List<Request> undetermined =
        PolicyArbitraries.requests(Nexus.UNDETERMINED)
            .sampleStream()
            .limit(400)
            .collect(Collectors.toList());
    assertThat(undetermined)
        .anyMatch(
            r ->
                r.action() == Action.GRANT_DATABASE_ACCESS
                    && r.counterparty() == Counterparty.PRIVATE_PARTY)
        .anyMatch(r -> r.counterparty() == Counterparty.OTHER_FEDERAL_AGENCY);
    List<Request> none =
        PolicyArbitraries.requests(Nexus.NONE)
            .sampleStream()
            .limit(400)
            .collect(Collectors.toList());
    assertThat(none)
        .anyMatch(
            r ->
                r.counterparty() == Counterparty.MILITARY
                    && r.purpose() == Purpose.EMERGENCY_RESPONSE)
        .anyMatch(r -> r.purpose() == Purpose.UNKNOWN)
        .anyMatch(r -> r.counterparty() == Counterparty.DATA_SUBJECT);
  }

  @Provide
  Arbitrary<Request> requests() {
    return PolicyArbitraries.requests();
  }

  @Provide
  Arbitrary<Tuple2<Action, Request>> requestsByAction() {
    return Arbitraries.of(Action.class)
        .flatMap(action -> PolicyArbitraries.requests(action).map(r -> Tuple.of(action, r)));
  }

  @Provide
  Arbitrary<Tuple2<Nexus, Request>> requestsByNexus() {
    return Arbitraries.of(Nexus.class)
        .flatMap(nexus -> PolicyArbitraries.requests(nexus).map(r -> Tuple.of(nexus, r)));
  }

  private static <E extends Enum<E>> Set<E> values(
      List<Request> sample, Function<Request, E> field, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    sample.forEach(request -> values.add(field.apply(request)));
    return values;
  }
}

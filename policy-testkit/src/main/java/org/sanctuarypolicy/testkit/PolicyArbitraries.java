package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * jqwik arbitraries for the policy's requests, for clause catalogs and for malformed JSON: the
 * library's one shared generator, for its own properties and for vendors'.
 *
 * <p>Every arbitrary is built from jqwik's combinators, so a failing property shrinks to a small
 * example. A request shrinks towards the defaults and the first values of each field: actor {@code
 * CITY_DEPARTMENT}, purpose {@code UNKNOWN}, counterparty {@code FEDERAL_IMMIGRATION_ENFORCEMENT},
 * no instruments, one information category, area {@code NON_PUBLIC}, request id {@code r-0}.
 *
 * <pre>{@code
 * @Property
 * void myProduct_anyDisclosure_neverThrows(@ForAll("disclosures") Request request) { ... }
 *
 * @Provide
 * Arbitrary<Request> disclosures() {
 *   return PolicyArbitraries.requests(Action.DISCLOSE_INFORMATION);
 * }
 * }</pre>
 */
public final class PolicyArbitraries {
  private static final List<Actor> ACTORS = List.of(Actor.values());
  private static final List<Counterparty> COUNTERPARTIES = List.of(Counterparty.values());
  private static final List<Counterparty> WATCHED =
      List.of(
          Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
          Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS,
          Counterparty.MILITARY);
  private static final List<Counterparty> NOT_WATCHED = without(COUNTERPARTIES, WATCHED);

  /** The counterparties whose requests cannot be judged without a stated purpose . */
  private static final List<Counterparty> UNTELLABLE =
      List.of(
          Counterparty.FEDERAL_LAW_ENFORCEMENT,
          Counterparty.OTHER_FEDERAL_AGENCY,
          Counterparty.UNKNOWN);

  /** Purposes, the default first so that a request shrinks towards it. */
  private static final List<Purpose> PURPOSES =
      ImmutableList.<Purpose>builder()
          .add(Purpose.UNKNOWN)
          .addAll(without(List.of(Purpose.values()), List.of(Purpose.UNKNOWN)))
          .build();

  /** Stated purposes other than civil immigration enforcement. */
  private static final List<Purpose> OTHER_STATED_PURPOSES =
      without(PURPOSES, List.of(Purpose.UNKNOWN, Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

  private static final List<Action> ACTIONS = List.of(Action.values());

  private PolicyArbitraries() {}

  /**
   * Every well-formed request: each actor, action, counterparty, purpose, set of instruments,
   * non-empty information set (with {@code DISCLOSE_INFORMATION}) and area (with {@code
   * PROVIDE_FACILITY}), and request ids of every allowed shape.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Request> requests() {
    return requests(
        Arbitraries.of(ACTIONS), Arbitraries.of(COUNTERPARTIES), Arbitraries.of(PURPOSES));
  }

  /**
   * The well-formed requests for one action.
   *
   * @param action the action
   * @return the arbitrary
   */
  public static Arbitrary<Request> requests(Action action) {
    Objects.requireNonNull(action, "action");
    return requests(
        Arbitraries.just(action), Arbitraries.of(COUNTERPARTIES), Arbitraries.of(PURPOSES));
  }

  /**
   * The well-formed requests whose enforcement nexus under the built-in order's nexus rules ({@link
   * SanctuaryPolicy#nexus}) is the given one. They are built from the rule that gives the nexus,
   * not by filtering all requests, so that every case is reached as fast as any other; each is also
   * checked against {@link SanctuaryPolicy#nexus}, which rejects at most a few percent. A catalog
   * with other nexus rules still gets every request from {@link #requests()}.
   *
   * @param nexus the nexus
   * @return the arbitrary
   */
  public static Arbitrary<Request> requests(Nexus nexus) {
    Objects.requireNonNull(nexus, "nexus");
    Arbitrary<Action> anyAction = Arbitraries.of(ACTIONS);
    Arbitrary<Request> requests;
    switch (nexus) {
      case CONFIRMED:
        requests =
            requests(
                anyAction,
                Arbitraries.of(COUNTERPARTIES),
                Arbitraries.just(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));
        break;
      case PRESUMED:
        requests = requests(anyAction, Arbitraries.of(WATCHED), Arbitraries.just(Purpose.UNKNOWN));
        break;
      case CLAIMED:
        // Rejects the emergency call for resources (1 in 50), which falls through to NONE.
        requests =
            requests(anyAction, Arbitraries.of(WATCHED), Arbitraries.of(OTHER_STATED_PURPOSES));
        break;
      case UNDETERMINED:
        requests =
            Arbitraries.oneOf(
                requests(anyAction, Arbitraries.of(UNTELLABLE), Arbitraries.just(Purpose.UNKNOWN)),
                requests(
                    Arbitraries.just(Action.GRANT_DATABASE_ACCESS),
                    Arbitraries.of(without(NOT_WATCHED, List.of(Counterparty.DATA_SUBJECT))),
                    Arbitraries.just(Purpose.UNKNOWN)));
        break;
      case NONE:
        requests =
            Arbitraries.oneOf(
                requests(
                    anyAction, Arbitraries.of(NOT_WATCHED), Arbitraries.of(OTHER_STATED_PURPOSES)),
                // Rejects bulk database access (about 1 in 12), which is UNDETERMINED.
                requests(
                    anyAction,
                    Arbitraries.of(without(NOT_WATCHED, UNTELLABLE)),
                    Arbitraries.just(Purpose.UNKNOWN)),
                requests(
                    Arbitraries.just(Action.COMMIT_RESOURCES),
                    Arbitraries.of(WATCHED),
                    Arbitraries.just(Purpose.EMERGENCY_RESPONSE)));
        break;
      default:
        throw new AssertionError(nexus);
    }
    return requests.filter(request -> SanctuaryPolicy.nexus(request) == nexus);
  }

  /**
   * The instruments that never make a decision less permissive ({@link
   * Law#MORE_AUTHORITY_NEVER_LESS_PERMISSIVE}), and the only ones a catalog may list as remedy
   * candidates: {@code JUDICIAL_WARRANT}, {@code COURT_ORDER}, {@code STATUTORY_REQUIREMENT},
   * {@code WRITTEN_CONSENT}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Authority> remedyInstruments() {
    return Arbitraries.of(LawChecks.LAW_4_INSTRUMENTS);
  }

  /**
   * The non-judicial instruments, which never authorize anything ({@link
   * Law#NON_JUDICIAL_NEVER_MORE_PERMISSIVE}): {@code IMMIGRATION_DETAINER}, {@code
   * ADMINISTRATIVE_WARRANT}, {@code ADMINISTRATIVE_SUBPOENA}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Authority> nonJudicialInstruments() {
    return Arbitraries.of(LawChecks.NON_JUDICIAL);
  }

  /**
   * Random clause catalogs that the api accepts, for checking a catalog's compiler or any reader of
   * catalogs against more than the Chicago order: 1 to 8 clauses with 0 to 4 exceptions each, up to
   * 4 nexus rules, any physical actions, remedy candidates drawn from the four judicial instruments
   * in any order, and up to 4 named terms. Conditions of every kind nest up to 3 deep and test any
   * non-empty set of values, so a catalog names sets the Chicago order never names; base effects
   * are any of DENY, ESCALATE, REDACT and PERMIT, exception effects any of PERMIT, ESCALATE and
   * DENY, and a clause may bind any non-empty set of actors.
   *
   * <p>Every catalog has the id {@code generated-catalog}; clause ids such as {@code C-1}, {@code
   * C-2.1} and {@code Sec3.b-2} are unique by the clause's place, and a clause's exceptions take
   * its id and increasing letters. A catalog shrinks towards fewer clauses, exceptions, rules and
   * terms and towards leaf conditions.
   *
   * <pre>{@code
   * @Property
   * void compiled_anyCatalog_equalsReference(@ForAll("catalogs") ClauseCatalog catalog) { ... }
   *
   * @Provide
   * Arbitrary<ClauseCatalog> catalogs() {
   *   return PolicyArbitraries.catalogs();
   * }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<ClauseCatalog> catalogs() {
    return CatalogArbitraries.catalogs();
  }

  /**
   * JSON texts that must never parse as a request, for parser tests: random text, truncated
   * requests, deep nesting, huge arrays and strings, wrong types, duplicate fields, lone
   * surrogates, {@code NaN} and {@code Infinity}, numbers where enum names belong, unknown fields
   * and unknown enum names, and documents that are not objects. Most are a well-formed request with
   * one defect, so they reach deep into a parser.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> malformedRequestJson() {
    return MalformedJson.texts(requests());
  }

  /**
   * Byte streams that must never yield a request, for parsers that read bytes: everything {@link
   * #malformedRequestJson()} gives, encoded as UTF-8, plus random bytes and well-formed requests
   * with invalid UTF-8 (stray continuation bytes, overlong forms, truncated sequences, encoded
   * surrogates, bytes that never occur) inside.
   *
   * @return the arbitrary
   */
  public static Arbitrary<byte[]> malformedRequestBytes() {
    return MalformedJson.bytes(requests());
  }

  private static Arbitrary<Request> requests(
      Arbitrary<Action> actions,
      Arbitrary<Counterparty> counterparties,
      Arbitrary<Purpose> purposes) {
    return Combinators.combine(
            requestIds().withoutEdgeCases(),
            Arbitraries.of(ACTORS),
            actions,
            counterparties,
            purposes,
            // No edge cases for sets and ids: their combinations would crowd out random requests.
            Arbitraries.subsetOf(Authority.values()).withoutEdgeCases(),
            Arbitraries.subsetOf(InformationCategory.values()).ofMinSize(1).withoutEdgeCases(),
            Arbitraries.of(FacilityArea.values()))
        .as(PolicyArbitraries::request);
  }

  private static Request request(
      String requestId,
      Actor actor,
      Action action,
      Counterparty counterparty,
      Purpose purpose,
      Set<Authority> authorities,
      Set<InformationCategory> information,
      FacilityArea area) {
    Request.Builder builder =
        Request.builder()
            .requestId(requestId)
            .actor(actor)
            .action(action)
            .counterparty(counterparty)
            .purpose(purpose)
            .authorities(authorities);
    if (action == Action.DISCLOSE_INFORMATION) {
      builder.information(information);
    } else if (action == Action.PROVIDE_FACILITY) {
      builder.facilityArea(area);
    }
    return builder.build();
  }

  /** Mostly {@code r-<number>}; sometimes any allowed id, up to the longest. */
  static Arbitrary<String> requestIds() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(0, 999_999).map(n -> "r-" + n)),
        Tuple.of(
            1,
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars("._:-")
                .ofMinLength(1)
                .ofMaxLength(Request.MAX_REQUEST_ID_LENGTH)));
  }

  private static <T> List<T> without(List<T> values, List<T> removed) {
    return values.stream()
        .filter(value -> !removed.contains(value))
        .collect(ImmutableList.toImmutableList());
  }
}

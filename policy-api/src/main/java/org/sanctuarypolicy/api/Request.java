package org.sanctuarypolicy.api;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.internal.RequestBits;

/**
 * A request for a decision: an action the city would take, described by categories only.
 *
 * <p>Build one with {@link #builder()}. A request that breaks a rule of the vocabulary cannot be
 * built: {@link Builder#build()} throws {@link InvalidRequestException} naming each bad field, the
 * bad value and what is allowed. A request that can be built always gets a decision.
 */
@Value.Immutable(builder = false)
public abstract class Request {
  /** The longest request id allowed. */
  public static final int MAX_REQUEST_ID_LENGTH = 128;

  /** What a request id may be, in the words error messages use. */
  public static final String REQUEST_ID_RULE =
      "1 to " + MAX_REQUEST_ID_LENGTH + " characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'";

  /** Every set of authorities, by bit mask of ordinals: requests share them. */
  private static final ImmutableList<ImmutableSet<Authority>> AUTHORITY_SETS =
      allSubsets(Authority.class);

  /** Every set of information categories, by bit mask of ordinals: requests share them. */
  private static final ImmutableList<ImmutableSet<InformationCategory>> INFORMATION_SETS =
      allSubsets(InformationCategory.class);

  private static final CharMatcher REQUEST_ID_CHARS =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("._:-"))
          .precomputed();

  static {
    RequestBits.install(Request::authorityBits, Request::informationBits);
  }

  Request() {}

  /**
   * The caller's correlation id, echoed in the decision and the log: 1 to 128 characters of {@code
   * [A-Za-z0-9._:-]}, never personal data.
   *
   * @return the request id
   */
  @Value.Parameter
  public abstract String requestId();

  /**
   * Who would act.
   *
   * @return the actor; {@link Actor#CITY_DEPARTMENT} unless set
   */
  @Value.Parameter
  public abstract Actor actor();

  /**
   * What the city would do.
   *
   * @return the action
   */
  @Value.Parameter
  public abstract Action action();

  /**
   * Who would receive the cooperation. {@link Counterparty#DATA_SUBJECT} is the person concerned
   * or, for a minor or a person not legally competent, a parent or guardian; a lawyer or a relative
   * is {@link Counterparty#PRIVATE_PARTY} and needs the person's {@link Authority#WRITTEN_CONSENT}
   * for status information. For {@link Action#INQUIRE_STATUS} it is whoever wants the answer.
   *
   * @return the counterparty
   */
  @Value.Parameter
  public abstract Counterparty counterparty();

  /**
   * What the counterparty says the cooperation is for.
   *
   * @return the purpose; {@link Purpose#UNKNOWN} unless set
   */
  @Value.Parameter
  public abstract Purpose purpose();

  /** The presented instruments, bit {@code 1 << a.ordinal()} for each {@link Authority} a. */
  @Value.Parameter
  abstract int authorityBits();

  /** The information categories, bit {@code 1 << c.ordinal()} for each category c. */
  @Value.Parameter
  abstract int informationBits();

  /**
   * The legal instruments the counterparty presents for this request, in enum order.
   *
   * @return the authorities, possibly empty
   */
  public final ImmutableSet<Authority> authorities() {
    return AUTHORITY_SETS.get(authorityBits());
  }

  /**
   * The information categories a disclosure would share, in enum order; non-empty exactly when the
   * action is {@link Action#DISCLOSE_INFORMATION}.
   *
   * @return the information categories
   */
  public final ImmutableSet<InformationCategory> information() {
    return INFORMATION_SETS.get(informationBits());
  }

  /**
   * The area of the property; present exactly when the action is {@link Action#PROVIDE_FACILITY}.
   * {@link FacilityArea#PUBLIC} only for being present, like any member of the public and on the
   * same terms, in a space open to everyone (a lobby, a public hearing room). Every other use is
   * {@link FacilityArea#NON_PUBLIC}, and so is every use of a city lot, garage or vacant lot as a
   * staging area, processing location or operations base, even where the public may park or walk.
   *
   * @return the facility area, {@link FacilityArea#NON_PUBLIC} unless set
   */
  @Value.Parameter
  public abstract Optional<FacilityArea> facilityArea();

  /**
   * Whether the request presents the given instrument.
   *
   * @param authority the instrument
   * @return true when it is among {@link #authorities()}
   */
  public final boolean presents(Authority authority) {
    Objects.requireNonNull(authority, "authority");
    return authorities().contains(authority);
  }

  @Override
  public final String toString() {
    return "Request{requestId="
        + requestId()
        + ", actor="
        + actor()
        + ", action="
        + action()
        + ", counterparty="
        + counterparty()
        + ", purpose="
        + purpose()
        + ", authorities="
        + authorities()
        + ", information="
        + information()
        + ", facilityArea="
        + facilityArea().orElse(null)
        + "}";
  }

  @Value.Check
  final void check() {
    if (authorityBits() < 0 || authorityBits() >= AUTHORITY_SETS.size()) {
      throw InvalidRequestException.of(
          "authorities", "bits " + authorityBits(), "bits of Authority ordinals");
    }
    if (informationBits() < 0 || informationBits() >= INFORMATION_SETS.size()) {
      throw InvalidRequestException.of(
          "information", "bits " + informationBits(), "bits of InformationCategory ordinals");
    }
    boolean disclose = action() == Action.DISCLOSE_INFORMATION;
    boolean facility = action() == Action.PROVIDE_FACILITY;
    if (!isValidRequestId(requestId())
        || disclose == (informationBits() == 0)
        || facility != facilityArea().isPresent()) {
      throw InvalidRequestException.of(
          problems(
              requestId(),
              action(),
              counterparty(),
              informationBits(),
              true,
              facilityArea().orElse(null)));
    }
  }

  /**
   * Every rule of the vocabulary the fields break, in the order of the fields; a null field is
   * missing.
   *
   * @param informationGiven whether the information was set, even to no category: an empty set is
   *     then "an empty set", not "missing"
   */
  private static List<InvalidRequestException.Problem> problems(
      @Nullable String id,
      @Nullable Action action,
      @Nullable Counterparty counterparty,
      int information,
      boolean informationGiven,
      @Nullable FacilityArea area) {
    List<InvalidRequestException.Problem> problems = null;
    if (id == null || !isValidRequestId(id)) {
      problems =
          add(problems, "requestId", id == null ? "missing" : describeId(id), REQUEST_ID_RULE);
    }
    if (action == null) {
      problems = add(problems, "action", "missing", names(Action.values()));
    }
    if (counterparty == null) {
      problems = add(problems, "counterparty", "missing", names(Counterparty.values()));
    }
    if (action != null) {
      boolean disclose = action == Action.DISCLOSE_INFORMATION;
      if (disclose && information == 0) {
        problems =
            add(
                problems,
                "information",
                informationGiven ? "an empty set" : "missing",
                "one or more of "
                    + names(InformationCategory.values())
                    + " with DISCLOSE_INFORMATION");
      } else if (!disclose && information != 0) {
        problems =
            add(
                problems,
                "information",
                INFORMATION_SETS.get(information) + " with action " + action,
                "information only with action DISCLOSE_INFORMATION");
      }
      boolean facility = action == Action.PROVIDE_FACILITY;
      if (facility != (area != null)) {
        problems =
            add(
                problems,
                "facilityArea",
                area == null ? "missing" : area + " with action " + action,
                "facilityArea only with action PROVIDE_FACILITY");
      }
    }
    return problems == null ? ImmutableList.of() : problems;
  }

  private static List<InvalidRequestException.Problem> add(
      @Nullable List<InvalidRequestException.Problem> problems,
      String field,
      String value,
      String allowed) {
    List<InvalidRequestException.Problem> list = problems == null ? new ArrayList<>() : problems;
    list.add(new InvalidRequestException.Problem(field, value, allowed));
    return list;
  }

  /**
   * Whether {@code id} is a valid request id: {@link #REQUEST_ID_RULE}.
   *
   * @param id a candidate id
   * @return true when it is valid
   */
  public static boolean isValidRequestId(String id) {
    return !id.isEmpty()
        && id.length() <= MAX_REQUEST_ID_LENGTH
        && REQUEST_ID_CHARS.matchesAllOf(id);
  }

  /** Shows a bad request id without echoing characters that could forge a log line. */
  private static String describeId(String id) {
    if (id.isEmpty()) {
      return "an empty string";
    }
    if (id.length() > MAX_REQUEST_ID_LENGTH) {
      return "a string of " + id.length() + " characters";
    }
    return "\"" + CharMatcher.javaIsoControl().replaceFrom(id, '?') + "\"";
  }

  private static <E extends Enum<E>> ImmutableList<ImmutableSet<E>> allSubsets(Class<E> type) {
    E[] values = type.getEnumConstants();
    ImmutableList.Builder<ImmutableSet<E>> subsets = ImmutableList.builder();
    for (int mask = 0; mask < 1 << values.length; mask++) {
      EnumSet<E> subset = EnumSet.noneOf(type);
      for (E value : values) {
        if ((mask & (1 << value.ordinal())) != 0) {
          subset.add(value);
        }
      }
      subsets.add(Sets.immutableEnumSet(subset));
    }
    return subsets.build();
  }

  static String names(Enum<?>[] values) {
    return Joiner.on(", ").join(Arrays.stream(values).map(Enum::name).iterator());
  }

  /**
   * A new builder for a request.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new builder holding every field of {@code request}, to derive a request from it.
   *
   * @param request the request to copy
   * @return a builder with its fields set
   */
  public static Builder builderFrom(Request request) {
    Builder builder =
        new Builder()
            .requestId(request.requestId())
            .actor(request.actor())
            .action(request.action())
            .counterparty(request.counterparty())
            .purpose(request.purpose())
            .authorities(request.authorities())
            .information(request.information());
    request.facilityArea().ifPresent(builder::facilityArea);
    return builder;
  }

  /**
   * Builds a {@link Request}. Not thread-safe; each setter replaces what was set before, and sets
   * are copied. {@link #build()} checks every rule of the vocabulary.
   */
  public static final class Builder {
    private @Nullable String requestId;
    private Actor actor = Actor.CITY_DEPARTMENT;
    private @Nullable Action action;
    private @Nullable Counterparty counterparty;
    private Purpose purpose = Purpose.UNKNOWN;
    private int authorities;
    private int information;
    private boolean informationGiven;
    private @Nullable FacilityArea facilityArea;

    private Builder() {}

    /**
     * Sets the correlation id.
     *
     * @param requestId 1 to 128 characters of {@code [A-Za-z0-9._:-]}
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      return this;
    }

    /**
     * Sets who would act.
     *
     * @param actor the actor
     * @return this builder
     */
    public Builder actor(Actor actor) {
      this.actor = Objects.requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Sets what the city would do.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(Action action) {
      this.action = Objects.requireNonNull(action, "action");
      return this;
    }

    /**
     * Sets who would receive the cooperation: {@link Counterparty#DATA_SUBJECT} for the person or,
     * for a minor or a person not legally competent, a parent or guardian; {@link
     * Counterparty#PRIVATE_PARTY} for a lawyer or a relative.
     *
     * @param counterparty the counterparty
     * @return this builder
     */
    public Builder counterparty(Counterparty counterparty) {
      this.counterparty = Objects.requireNonNull(counterparty, "counterparty");
      return this;
    }

    /**
     * Sets the stated purpose.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(Purpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * Sets the presented instruments, replacing any set before.
     *
     * @param authorities the instruments
     * @return this builder
     */
    public Builder authorities(Iterable<Authority> authorities) {
      this.authorities = bits(authorities);
      return this;
    }

    /**
     * Sets the presented instruments, replacing any set before.
     *
     * @param authorities the instruments
     * @return this builder
     */
    public Builder authorities(Authority... authorities) {
      this.authorities = bits(authorities);
      return this;
    }

    /**
     * Sets the information categories to disclose, replacing any set before.
     *
     * @param information the categories
     * @return this builder
     */
    public Builder information(Iterable<InformationCategory> information) {
      this.information = bits(information);
      this.informationGiven = true;
      return this;
    }

    /**
     * Sets the information categories to disclose, replacing any set before.
     *
     * @param information the categories
     * @return this builder
     */
    public Builder information(InformationCategory... information) {
      this.information = bits(information);
      this.informationGiven = true;
      return this;
    }

    /** The bit set of {@code values}: bit {@code 1 << v.ordinal()} for each value {@code v}. */
    private static int bits(Iterable<? extends Enum<?>> values) {
      int mask = 0;
      for (Enum<?> value : values) {
        mask |= 1 << value.ordinal();
      }
      return mask;
    }

    /**
     * The bit set of {@code values}, as {@link #bits(Iterable)} gives it; a loop of its own, since
     * wrapping the array would allocate on the path of every built request.
     */
    private static int bits(Enum<?>[] values) {
      int mask = 0;
      for (Enum<?> value : values) {
        mask |= 1 << value.ordinal();
      }
      return mask;
    }

    /**
     * Sets the area of the property; only with {@link Action#PROVIDE_FACILITY}. {@link
     * FacilityArea#PUBLIC} only for being present like any member of the public; a city lot, garage
     * or vacant lot used for staging, processing or operations is {@link FacilityArea#NON_PUBLIC}
     * even where the public may park.
     *
     * @param facilityArea the area
     * @return this builder
     */
    public Builder facilityArea(FacilityArea facilityArea) {
      this.facilityArea = Objects.requireNonNull(facilityArea, "facilityArea");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidRequestException listing every field that is missing or breaks a rule of the
     *     vocabulary
     */
    public Request build() {
      FacilityArea area = facilityArea;
      if (area == null && action == Action.PROVIDE_FACILITY) {
        area = FacilityArea.NON_PUBLIC;
      }
      if (requestId == null
          || action == null
          || counterparty == null
          || (action == Action.DISCLOSE_INFORMATION && information == 0)) {
        // Only here is a field missing, or the information never set: say so, with every other
        // problem of the fields that are set. Otherwise the request's own check says it all.
        throw InvalidRequestException.of(
            problems(requestId, action, counterparty, information, informationGiven, area));
      }
      return ImmutableRequest.of(
          requestId,
          actor,
          action,
          counterparty,
          purpose,
          authorities,
          information,
          Optional.ofNullable(area));
    }
  }
}

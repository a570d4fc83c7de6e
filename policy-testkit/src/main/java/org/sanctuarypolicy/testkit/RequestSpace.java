package org.sanctuarypolicy.testkit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The whole finite request space: every request that can be built, once, with a dense index, so
 * that a check can visit all of them, in parallel, and find the request that differs from another
 * in one instrument by index arithmetic.
 *
 * <p>Two requests that differ only in their request id are the same point of the space. The space
 * holds 16,805,376 requests: every actor, counterparty and purpose, every set of instruments, and
 * one <em>variant</em> for the action: one of the eight actions that take neither information nor
 * an area, {@code PROVIDE_FACILITY} with each area, or {@code DISCLOSE_INFORMATION} with each of
 * the 511 non-empty information sets. The index is
 *
 * <pre>{@code
 * index = ((actor * 12 + counterparty) * 7 + purpose) * 128 + authorities) * 521 + variant
 * }</pre>
 *
 * <p>with enum ordinals, {@code authorities} as a bit mask over {@link Authority} ordinals, and the
 * variants in the order above (actions and areas in enum order, information sets by bit mask over
 * {@link InformationCategory} ordinals). The request at index {@code i} has the request id {@code
 * "space-" + i}.
 *
 * <p>Immutable and thread-safe. {@link #stream()} is sized and splits evenly, so {@code
 * stream().parallel()} uses every core.
 */
public final class RequestSpace {
  /** How many requests the space holds. */
  static final int SIZE = 16_805_376;

  private static final Actor[] ACTORS = Actor.values();
  private static final Counterparty[] COUNTERPARTIES = Counterparty.values();
  private static final Purpose[] PURPOSES = Purpose.values();
  static final int AUTHORITY_SETS = 1 << Authority.values().length;
  private static final int INFORMATION_SETS = (1 << InformationCategory.values().length) - 1;

  /** Actions that take neither information nor an area, in enum order. */
  private static final ImmutableList<Action> PLAIN_ACTIONS = plainActions();

  private static final int FACILITY_VARIANT = PLAIN_ACTIONS.size();
  private static final int FIRST_DISCLOSURE_VARIANT =
      FACILITY_VARIANT + FacilityArea.values().length;

  /** The variants of one context and one set of instruments. */
  static final int VARIANTS = FIRST_DISCLOSURE_VARIANT + INFORMATION_SETS;

  /** One context is an actor, a counterparty and a purpose. */
  static final int CONTEXTS = ACTORS.length * COUNTERPARTIES.length * PURPOSES.length;

  private static final List<ImmutableSet<Authority>> AUTHORITY_SET_BY_MASK =
      setsByMask(Authority.class, AUTHORITY_SETS);
  private static final List<ImmutableSet<InformationCategory>> INFORMATION_SET_BY_MASK =
      setsByMask(InformationCategory.class, INFORMATION_SETS + 1);

  private static final RequestSpace ALL = new RequestSpace();

  static {
    Preconditions.checkState(
        (long) CONTEXTS * AUTHORITY_SETS * VARIANTS == SIZE,
        "the vocabulary changed: update RequestSpace.SIZE");
  }

  private RequestSpace() {}

  /**
   * The whole request space: every request that can be built, once.
   *
   * @return the space, shared
   */
  public static RequestSpace all() {
    return ALL;
  }

  /**
   * How many requests the space holds: 16,805,376.
   *
   * @return the size
   */
  public long size() {
    return SIZE;
  }

  /**
   * The request at an index, built through {@link Request#builder()}, with the request id {@code
   * "space-" + index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the request
   * @throws IndexOutOfBoundsException when the index is outside the space
   */
  public Request request(long index) {
    if (index < 0 || index >= SIZE) {
      throw new IndexOutOfBoundsException(
          "index: " + index + " is outside the space; allowed: 0 to " + (SIZE - 1));
    }
    int at = (int) index;
    int variant = at % VARIANTS;
    int rest = at / VARIANTS;
    return request(rest / AUTHORITY_SETS, rest % AUTHORITY_SETS, variant);
  }

  /**
   * The index of a request: where {@link #request(long)} gives a request equal to it but for the
   * request id.
   *
   * @param request any well-formed request
   * @return its index
   */
  public long indexOf(Request request) {
    int context =
        (request.actor().ordinal() * COUNTERPARTIES.length + request.counterparty().ordinal())
                * PURPOSES.length
            + request.purpose().ordinal();
    return index(context, mask(request.authorities()), variant(request));
  }

  /**
   * Every request of the space, in index order. The stream is sized and splits evenly: call {@code
   * parallel()} on it to use every core.
   *
   * @return a sequential stream of {@code size()} requests
   */
  public Stream<Request> stream() {
    return LongStream.range(0, SIZE).mapToObj(this::request);
  }

  @Override
  public String toString() {
    return "RequestSpace{" + SIZE + " requests}";
  }

  // Coordinates used by the exhaustive checks, which walk the space context by context.

  static int index(int context, int authorityMask, int variant) {
    return (context * AUTHORITY_SETS + authorityMask) * VARIANTS + variant;
  }

  /** The bit set of {@code values}: bit {@code 1 << v.ordinal()} for each value {@code v}. */
  private static int mask(Set<? extends Enum<?>> values) {
    int mask = 0;
    for (Enum<?> value : values) {
      mask |= 1 << value.ordinal();
    }
    return mask;
  }

  static int authorityBit(Authority authority) {
    return 1 << authority.ordinal();
  }

  /** The request at the given coordinates, built through the public builder. */
  static Request request(int context, int authorityMask, int variant) {
    return request(
        context, authorityMask, variant, "space-" + index(context, authorityMask, variant));
  }

  /** The request at the given coordinates with the given request id. */
  static Request request(int context, int authorityMask, int variant, String requestId) {
    int purpose = context % PURPOSES.length;
    int counterparty = (context / PURPOSES.length) % COUNTERPARTIES.length;
    int actor = context / (PURPOSES.length * COUNTERPARTIES.length);
    Request.Builder builder =
        Request.builder()
            .requestId(requestId)
            .actor(ACTORS[actor])
            .counterparty(COUNTERPARTIES[counterparty])
            .purpose(PURPOSES[purpose])
            .authorities(AUTHORITY_SET_BY_MASK.get(authorityMask));
    if (variant < FACILITY_VARIANT) {
      builder.action(PLAIN_ACTIONS.get(variant));
    } else if (variant < FIRST_DISCLOSURE_VARIANT) {
      builder
          .action(Action.PROVIDE_FACILITY)
          .facilityArea(FacilityArea.values()[variant - FACILITY_VARIANT]);
    } else {
      builder
          .action(Action.DISCLOSE_INFORMATION)
          .information(INFORMATION_SET_BY_MASK.get(variant - FIRST_DISCLOSURE_VARIANT + 1));
    }
    return builder.build();
  }

  private static int variant(Request request) {
    switch (request.action()) {
      case DISCLOSE_INFORMATION:
        return FIRST_DISCLOSURE_VARIANT + mask(request.information()) - 1;
      case PROVIDE_FACILITY:
        return FACILITY_VARIANT + request.facilityArea().orElseThrow().ordinal();
      default:
        return PLAIN_ACTIONS.indexOf(request.action());
    }
  }

  private static ImmutableList<Action> plainActions() {
    ImmutableList.Builder<Action> actions = ImmutableList.builder();
    for (Action action : Action.values()) {
      if (action != Action.DISCLOSE_INFORMATION && action != Action.PROVIDE_FACILITY) {
        actions.add(action);
      }
    }
    return actions.build();
  }

  private static <E extends Enum<E>> List<ImmutableSet<E>> setsByMask(Class<E> type, int count) {
    E[] values = type.getEnumConstants();
    List<ImmutableSet<E>> sets = new ArrayList<>(count);
    for (int mask = 0; mask < count; mask++) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E value : values) {
        if ((mask & (1 << value.ordinal())) != 0) {
          set.add(value);
        }
      }
      sets.add(Sets.immutableEnumSet(set));
    }
    return sets;
  }
}

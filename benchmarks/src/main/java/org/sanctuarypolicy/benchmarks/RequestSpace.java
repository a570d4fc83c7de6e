package org.sanctuarypolicy.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The whole request space of DESIGN §8, indexed densely: 3 actors, 12 counterparties, 7 purposes,
 * 128 sets of authorities and 521 variants (the 8 actions without information or area, the 2
 * facility areas, the 511 non-empty information sets), {@value #SIZE} requests in all.
 */
final class RequestSpace {
  private static final Actor[] ACTORS = Actor.values();
  private static final Counterparty[] COUNTERPARTIES = Counterparty.values();
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final FacilityArea[] AREAS = FacilityArea.values();
  private static final Action[] PLAIN_ACTIONS =
      Arrays.stream(Action.values())
          .filter(a -> a != Action.DISCLOSE_INFORMATION && a != Action.PROVIDE_FACILITY)
          .toArray(Action[]::new);
  private static final int AUTHORITY_SETS = 1 << Authority.values().length;
  private static final int INFORMATION_SETS = (1 << InformationCategory.values().length) - 1;
  private static final int VARIANTS = PLAIN_ACTIONS.length + AREAS.length + INFORMATION_SETS;

  /** How many requests the space holds: 3 × 12 × 7 × 128 × 521. */
  static final int SIZE = 16_805_376;

  private static final List<Authority[]> AUTHORITY_SUBSETS =
      subsets(Authority.values(), new Authority[0]);
  private static final List<InformationCategory[]> INFORMATION_SUBSETS =
      subsets(InformationCategory.values(), new InformationCategory[0]);

  static {
    if (SIZE
        != ACTORS.length * COUNTERPARTIES.length * PURPOSES.length * AUTHORITY_SETS * VARIANTS) {
      throw new AssertionError("the vocabulary changed: update RequestSpace.SIZE");
    }
  }

  private RequestSpace() {}

  /** Every subset of {@code values}, indexed by its bit mask. */
  private static <E extends Enum<E>> List<E[]> subsets(E[] values, E[] type) {
    List<E[]> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << values.length; mask++) {
      all.add(BenchmarkRequests.subset(values, mask, type));
    }
    return all;
  }

  /** The request at {@code index}, from 0 to {@link #SIZE} - 1, built with the public builder. */
  static Request request(int index) {
    int variant = index % VARIANTS;
    int rest = index / VARIANTS;
    int authorities = rest % AUTHORITY_SETS;
    rest /= AUTHORITY_SETS;
    int purpose = rest % PURPOSES.length;
    rest /= PURPOSES.length;
    int counterparty = rest % COUNTERPARTIES.length;
    int actor = rest / COUNTERPARTIES.length;
    Request.Builder builder =
        Request.builder()
            .requestId("space-" + index)
            .actor(ACTORS[actor])
            .counterparty(COUNTERPARTIES[counterparty])
            .purpose(PURPOSES[purpose])
            .authorities(AUTHORITY_SUBSETS.get(authorities));
    if (variant < PLAIN_ACTIONS.length) {
      builder.action(PLAIN_ACTIONS[variant]);
    } else if (variant < PLAIN_ACTIONS.length + AREAS.length) {
      builder.action(Action.PROVIDE_FACILITY).facilityArea(AREAS[variant - PLAIN_ACTIONS.length]);
    } else {
      builder
          .action(Action.DISCLOSE_INFORMATION)
          .information(INFORMATION_SUBSETS.get(variant - PLAIN_ACTIONS.length - AREAS.length + 1));
    }
    return builder.build();
  }
}

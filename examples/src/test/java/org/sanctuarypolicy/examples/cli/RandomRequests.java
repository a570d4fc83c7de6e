package org.sanctuarypolicy.examples.cli;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * Random well-formed requests from a seeded {@link Random}, obeying DESIGN §3: {@code information}
 * non-empty with {@code DISCLOSE_INFORMATION} and absent otherwise, {@code facilityArea} only (and
 * not always) with {@code PROVIDE_FACILITY}, optional fields sometimes left to their defaults.
 *
 * <p>The load test needs a plain, seeded {@code Random} stream with every action equally likely.
 * The test kit's generators are jqwik arbitraries, and its {@code RequestSpace} drawn uniformly
 * would make nearly every request a disclosure (511 of its 521 variants per context).
 */
final class RandomRequests {
  private final Random random;
  private final String prefix;
  private long count;

  RandomRequests(long seed, String prefix) {
    this.random = new Random(seed);
    this.prefix = prefix;
  }

  /** The next request; its id is the prefix and a counter. */
  Request next() {
    Action action = pick(Action.values());
    Request.Builder request =
        Request.builder()
            .requestId(prefix + "-" + count++)
            .action(action)
            .counterparty(pick(Counterparty.values()));
    if (random.nextBoolean()) {
      request.actor(pick(Actor.values()));
    }
    if (random.nextInt(4) != 0) {
      request.purpose(pick(Purpose.values()));
    }
    request.authorities(subset(Authority.class, 0.2));
    if (action == Action.DISCLOSE_INFORMATION) {
      Set<InformationCategory> information = subset(InformationCategory.class, 0.3);
      if (information.isEmpty()) {
        information.add(pick(InformationCategory.values()));
      }
      request.information(information);
    }
    if (action == Action.PROVIDE_FACILITY && random.nextBoolean()) {
      request.facilityArea(pick(FacilityArea.values()));
    }
    return request.build();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <E extends Enum<E>> EnumSet<E> subset(Class<E> type, double probability) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if (random.nextDouble() < probability) {
        set.add(value);
      }
    }
    return set;
  }
}

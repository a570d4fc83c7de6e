package org.sanctuarypolicy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * A fixed array of random well-formed requests, in every form a benchmark reads them: built
 * requests, their raw enum fields (to build them again) and their JSON lines.
 *
 * <p>Each field is drawn uniformly and independently: actor, action, counterparty, purpose, any of
 * the 128 subsets of authorities, one of the 511 non-empty information subsets with {@code
 * DISCLOSE_INFORMATION} only, and one of the two facility areas with {@code PROVIDE_FACILITY}
 * only. (Drawing uniformly over the points of the request space instead would make 98% of the
 * requests disclosures.) The same size and seed always give the same requests.
 */
final class BenchmarkRequests {
  /** The number of requests the benchmarks cycle through; a power of two. */
  static final int SIZE = 4096;

  /** The seed of the benchmarks' requests. */
  static final long SEED = 0x5A_C7_0A_12_02_5L;

  private static final Actor[] ACTORS = Actor.values();
  private static final Action[] ACTIONS = Action.values();
  private static final Counterparty[] COUNTERPARTIES = Counterparty.values();
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final Authority[] AUTHORITIES = Authority.values();
  private static final InformationCategory[] CATEGORIES = InformationCategory.values();
  private static final FacilityArea[] AREAS = FacilityArea.values();

  final String[] ids;
  final Actor[] actors;
  final Action[] actions;
  final Counterparty[] counterparties;
  final Purpose[] purposes;
  final Authority[][] authorities;
  final InformationCategory[][] information;
  final @Nullable FacilityArea[] areas;
  final Request[] requests;
  final String[] json;

  private BenchmarkRequests(int size, long seed) {
    ids = new String[size];
    actors = new Actor[size];
    actions = new Action[size];
    counterparties = new Counterparty[size];
    purposes = new Purpose[size];
    authorities = new Authority[size][];
    information = new InformationCategory[size][];
    areas = new FacilityArea[size];
    requests = new Request[size];
    json = new String[size];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      Request request = draw(random, "bench-" + i);
      ids[i] = request.requestId();
      actors[i] = request.actor();
      actions[i] = request.action();
      counterparties[i] = request.counterparty();
      purposes[i] = request.purpose();
      authorities[i] = request.authorities().toArray(new Authority[0]);
      information[i] = request.information().toArray(new InformationCategory[0]);
      areas[i] = request.facilityArea().orElse(null);
      requests[i] = request;
      json[i] = PolicyJson.write(request);
    }
  }

  /**
   * One random well-formed request, each field drawn uniformly and independently as the class
   * documentation says.
   */
  static Request draw(SplittableRandom random, String id) {
    Action action = ACTIONS[random.nextInt(ACTIONS.length)];
    Request.Builder builder =
        Request.builder()
            .requestId(id)
            .actor(ACTORS[random.nextInt(ACTORS.length)])
            .action(action)
            .counterparty(COUNTERPARTIES[random.nextInt(COUNTERPARTIES.length)])
            .purpose(PURPOSES[random.nextInt(PURPOSES.length)])
            .authorities(
                subset(AUTHORITIES, random.nextInt(1 << AUTHORITIES.length), new Authority[0]));
    if (action == Action.DISCLOSE_INFORMATION) {
      builder.information(
          subset(
              CATEGORIES,
              1 + random.nextInt((1 << CATEGORIES.length) - 1),
              new InformationCategory[0]));
    } else if (action == Action.PROVIDE_FACILITY) {
      builder.facilityArea(AREAS[random.nextInt(AREAS.length)]);
    }
    return builder.build();
  }

  /** The requests of the given size and seed. */
  static BenchmarkRequests generate(int size, long seed) {
    return new BenchmarkRequests(size, seed);
  }

  /** The benchmarks' requests: {@link #SIZE} of them from {@link #SEED}, made once per JVM. */
  static BenchmarkRequests standard() {
    return Standard.REQUESTS;
  }

  private static final class Standard {
    static final BenchmarkRequests REQUESTS = generate(SIZE, SEED);
  }

  /** The number of requests. */
  int size() {
    return requests.length;
  }

  /** A new request built with the public builder from the raw fields of request {@code i}. */
  Request build(int i) {
    Request.Builder builder =
        Request.builder()
            .requestId(ids[i])
            .actor(actors[i])
            .action(actions[i])
            .counterparty(counterparties[i])
            .purpose(purposes[i])
            .authorities(authorities[i])
            .information(information[i]);
    FacilityArea area = areas[i];
    if (area != null) {
      builder.facilityArea(area);
    }
    return builder.build();
  }

  /** The elements of {@code values} whose bit is set in {@code mask}, in enum order. */
  static <E extends Enum<E>> E[] subset(E[] values, int mask, E[] type) {
    List<E> chosen = new ArrayList<>();
    for (E value : values) {
      if ((mask & (1 << value.ordinal())) != 0) {
        chosen.add(value);
      }
    }
    return chosen.toArray(type);
  }
}

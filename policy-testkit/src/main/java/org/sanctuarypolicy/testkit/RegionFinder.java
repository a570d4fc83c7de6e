package org.sanctuarypolicy.testkit;

import com.google.common.base.Verify;
import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;

/**
 * Cuts the changed requests of a {@link DiffLabels} array into few disjoint {@link DiffRegion}s.
 *
 * <p>The space is seen as a function of eleven dimensions (actor, counterparty, purpose, one per
 * instrument, action) whose value for {@code PROVIDE_FACILITY} and {@code DISCLOSE_INFORMATION} is
 * itself a function of the area, or of the nine information categories, unless that is constant.
 * Each of those inner functions and then the outer one becomes a decision diagram ({@link Diagram})
 * in the order of dimensions that gives the fewest regions; each path to a change is one region,
 * with the values that share a branch listed together.
 */
final class RegionFinder {
  private static final Action[] ACTIONS = Action.values();
  private static final Authority[] AUTHORITIES = Authority.values();
  private static final InformationCategory[] CATEGORIES = InformationCategory.values();
  private static final int INFORMATION_SETS = 1 << CATEGORIES.length;

  // Outer dimensions, in the order of the space's index: actor, counterparty, purpose, the
  // instruments from the last ordinal to the first (the bits of the mask), then the action.
  private static final int ACTOR = 0;
  private static final int COUNTERPARTY = 1;
  private static final int PURPOSE = 2;
  private static final int FIRST_AUTHORITY = 3;
  private static final int ACTION = FIRST_AUTHORITY + AUTHORITIES.length;
  private static final int[] OUTER_RADICES = outerRadices();

  /** The variant of each action that takes neither area nor information, else -1. */
  private static final int[] PLAIN_VARIANT = plainVariants();

  private static final int FACILITY_VARIANT = RequestSpace.VARIANTS - INFORMATION_SETS - 1;
  private static final int FIRST_DISCLOSURE_VARIANT = FACILITY_VARIANT + 2;

  private final byte[] labels;

  /** The inner functions: an area pair, or information labels by mask (mask 0 unused). */
  private final List<byte[]> inner = new ArrayList<>();

  private final List<DiffRegion> regions = new ArrayList<>();

  private RegionFinder(byte[] labels) {
    this.labels = labels;
  }

  /**
   * The regions of the changed requests, in the order of their change of effect.
   *
   * @param labels one label per request of the space, by index
   * @param counts how many requests have each label, to check the regions against
   */
  static ImmutableList<DiffRegion> find(byte[] labels, long[] counts) {
    RegionFinder finder = new RegionFinder(labels);
    finder.run();
    long[] found = new long[DiffLabels.LABELS];
    for (DiffRegion region : finder.regions) {
      found[DiffLabels.label(region.from(), region.to())] += region.count();
    }
    for (int label = 1; label < DiffLabels.LABELS; label++) {
      Verify.verify(
          found[label] == counts[label],
          "regions of label %s hold %s requests, not %s",
          label,
          found[label],
          counts[label]);
    }
    return finder.regions.stream()
        .sorted(Comparator.comparingInt(region -> DiffLabels.label(region.from(), region.to())))
        .collect(ImmutableList.toImmutableList());
  }

  private void run() {
    int[] outer = outerTable();
    int terminals = DiffLabels.LABELS + inner.size();
    // The best diagram of each inner function, and how many regions it gives.
    List<InnerDiagram> innerDiagrams = new ArrayList<>();
    long[] weights = new long[terminals];
    for (int label = 1; label < DiffLabels.LABELS; label++) {
      weights[label] = 1;
    }
    for (int at = 0; at < inner.size(); at++) {
      InnerDiagram diagram = new InnerDiagram(inner.get(at));
      innerDiagrams.add(diagram);
      weights[DiffLabels.LABELS + at] = diagram.regions;
    }
    Diagram.Compressed compressed = new Diagram.Compressed(outer, OUTER_RADICES);
    Diagram diagram = Diagram.fewestPaths(compressed.table, compressed.radices, terminals, weights);
    diagram.visitPaths(
        (allowed, terminal) -> {
          if (terminal == DiffLabels.UNCHANGED) {
            return;
          }
          Box box = new Box(compressed, allowed);
          if (terminal < DiffLabels.LABELS) {
            add(terminal, box, EnumSet.allOf(FacilityArea.class), 0, 0);
          } else {
            innerDiagrams.get(terminal - DiffLabels.LABELS).regions(box);
          }
        });
  }

  /**
   * The outer table: for each context, instrument mask and action (by ordinal), the label, or
   * {@code LABELS + i} for the inner function {@code i} when the area or information matters.
   */
  private int[] outerTable() {
    int[] table = new int[RequestSpace.CONTEXTS * RequestSpace.AUTHORITY_SETS * ACTIONS.length];
    Map<ByteBuffer, Integer> known = new HashMap<>();
    int at = 0;
    for (int context = 0; context < RequestSpace.CONTEXTS; context++) {
      for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
        int base = RequestSpace.index(context, mask, 0);
        for (Action action : ACTIONS) {
          int plain = PLAIN_VARIANT[action.ordinal()];
          if (plain >= 0) {
            table[at++] = labels[base + plain];
          } else if (action == Action.PROVIDE_FACILITY) {
            table[at++] = innerOrLabel(base + FACILITY_VARIANT, 2, 0, known);
          } else {
            table[at++] =
                innerOrLabel(base + FIRST_DISCLOSURE_VARIANT, INFORMATION_SETS - 1, 1, known);
          }
        }
      }
    }
    return table;
  }

  /** The label of a run of labels that are all equal, else the id of the inner function. */
  private int innerOrLabel(int from, int length, int padding, Map<ByteBuffer, Integer> known) {
    byte first = labels[from];
    boolean constant = true;
    for (int at = from + 1; at < from + length && constant; at++) {
      constant = labels[at] == first;
    }
    if (constant) {
      return first;
    }
    return known.computeIfAbsent(
        ByteBuffer.wrap(labels, from, length),
        run -> {
          byte[] copy = new byte[length + padding];
          System.arraycopy(labels, from, copy, padding, length);
          inner.add(copy);
          return DiffLabels.LABELS + inner.size() - 1;
        });
  }

  private void add(
      int label, Box box, Set<FacilityArea> areas, int informationPresent, int informationAbsent) {
    long count = box.contexts() * box.variants(areas, informationPresent, informationAbsent);
    regions.add(
        DiffRegion.of(
            DiffLabels.from(label),
            DiffLabels.to(label),
            count,
            box.actors,
            box.actions,
            box.counterparties,
            box.purposes,
            areas,
            setOf(Authority.class, box.authoritiesPresent),
            setOf(Authority.class, box.authoritiesAbsent),
            setOf(InformationCategory.class, informationPresent),
            setOf(InformationCategory.class, informationAbsent)));
  }

  /** What a path of the outer diagram allows, in values of the request fields. */
  private static final class Box {
    final Set<Actor> actors;
    final Set<Counterparty> counterparties;
    final Set<Purpose> purposes;
    final Set<Action> actions;
    final int authoritiesPresent;
    final int authoritiesAbsent;

    Box(Diagram.Compressed compressed, int[] allowed) {
      actors = setOf(Actor.class, compressed.values(ACTOR, allowed));
      counterparties = setOf(Counterparty.class, compressed.values(COUNTERPARTY, allowed));
      purposes = setOf(Purpose.class, compressed.values(PURPOSE, allowed));
      actions = setOf(Action.class, compressed.values(ACTION, allowed));
      int present = 0;
      int absent = 0;
      for (Authority authority : AUTHORITIES) {
        int values = compressed.values(dimension(authority), allowed);
        if (values == 0b10) {
          present |= 1 << authority.ordinal();
        } else if (values == 0b01) {
          absent |= 1 << authority.ordinal();
        }
      }
      authoritiesPresent = present;
      authoritiesAbsent = absent;
    }

    /** Actors times counterparties times purposes times sets of instruments. */
    long contexts() {
      int free = AUTHORITIES.length - Integer.bitCount(authoritiesPresent | authoritiesAbsent);
      return (long) actors.size() * counterparties.size() * purposes.size() * (1L << free);
    }

    /** The variants of the actions that the areas and information constraints allow, counted. */
    long variants(Set<FacilityArea> areas, int informationPresent, int informationAbsent) {
      long variants = 0;
      for (Action action : actions) {
        if (action == Action.PROVIDE_FACILITY) {
          variants += areas.size();
        } else if (action == Action.DISCLOSE_INFORMATION) {
          for (int mask = 1; mask < INFORMATION_SETS; mask++) {
            if ((mask & informationPresent) == informationPresent
                && (mask & informationAbsent) == 0) {
              variants++;
            }
          }
        } else {
          variants++;
        }
      }
      return variants;
    }
  }

  /** The diagram of one inner function, in the order and with the empty set that fit it best. */
  private final class InnerDiagram {
    private final byte[] function;
    private final int[] radices;
    private final Diagram.Compressed compressed;
    private final Diagram diagram;
    final long regions;

    InnerDiagram(byte[] function) {
      this.function = function;
      this.radices = new int[function.length == 2 ? 1 : CATEGORIES.length];
      if (function.length == 2) {
        radices[0] = FacilityArea.values().length;
        compressed = new Diagram.Compressed(toInts(function), radices);
        diagram =
            Diagram.of(compressed.table, compressed.radices, new int[] {0}, DiffLabels.LABELS);
        regions = diagram.paths(changeWeights());
        return;
      }
      java.util.Arrays.fill(radices, 2);
      // The empty information set is not a request: give it whichever label gives fewest paths.
      Diagram.Compressed bestCompressed = null;
      Diagram best = null;
      long fewest = Long.MAX_VALUE;
      for (int label = 0; label < DiffLabels.LABELS; label++) {
        if (!holds(label)) {
          continue;
        }
        int[] table = toInts(function);
        table[0] = label;
        Diagram.Compressed candidate = new Diagram.Compressed(table, radices);
        Diagram diagram =
            Diagram.fewestPaths(
                candidate.table, candidate.radices, DiffLabels.LABELS, changeWeights());
        long paths = diagram.paths(changeWeights());
        if (paths < fewest) {
          fewest = paths;
          best = diagram;
          bestCompressed = candidate;
        }
      }
      compressed = Verify.verifyNotNull(bestCompressed);
      diagram = Verify.verifyNotNull(best);
      regions = fewest;
    }

    private boolean holds(int label) {
      for (int mask = 1; mask < function.length; mask++) {
        if (function[mask] == label) {
          return true;
        }
      }
      return false;
    }

    /** Adds the regions of this function within a box of the outer diagram. */
    void regions(Box box) {
      boolean facility = function.length == 2;
      Verify.verify(
          box.actions.equals(
              EnumSet.of(facility ? Action.PROVIDE_FACILITY : Action.DISCLOSE_INFORMATION)),
          "an inner function under actions %s",
          box.actions);
      diagram.visitPaths(
          (allowed, label) -> {
            if (label == DiffLabels.UNCHANGED) {
              return;
            }
            if (facility) {
              add(label, box, setOf(FacilityArea.class, compressed.values(0, allowed)), 0, 0);
              return;
            }
            int present = 0;
            int absent = 0;
            for (InformationCategory category : CATEGORIES) {
              int values = compressed.values(CATEGORIES.length - 1 - category.ordinal(), allowed);
              if (values == 0b10) {
                present |= 1 << category.ordinal();
              } else if (values == 0b01) {
                absent |= 1 << category.ordinal();
              }
            }
            // A path that allows only the empty set describes no request.
            if (box.variants(EnumSet.allOf(FacilityArea.class), present, absent) > 0) {
              add(label, box, EnumSet.allOf(FacilityArea.class), present, absent);
            }
          });
    }
  }

  private static long[] changeWeights() {
    long[] weights = new long[DiffLabels.LABELS];
    for (int label = 1; label < DiffLabels.LABELS; label++) {
      weights[label] = 1;
    }
    return weights;
  }

  private static int[] toInts(byte[] bytes) {
    int[] ints = new int[bytes.length];
    for (int at = 0; at < bytes.length; at++) {
      ints[at] = bytes[at];
    }
    return ints;
  }

  private static int dimension(Authority authority) {
    return FIRST_AUTHORITY + AUTHORITIES.length - 1 - authority.ordinal();
  }

  private static <E extends Enum<E>> EnumSet<E> setOf(Class<E> type, int bits) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if ((bits & (1 << value.ordinal())) != 0) {
        set.add(value);
      }
    }
    return set;
  }

  private static int[] outerRadices() {
    int[] radices = new int[ACTION + 1];
    radices[ACTOR] = Actor.values().length;
    radices[COUNTERPARTY] = Counterparty.values().length;
    radices[PURPOSE] = Purpose.values().length;
    for (int at = FIRST_AUTHORITY; at < ACTION; at++) {
      radices[at] = 2;
    }
    radices[ACTION] = ACTIONS.length;
    return radices;
  }

  private static int[] plainVariants() {
    int[] variants = new int[ACTIONS.length];
    int next = 0;
    for (Action action : ACTIONS) {
      boolean plain = action != Action.DISCLOSE_INFORMATION && action != Action.PROVIDE_FACILITY;
      variants[action.ordinal()] = plain ? next++ : -1;
    }
    return variants;
  }
}

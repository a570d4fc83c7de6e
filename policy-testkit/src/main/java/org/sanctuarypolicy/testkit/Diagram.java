package org.sanctuarypolicy.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reduced ordered multi-valued decision diagram of a function over a product of finite
 * dimensions, for cutting the function's domain into few disjoint boxes of constant value.
 *
 * <p>The function is a table of terminal ids ({@code 0} to {@code terminals - 1}) in mixed radix,
 * the first dimension the most significant. A node splits on one dimension and has one child per
 * value; equal sub-functions are one node, and a dimension a sub-function does not depend on gets
 * no node. Each path from the root to a terminal, where values with the same child share one
 * branch, is a box: for each dimension, the values its branches allow. The boxes are disjoint and
 * cover the domain; how many lead to each terminal depends on the order of the dimensions, so
 * {@link #fewestPaths} tries several.
 */
final class Diagram {
  /** What a path's box is, per dimension: a bit mask of the values it allows. */
  interface PathVisitor {
    void visit(int[] allowed, int terminal);
  }

  private final int[] radices;
  private final int terminals;
  private final int root;
  private final List<Integer> nodeDimension = new ArrayList<>();
  private final List<int[]> nodeChildren = new ArrayList<>();

  private Diagram(int[] table, int[] radices, int[] order, int terminals) {
    this.radices = radices;
    this.terminals = terminals;
    int[] level = permute(table, radices, order);
    Map<Key, Integer> unique = new HashMap<>();
    for (int depth = order.length - 1; depth >= 0; depth--) {
      int dimension = order[depth];
      int radix = radices[dimension];
      int[] above = new int[level.length / radix];
      for (int group = 0; group < above.length; group++) {
        int[] children = Arrays.copyOfRange(level, group * radix, group * radix + radix);
        above[group] = node(dimension, children, unique);
      }
      level = above;
    }
    root = level[0];
  }

  /**
   * The diagram of a table in the given order of dimensions.
   *
   * @param table terminal ids in mixed radix, the first dimension most significant
   * @param radices the number of values of each dimension
   * @param order every dimension once, the one split first first
   * @param terminals how many terminal ids there are
   */
  static Diagram of(int[] table, int[] radices, int[] order, int terminals) {
    return new Diagram(table, radices, order, terminals);
  }

  /**
   * How many table cells the search for a good order may build diagrams from, in all: about a
   * second of work. Counted, not timed, so that the result never depends on the machine.
   */
  private static final long SEARCH_BUDGET = 200_000_000L;

  /**
   * The diagram with the fewest weighted paths among those of several orders: every order of the
   * dimensions when there are five or fewer, else three starting orders (as given, reversed, most
   * values first) each improved by moving one dimension at a time while that lowers the count, as
   * far as {@link #SEARCH_BUDGET} allows. Ties keep the first order found.
   *
   * @param weights the weight of a path that ends at each terminal
   */
  static Diagram fewestPaths(int[] table, int[] radices, int terminals, long[] weights) {
    int dimensions = radices.length;
    List<int[]> starts = new ArrayList<>();
    if (dimensions <= 5) {
      permutations(identity(dimensions), 0, starts);
    } else {
      starts.add(identity(dimensions));
      int[] reversed = new int[dimensions];
      for (int i = 0; i < dimensions; i++) {
        reversed[i] = dimensions - 1 - i;
      }
      starts.add(reversed);
      Integer[] byRadix = Arrays.stream(identity(dimensions)).boxed().toArray(Integer[]::new);
      Arrays.sort(byRadix, (a, b) -> Integer.compare(radices[b], radices[a]));
      starts.add(Arrays.stream(byRadix).mapToInt(Integer::intValue).toArray());
    }
    long budget = SEARCH_BUDGET;
    Diagram best = of(table, radices, starts.get(0), terminals);
    long bestPaths = best.paths(weights);
    for (int[] start : starts) {
      int[] order = start;
      Diagram diagram = of(table, radices, order, terminals);
      long paths = diagram.paths(weights);
      budget -= table.length;
      boolean improved = dimensions > 5;
      while (improved && budget > 0) {
        improved = false;
        for (int from = 0; from < dimensions && budget > 0; from++) {
          for (int to = 0; to < dimensions && budget > 0; to++) {
            if (to == from) {
              continue;
            }
            int[] moved = move(order, from, to);
            Diagram candidate = of(table, radices, moved, terminals);
            long candidatePaths = candidate.paths(weights);
            budget -= table.length;
            if (candidatePaths < paths) {
              order = moved;
              diagram = candidate;
              paths = candidatePaths;
              improved = true;
            }
          }
        }
      }
      if (paths < bestPaths) {
        best = diagram;
        bestPaths = paths;
      }
    }
    return best;
  }

  /**
   * The classes of values of each dimension: values whose slices of the table are equal share a
   * class, numbered in order of first value.
   *
   * @return for each dimension, the class of each value
   */
  static int[][] classes(int[] table, int[] radices) {
    int dimensions = radices.length;
    int[][] classes = new int[dimensions][];
    int stride = table.length;
    for (int dimension = 0; dimension < dimensions; dimension++) {
      int radix = radices[dimension];
      stride /= radix;
      int[] classOf = new int[radix];
      int[] firstOfClass = new int[radix];
      int count = 0;
      for (int value = 0; value < radix; value++) {
        classOf[value] = -1;
        for (int known = 0; known < count && classOf[value] < 0; known++) {
          if (sameSlice(table, radix, stride, firstOfClass[known], value)) {
            classOf[value] = known;
          }
        }
        if (classOf[value] < 0) {
          firstOfClass[count] = value;
          classOf[value] = count++;
        }
      }
      classes[dimension] = classOf;
    }
    return classes;
  }

  /**
   * A table without the dimensions it does not depend on, and with one value per class in the
   * others (see {@link #classes}).
   */
  static final class Compressed {
    /** For each original dimension, the class of each value. */
    final int[][] classes;

    /** The original dimension of each kept dimension. */
    final int[] kept;

    /** The number of classes of each kept dimension. */
    final int[] radices;

    /** The table over the kept dimensions, by class. */
    final int[] table;

    Compressed(int[] table, int[] radices) {
      this.classes = classes(table, radices);
      int[] counts = new int[radices.length];
      List<Integer> kept = new ArrayList<>();
      for (int dimension = 0; dimension < radices.length; dimension++) {
        counts[dimension] = Arrays.stream(classes[dimension]).max().orElse(0) + 1;
        if (counts[dimension] > 1) {
          kept.add(dimension);
        }
      }
      this.kept = kept.stream().mapToInt(Integer::intValue).toArray();
      this.radices = Arrays.stream(this.kept).map(dimension -> counts[dimension]).toArray();
      int[] strides = new int[radices.length];
      int stride = 1;
      for (int dimension = radices.length - 1; dimension >= 0; dimension--) {
        strides[dimension] = stride;
        stride *= radices[dimension];
      }
      // The original offset of each class of each kept dimension: its first value.
      int[][] offsets = new int[this.kept.length][];
      for (int at = 0; at < this.kept.length; at++) {
        int dimension = this.kept[at];
        offsets[at] = new int[counts[dimension]];
        for (int value = radices[dimension] - 1; value >= 0; value--) {
          offsets[at][classes[dimension][value]] = value * strides[dimension];
        }
      }
      int size = Arrays.stream(this.radices).reduce(1, (a, b) -> a * b);
      this.table = new int[size];
      for (int at = 0; at < size; at++) {
        int rest = at;
        int source = 0;
        for (int dimension = this.kept.length - 1; dimension >= 0; dimension--) {
          source += offsets[dimension][rest % this.radices[dimension]];
          rest /= this.radices[dimension];
        }
        this.table[at] = table[source];
      }
    }

    /** The values of an original dimension that a mask of allowed classes of it allows. */
    int values(int dimension, int[] allowed) {
      int at = Arrays.binarySearch(kept, dimension);
      int[] classOf = classes[dimension];
      int values = 0;
      for (int value = 0; value < classOf.length; value++) {
        if (at < 0 || (allowed[at] & (1 << classOf[value])) != 0) {
          values |= 1 << value;
        }
      }
      return values;
    }
  }

  private static boolean sameSlice(int[] table, int radix, int stride, int value, int other) {
    int block = radix * stride;
    for (int outer = 0; outer < table.length; outer += block) {
      int a = outer + value * stride;
      int b = outer + other * stride;
      if (!Arrays.equals(table, a, a + stride, table, b, b + stride)) {
        return false;
      }
    }
    return true;
  }

  /** The weighted number of paths: the sum over paths of the weight of their terminal. */
  long paths(long[] weights) {
    long[] paths = new long[terminals + nodeChildren.size()];
    System.arraycopy(weights, 0, paths, 0, terminals);
    for (int node = 0; node < nodeChildren.size(); node++) {
      int[] children = nodeChildren.get(node);
      long sum = 0;
      for (int value = 0; value < children.length; value++) {
        if (firstWithChild(children, value) == value) {
          sum += paths[children[value]];
        }
      }
      paths[terminals + node] = sum;
    }
    return paths[root];
  }

  /** Visits every path, values grouped by child in the order of their first value. */
  void visitPaths(PathVisitor visitor) {
    int[] allowed = new int[radices.length];
    for (int dimension = 0; dimension < radices.length; dimension++) {
      allowed[dimension] = (1 << radices[dimension]) - 1;
    }
    visit(root, allowed, visitor);
  }

  private void visit(int id, int[] allowed, PathVisitor visitor) {
    if (id < terminals) {
      visitor.visit(allowed.clone(), id);
      return;
    }
    int dimension = nodeDimension.get(id - terminals);
    int[] children = nodeChildren.get(id - terminals);
    Map<Integer, Integer> groups = new LinkedHashMap<>();
    for (int value = 0; value < children.length; value++) {
      groups.merge(children[value], 1 << value, (a, b) -> a | b);
    }
    int saved = allowed[dimension];
    for (Map.Entry<Integer, Integer> group : groups.entrySet()) {
      allowed[dimension] = group.getValue();
      visit(group.getKey(), allowed, visitor);
    }
    allowed[dimension] = saved;
  }

  private int node(int dimension, int[] children, Map<Key, Integer> unique) {
    boolean constant = true;
    for (int child : children) {
      constant &= child == children[0];
    }
    if (constant) {
      return children[0];
    }
    return unique.computeIfAbsent(
        new Key(dimension, children),
        key -> {
          nodeDimension.add(dimension);
          nodeChildren.add(children);
          return terminals + nodeChildren.size() - 1;
        });
  }

  private static int firstWithChild(int[] children, int value) {
    for (int first = 0; first < value; first++) {
      if (children[first] == children[value]) {
        return first;
      }
    }
    return value;
  }

  /** The table with its dimensions in the given order, the first most significant. */
  private static int[] permute(int[] table, int[] radices, int[] order) {
    int dimensions = radices.length;
    int[] strides = new int[dimensions];
    int stride = 1;
    for (int dimension = dimensions - 1; dimension >= 0; dimension--) {
      strides[dimension] = stride;
      stride *= radices[dimension];
    }
    int[] permuted = new int[table.length];
    int[] coordinates = new int[dimensions];
    int source = 0;
    for (int at = 0; at < permuted.length; at++) {
      permuted[at] = table[source];
      // Count up in the new order, the last dimension of the order fastest.
      for (int depth = dimensions - 1; depth >= 0; depth--) {
        int dimension = order[depth];
        if (++coordinates[dimension] < radices[dimension]) {
          source += strides[dimension];
          break;
        }
        source -= strides[dimension] * (radices[dimension] - 1);
        coordinates[dimension] = 0;
      }
    }
    return permuted;
  }

  private static int[] identity(int length) {
    int[] identity = new int[length];
    for (int i = 0; i < length; i++) {
      identity[i] = i;
    }
    return identity;
  }

  private static int[] move(int[] order, int from, int to) {
    List<Integer> list = new ArrayList<>();
    Arrays.stream(order).forEach(list::add);
    int dimension = list.remove(from);
    list.add(to, dimension);
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void permutations(int[] order, int from, List<int[]> out) {
    if (from == order.length) {
      out.add(order.clone());
      return;
    }
    for (int i = from; i < order.length; i++) {
      swap(order, from, i);
      permutations(order, from + 1, out);
      swap(order, from, i);
    }
  }

  private static void swap(int[] order, int i, int j) {
    int kept = order[i];
    order[i] = order[j];
    order[j] = kept;
  }

  /**
   * A node's identity: its dimension and its children. Not a record, whose equality would compare
   * the array by reference: two nodes are one when their children are equal element by element.
   */
  private static final class Key {
    private final int dimension;
    private final int[] children;
    private final int hash;

    Key(int dimension, int[] children) {
      this.dimension = dimension;
      this.children = children;
      this.hash = 31 * dimension + Arrays.hashCode(children);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.dimension == dimension
          && Arrays.equals(key.children, children);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

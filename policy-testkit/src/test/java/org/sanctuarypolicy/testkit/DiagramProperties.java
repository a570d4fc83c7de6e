package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DiagramProperties {
  private static final int TERMINALS = 3;

  /** A table over 1 to 6 dimensions of 1 to 4 values each, with terminals 0 to 2. */
  record Table(int[] radices, int[] cells) {}

  @Provide
  Arbitrary<Table> tables() {
    return Arbitraries.integers()
        .between(1, 4)
        .array(int[].class)
        .ofMinSize(1)
        .ofMaxSize(6)
        .flatMap(
            radices -> {
              int size = 1;
              for (int radix : radices) {
                size *= radix;
              }
              Arbitrary<int[]> cells =
                  Arbitraries.integers().between(0, TERMINALS - 1).array(int[].class).ofSize(size);
              return Combinators.combine(Arbitraries.just(radices), cells).as(Table::new);
            });
  }

  @Property(tries = 300)
  void fewestPaths_boxesPartitionTheTableAndEachHoldsOneValue(@ForAll("tables") Table table) {
    long[] weights = {0, 1, 1};

    Diagram diagram = Diagram.fewestPaths(table.cells(), table.radices(), TERMINALS, weights);

    int[] covered = new int[table.cells().length];
    List<String> wrong = new ArrayList<>();
    diagram.visitPaths(
        (allowed, terminal) -> {
          for (int cell = 0; cell < covered.length; cell++) {
            if (inBox(cell, table.radices(), allowed)) {
              covered[cell]++;
              if (table.cells()[cell] != terminal) {
                wrong.add("cell " + cell + " in a box of " + terminal);
              }
            }
          }
        });
    assertThat(wrong).isEmpty();
    assertThat(covered).containsOnly(1);
    long changedBoxes = diagram.paths(weights);
    long identityBoxes =
        Diagram.of(table.cells(), table.radices(), identity(table.radices().length), TERMINALS)
            .paths(weights);
    assertThat(changedBoxes).isLessThanOrEqualTo(identityBoxes);
  }

  @Property(tries = 300)
  void compressed_keepsOneValuePerClassAndTheSameFunction(@ForAll("tables") Table table) {
    Diagram.Compressed compressed = new Diagram.Compressed(table.cells(), table.radices());

    for (int cell = 0; cell < table.cells().length; cell++) {
      int[] coordinates = coordinates(cell, table.radices());
      int at = 0;
      for (int kept = 0; kept < compressed.kept.length; kept++) {
        int dimension = compressed.kept[kept];
        at = at * compressed.radices[kept] + compressed.classes[dimension][coordinates[dimension]];
      }
      assertThat(compressed.table[at]).isEqualTo(table.cells()[cell]);
    }
  }

  private static boolean inBox(int cell, int[] radices, int[] allowed) {
    int[] coordinates = coordinates(cell, radices);
    for (int dimension = 0; dimension < radices.length; dimension++) {
      if ((allowed[dimension] & (1 << coordinates[dimension])) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int[] coordinates(int cell, int[] radices) {
    int[] coordinates = new int[radices.length];
    for (int dimension = radices.length - 1; dimension >= 0; dimension--) {
      coordinates[dimension] = cell % radices[dimension];
      cell /= radices[dimension];
    }
    return coordinates;
  }

  private static int[] identity(int length) {
    int[] identity = new int[length];
    for (int i = 0; i < length; i++) {
      identity[i] = i;
    }
    return identity;
  }
}

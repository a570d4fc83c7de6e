package org.sanctuarypolicy.testkit;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The two policies' decisions on every request of the {@link RequestSpace}, one byte per request at
 * the request's index: {@link #UNCHANGED}, or the change of effect as {@link #label}.
 */
final class DiffLabels {
  /** The label of a request both policies give the same effect. */
  static final byte UNCHANGED = 0;

  /** How many labels there are: unchanged, and one per ordered pair of effects (not all used). */
  static final int LABELS = 1 + Effect.values().length * Effect.values().length;

  /** The flag of a decided class whose effect stays but whose decision changes otherwise. */
  private static final byte OTHER_CHANGES = 0x40;

  /** How many requests {@link #checkSample} decides one by one. */
  private static final int SAMPLES = 4096;

  /** The request id of every request decided: the diff never shows it. */
  private static final String REQUEST_ID = "diff";

  private static final Effect[] EFFECTS = Effect.values();

  private final byte[] labels;
  private final long sameEffectOtherChanges;

  private DiffLabels(byte[] labels, long sameEffectOtherChanges) {
    this.labels = labels;
    this.sameEffectOtherChanges = sameEffectOtherChanges;
  }

  /** The label of a change of effect, from 1 up, in the order of (from, to) by enum order. */
  static byte label(Effect from, Effect to) {
    return from == to ? UNCHANGED : (byte) (1 + from.ordinal() * EFFECTS.length + to.ordinal());
  }

  /** The effect before the change a label other than {@link #UNCHANGED} stands for. */
  static Effect from(int label) {
    return EFFECTS[(label - 1) / EFFECTS.length];
  }

  /** The effect after the change a label other than {@link #UNCHANGED} stands for. */
  static Effect to(int label) {
    return EFFECTS[(label - 1) % EFFECTS.length];
  }

  /**
   * Decides every request of the space with both policies. Both must decide by their catalogs, as
   * every policy of {@code SanctuaryPolicy} does: one request of each class of {@link SpaceClasses}
   * for both catalogs is decided, on every core, and its label copied to the whole class.
   *
   * @param progress told the fraction done, from one thread at a time, increasing
   */
  static DiffLabels decide(Policy old, Policy updated, DoubleConsumer progress) {
    SpaceClasses classes = new SpaceClasses(List.of(old.catalog(), updated.catalog()));
    int contextClasses = classes.contextRepresentative.length;
    int steps = contextClasses + RequestSpace.CONTEXTS;
    int[] done = {0};
    Runnable step =
        () -> {
          synchronized (done) {
            done[0]++;
            progress.accept((double) done[0] / steps);
          }
        };

    // One byte per class: the label, and OTHER_CHANGES when the effect stays and more changes.
    byte[][] byClass = new byte[contextClasses][];
    IntStream.range(0, contextClasses)
        .parallel()
        .forEach(
            contextClass -> {
              byClass[contextClass] = decideClass(old, updated, classes, contextClass);
              step.run();
            });

    byte[] labels = new byte[RequestSpace.SIZE];
    LongAdder otherChanges = new LongAdder();
    int variantClasses = classes.variantRepresentative.length;
    IntStream.range(0, RequestSpace.CONTEXTS)
        .parallel()
        .forEach(
            context -> {
              byte[] decided = byClass[classes.contextClass[context]];
              long others = 0;
              for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
                int from = (mask & classes.namedAuthorities) * variantClasses;
                int to = RequestSpace.index(context, mask, 0);
                for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
                  byte code = decided[from + classes.variantClass[variant]];
                  labels[to + variant] = (byte) (code & ~OTHER_CHANGES);
                  others += (code & OTHER_CHANGES) != 0 ? 1 : 0;
                }
              }
              otherChanges.add(others);
              step.run();
            });
    checkSample(old, updated, classes, byClass);
    return new DiffLabels(labels, otherChanges.sum());
  }

  /**
   * Decides {@link #SAMPLES} requests spread over the space one by one, and checks that each gets
   * what its class got: a policy that does not decide by its catalog is caught here, most likely.
   */
  private static void checkSample(
      Policy old, Policy updated, SpaceClasses classes, byte[][] byClass) {
    int variantClasses = classes.variantRepresentative.length;
    int spacing = RequestSpace.SIZE / SAMPLES;
    for (int sample = 0; sample < SAMPLES; sample++) {
      int index = sample * spacing + (int) ((sample * 7919L) % spacing);
      int variant = index % RequestSpace.VARIANTS;
      int mask = (index / RequestSpace.VARIANTS) % RequestSpace.AUTHORITY_SETS;
      int context = index / (RequestSpace.VARIANTS * RequestSpace.AUTHORITY_SETS);
      Request request = RequestSpace.all().request(index);
      byte expected =
          byClass[classes.contextClass[context]][
              (mask & classes.namedAuthorities) * variantClasses + classes.variantClass[variant]];
      if (code(old.evaluate(request), updated.evaluate(request)) != expected) {
        throw new IllegalArgumentException(
            "policies: "
                + old.info().id()
                + " "
                + old.info().version()
                + " and "
                + updated.info().id()
                + " "
                + updated.info().version()
                + " decide request "
                + request
                + " otherwise than a request their catalogs cannot tell from it; allowed:"
                + " policies that decide by their catalogs, such as SanctuaryPolicy.compile");
      }
    }
  }

  /** The label of two decisions, or OTHER_CHANGES when the effect stays and more changes. */
  private static byte code(Decision before, Decision after) {
    if (before.effect() != after.effect()) {
      return label(before.effect(), after.effect());
    }
    return sameDetails(before, after) ? UNCHANGED : OTHER_CHANGES;
  }

  /** The codes of one class of contexts, by authority mask and variant class. */
  private static byte[] decideClass(
      Policy old, Policy updated, SpaceClasses classes, int contextClass) {
    int context = classes.contextRepresentative[contextClass];
    int variantClasses = classes.variantRepresentative.length;
    byte[] codes = new byte[RequestSpace.AUTHORITY_SETS * variantClasses];
    for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
      if ((mask & ~classes.namedAuthorities) != 0) {
        continue;
      }
      for (int variantClass = 0; variantClass < variantClasses; variantClass++) {
        Request request =
            RequestSpace.request(
                context, mask, classes.variantRepresentative[variantClass], REQUEST_ID);
        codes[mask * variantClasses + variantClass] =
            code(old.evaluate(request), updated.evaluate(request));
      }
    }
    return codes;
  }

  /** Whether two decisions of the same effect agree on everything but request id and policy. */
  private static boolean sameDetails(Decision before, Decision after) {
    return before.governed() == after.governed()
        && before.reasons().equals(after.reasons())
        && before.obligations().equals(after.obligations())
        && before.remedies().equals(after.remedies());
  }

  byte[] labels() {
    return labels;
  }

  long sameEffectOtherChanges() {
    return sameEffectOtherChanges;
  }

  /** How many requests have each label, by label. */
  long[] counts() {
    long[] counts = new long[LABELS];
    for (byte label : labels) {
      counts[label]++;
    }
    return counts;
  }
}

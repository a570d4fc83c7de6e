package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A thread-safe tally of law violations: a count per law, and the first few messages of each, built
 * only while fewer than the cap are kept.
 */
final class Violations {
  private final ImmutableSet<Law> laws;

  /** By the law's ordinal. */
  private final AtomicLongArray counts = new AtomicLongArray(Law.values().length);

  /** By the law's ordinal. */
  private final ImmutableList<ConcurrentLinkedQueue<String>> examples =
      Stream.generate(ConcurrentLinkedQueue<String>::new)
          .limit(Law.values().length)
          .collect(ImmutableList.toImmutableList());

  Violations(ImmutableSet<Law> laws) {
    this.laws = laws;
  }

  boolean checks(Law law) {
    return laws.contains(law);
  }

  void add(Law law, Supplier<String> message) {
    if (!laws.contains(law)) {
      return;
    }
    long count = counts.incrementAndGet(law.ordinal());
    if (count <= PolicyLaws.EXAMPLES_PER_LAW) {
      examples.get(law.ordinal()).add(message.get());
    }
  }

  LawReport report(long requests) {
    Map<Law, Long> totals = Maps.toMap(laws, law -> counts.get(law.ordinal()));
    ImmutableListMultimap.Builder<Law, String> kept = ImmutableListMultimap.builder();
    for (Law law : laws) {
      examples.get(law.ordinal()).stream()
          .sorted()
          .limit(PolicyLaws.EXAMPLES_PER_LAW)
          .forEach(message -> kept.put(law, message));
    }
    return new LawReport(laws, requests, totals, kept.build());
  }
}

package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A thread-safe tally of law violations: a count per law, and the first few messages of each, built
 * only while fewer than the cap are kept.
 */
final class Violations {
  private final ImmutableSet<Law> laws;
  private final EnumMap<Law, AtomicLong> counts = new EnumMap<>(Law.class);
  private final EnumMap<Law, ConcurrentLinkedQueue<String>> examples = new EnumMap<>(Law.class);

  Violations(ImmutableSet<Law> laws) {
    this.laws = laws;
    for (Law law : Law.values()) {
      counts.put(law, new AtomicLong());
      examples.put(law, new ConcurrentLinkedQueue<>());
    }
  }

  boolean checks(Law law) {
    return laws.contains(law);
  }

  void add(Law law, Supplier<String> message) {
    if (!laws.contains(law)) {
      return;
    }
    long count = counts.get(law).incrementAndGet();
    if (count <= PolicyLaws.EXAMPLES_PER_LAW) {
      examples.get(law).add(message.get());
    }
  }

  LawReport report(long requests) {
    Map<Law, Long> totals = Maps.toMap(laws, law -> counts.get(law).get());
    ImmutableListMultimap.Builder<Law, String> kept = ImmutableListMultimap.builder();
    for (Law law : laws) {
      examples.get(law).stream()
          .sorted()
          .limit(PolicyLaws.EXAMPLES_PER_LAW)
          .forEach(message -> kept.put(law, message));
    }
    return new LawReport(laws, requests, totals, kept.build());
  }
}

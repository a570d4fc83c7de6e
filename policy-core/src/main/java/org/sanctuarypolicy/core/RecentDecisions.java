package org.sanctuarypolicy.core;

import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Request;

/**
 * The decisions of recently evaluated request objects, by identity, so that evaluating the same
 * built request again returns the same decision object and allocates nothing.
 *
 * <p>A fixed table of 16,384 slots; each request may sit in one of two slots, chosen from its
 * identity hash, and a newcomer evicts the first when both are taken. Entries are immutable and
 * slots are written whole, so readers on any thread see either an old entry or a new one, never a
 * torn one; a lost write only costs a later recomputation. It holds at most 16,384 requests and
 * their decisions, which reference no personal data.
 */
final class RecentDecisions {
  private static final int BITS = 14;
  private static final int MASK = (1 << BITS) - 1;

  private static final class Entry {
    final Request request;
    final Decision decision;

    Entry(Request request, Decision decision) {
      this.request = request;
      this.decision = decision;
    }
  }

  private final @Nullable Entry[] slots = new Entry[1 << BITS];

  @Nullable Decision get(Request request) {
    int hash = System.identityHashCode(request);
    Entry first = slots[hash & MASK];
    if (first != null && first.request == request) {
      return first.decision;
    }
    Entry second = slots[second(hash)];
    if (second != null && second.request == request) {
      return second.decision;
    }
    return null;
  }

  void put(Request request, Decision decision) {
    int hash = System.identityHashCode(request);
    Entry entry = new Entry(request, decision);
    int first = hash & MASK;
    int second = second(hash);
    if (slots[first] != null && slots[second] == null) {
      slots[second] = entry;
    } else {
      slots[first] = entry;
    }
  }

  private static int second(int hash) {
    return (hash * 0x9E3779B9) >>> (Integer.SIZE - BITS);
  }
}

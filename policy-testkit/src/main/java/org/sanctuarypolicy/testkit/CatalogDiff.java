package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * Which requests of the whole request space ({@link RequestSpace}) two catalogs decide differently,
 * exactly: the number per change of effect, the changed requests as a short list of disjoint {@link
 * DiffRegion}s a lawyer can read, and the number of requests whose effect stays but whose reasons,
 * obligations or remedies change.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(SanctuaryPolicy.chicago(), SanctuaryPolicy.compile(amended));
 * System.out.print(diff.toText());
 * }</pre>
 *
 * <p>Both policies must decide by their catalogs, as every policy of {@link SanctuaryPolicy} does:
 * requests that no condition of either catalog tells apart (same values of every set a condition
 * names, of the actors a clause binds, of the instruments tried as remedies, and of the status
 * categories) get the same decision. The diff decides one request of each such class with both
 * policies, without the decision log, on every core (for the Chicago catalog and an amendment,
 * 94,080 requests), then decides 4,096 requests spread over the space one by one and fails with
 * {@link IllegalArgumentException} if one of them gets other decisions than its class: a policy
 * that does not decide by its catalog is most likely caught so.
 *
 * <p>Immutable.
 */
public final class CatalogDiff {
  private final PolicyInfo oldPolicy;
  private final PolicyInfo newPolicy;
  private final ImmutableList<EffectChange> changes;
  private final ImmutableList<DiffRegion> regions;
  private final long sameEffectOtherChanges;

  private CatalogDiff(
      PolicyInfo oldPolicy,
      PolicyInfo newPolicy,
      ImmutableList<EffectChange> changes,
      ImmutableList<DiffRegion> regions,
      long sameEffectOtherChanges) {
    this.oldPolicy = oldPolicy;
    this.newPolicy = newPolicy;
    this.changes = changes;
    this.regions = regions;
    this.sameEffectOtherChanges = sameEffectOtherChanges;
  }

  /**
   * Compares two policies over the whole request space.
   *
   * @param old the policy in force, for example {@link SanctuaryPolicy#chicago()}
   * @param updated the policy to compare with it, for example an amended catalog compiled
   * @return what differs
   */
  public static CatalogDiff between(Policy old, Policy updated) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(updated, "updated");
    return between(old, updated, fraction -> {});
  }

  /**
   * Compares two policies over the whole request space, telling {@code progress} how far it got: a
   * fraction from 0 to 1, increasing, a few hundred times at most, from one thread at a time (not
   * always the caller's), 1 last.
   *
   * @param old the policy in force
   * @param updated the policy to compare with it
   * @param progress told the fraction done
   * @return what differs
   */
  public static CatalogDiff between(Policy old, Policy updated, DoubleConsumer progress) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(progress, "progress");
    DiffLabels labels =
        DiffLabels.decide(
            SanctuaryPolicy.unlogged(old),
            SanctuaryPolicy.unlogged(updated),
            fraction -> progress.accept(fraction * 0.9));
    long[] counts = labels.counts();
    ImmutableList.Builder<EffectChange> changes = ImmutableList.builder();
    for (int label = 1; label < DiffLabels.LABELS; label++) {
      if (counts[label] > 0) {
        changes.add(new EffectChange(DiffLabels.from(label), DiffLabels.to(label), counts[label]));
      }
    }
    ImmutableList<DiffRegion> regions = RegionFinder.find(labels.labels(), counts);
    progress.accept(1);
    return new CatalogDiff(
        old.info(), updated.info(), changes.build(), regions, labels.sameEffectOtherChanges());
  }

  /**
   * The identity of the old policy.
   *
   * @return its id, version and fingerprint
   */
  public PolicyInfo oldPolicy() {
    return oldPolicy;
  }

  /**
   * The identity of the new policy.
   *
   * @return its id, version and fingerprint
   */
  public PolicyInfo newPolicy() {
    return newPolicy;
  }

  /**
   * How many requests were compared: the whole request space, 16,805,376.
   *
   * @return the size of the space
   */
  public long requests() {
    return RequestSpace.all().size();
  }

  /**
   * The number of requests per change of effect, only changes that happen, from {@code DENY}, then
   * {@code ESCALATE}, then {@code PERMIT}, and within each to the other effects in that order.
   *
   * @return the changes; empty when the policies give every request the same effect
   */
  public ImmutableList<EffectChange> changes() {
    return changes;
  }

  /**
   * How many requests the two policies give different effects.
   *
   * @return the sum of the counts of {@link #changes()}
   */
  public long changedRequests() {
    return changes.stream().mapToLong(EffectChange::count).sum();
  }

  /**
   * The changed requests as disjoint regions that together hold exactly them, ordered like {@link
   * #changes()}.
   *
   * @return the regions; empty when nothing changes
   */
  public ImmutableList<DiffRegion> regions() {
    return regions;
  }

  /**
   * How many requests keep their effect but get other reasons (clause ids, exception ids, effects
   * or texts of the findings), obligations or remedies.
   *
   * @return the count
   */
  public long sameEffectOtherChanges() {
    return sameEffectOtherChanges;
  }

  /**
   * The diff for people: the two policies, the counts per change of effect, the regions one per
   * line, and the requests that changed otherwise.
   *
   * @return lines ending in a newline
   */
  public String toText() {
    StringBuilder out =
        new StringBuilder()
            .append(describe(oldPolicy))
            .append(" -> ")
            .append(describe(newPolicy))
            .append('\n')
            .append(number(requests()))
            .append(" requests compared; ")
            .append(number(changedRequests()))
            .append(" decided differently")
            .append(changes.isEmpty() ? ".\n" : ":\n");
    changes.forEach(change -> out.append("  ").append(change).append('\n'));
    if (!regions.isEmpty()) {
      out.append("Regions (").append(regions.size()).append("):\n");
      for (int at = 0; at < regions.size(); at++) {
        out.append(String.format(Locale.ROOT, "%4d. ", at + 1))
            .append(regions.get(at).toText())
            .append('\n');
      }
    }
    return out.append("Same effect, other reasons, obligations or remedies: ")
        .append(number(sameEffectOtherChanges))
        .append('\n')
        .toString();
  }

  /**
   * The diff as one JSON object: {@code old} and {@code new} (each {@code id}, {@code version},
   * {@code fingerprint}), {@code requests}, {@code changed}, {@code changes} (each {@code from},
   * {@code to}, {@code count}), {@code regions} (each {@code from}, {@code to}, {@code count},
   * {@code actor}, {@code action}, {@code counterparty}, {@code purpose}, {@code facilityArea}, and
   * {@code authorities} and {@code information} each with {@code present} and {@code absent}) and
   * {@code sameEffectOtherChanges}. A field of values is an array of enum names, or {@code "any"}
   * when it allows every value.
   *
   * @return the JSON text
   */
  public String toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.set("old", policy(oldPolicy));
    root.set("new", policy(newPolicy));
    root.put("requests", requests());
    root.put("changed", changedRequests());
    ArrayNode changeArray = root.putArray("changes");
    for (EffectChange change : changes) {
      changeArray
          .addObject()
          .put("from", change.from().name())
          .put("to", change.to().name())
          .put("count", change.count());
    }
    ArrayNode regionArray = root.putArray("regions");
    for (DiffRegion region : regions) {
      ObjectNode node =
          regionArray
              .addObject()
              .put("from", region.from().name())
              .put("to", region.to().name())
              .put("count", region.count());
      node.set("actor", values(region.actors(), Actor.class));
      node.set("action", values(region.actions(), Action.class));
      node.set("counterparty", values(region.counterparties(), Counterparty.class));
      node.set("purpose", values(region.purposes(), Purpose.class));
      node.set("facilityArea", values(region.facilityAreas(), FacilityArea.class));
      node.set("authorities", presence(region.authoritiesPresent(), region.authoritiesAbsent()));
      node.set("information", presence(region.informationPresent(), region.informationAbsent()));
    }
    root.put("sameEffectOtherChanges", sameEffectOtherChanges);
    try {
      return Json.STRICT.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "CatalogDiff{"
        + describe(oldPolicy)
        + " -> "
        + describe(newPolicy)
        + ", "
        + changedRequests()
        + " changed in "
        + regions.size()
        + " regions}";
  }

  private static String describe(PolicyInfo policy) {
    return policy.id() + " " + policy.version() + " (" + policy.fingerprint() + ")";
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static ObjectNode policy(PolicyInfo policy) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("id", policy.id())
        .put("version", policy.version())
        .put("fingerprint", policy.fingerprint());
  }

  private static <E extends Enum<E>> com.fasterxml.jackson.databind.JsonNode values(
      Set<E> values, Class<E> type) {
    return DiffRegion.isAny(values, type)
        ? JsonNodeFactory.instance.textNode("any")
        : names(values);
  }

  private static ObjectNode presence(
      Set<? extends Enum<?>> present, Set<? extends Enum<?>> absent) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("present", names(present));
    node.set("absent", names(absent));
    return node;
  }

  private static ArrayNode names(Set<? extends Enum<?>> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(value -> array.add(value.name()));
    return array;
  }
}

package org.sanctuarypolicy.testkit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * A box of the request space that two catalogs decide differently, all of it in the same way: every
 * request it describes gets {@link #from()} from the old catalog and {@link #to()} from the new
 * one. One part of a {@link CatalogDiff}.
 *
 * <p>A request is in the region when its actor, action, counterparty and purpose are among the
 * region's values; its facility area among {@link #facilityAreas()} (for {@code PROVIDE_FACILITY});
 * it presents every instrument of {@link #authoritiesPresent()} and none of {@link
 * #authoritiesAbsent()}, other instruments free; and (for {@code DISCLOSE_INFORMATION}) its
 * information holds every category of {@link #informationPresent()} and none of {@link
 * #informationAbsent()}. A set that holds every value of its type means any value. A region that
 * narrows the area lists only {@code PROVIDE_FACILITY}, and one that narrows the information only
 * {@code DISCLOSE_INFORMATION}.
 *
 * <p>Immutable, with value equality.
 *
 * @param from the effect under the old catalog
 * @param to the effect under the new catalog, never the old one
 * @param count how many requests the region holds, at least 1
 * @param actors the actors; every actor means any
 * @param actions the actions; every action means any
 * @param counterparties the counterparties; every counterparty means any
 * @param purposes the purposes; every purpose means any
 * @param facilityAreas the areas of a {@code PROVIDE_FACILITY} request; both mean any, fewer only
 *     when the actions are {@code PROVIDE_FACILITY} alone
 * @param authoritiesPresent the instruments every request of the region presents
 * @param authoritiesAbsent the instruments no request of the region presents
 * @param informationPresent the categories every disclosure of the region names; not empty only
 *     when the actions are {@code DISCLOSE_INFORMATION} alone
 * @param informationAbsent the categories no disclosure of the region names; not empty only when
 *     the actions are {@code DISCLOSE_INFORMATION} alone
 */
public record DiffRegion(
    Effect from,
    Effect to,
    long count,
    ImmutableSet<Actor> actors,
    ImmutableSet<Action> actions,
    ImmutableSet<Counterparty> counterparties,
    ImmutableSet<Purpose> purposes,
    ImmutableSet<FacilityArea> facilityAreas,
    ImmutableSet<Authority> authoritiesPresent,
    ImmutableSet<Authority> authoritiesAbsent,
    ImmutableSet<InformationCategory> informationPresent,
    ImmutableSet<InformationCategory> informationAbsent) {

  /**
   * A region, checked: the old and new effects differ, no instrument or category is both present
   * and absent, an area is narrowed only for {@code PROVIDE_FACILITY} alone and the information
   * only for {@code DISCLOSE_INFORMATION} alone, and the count is the number of requests the
   * constraints describe ({@link #size()}).
   *
   * @param from the old effect
   * @param to the new effect
   * @param count how many requests the region holds
   * @param actors the actors
   * @param actions the actions
   * @param counterparties the counterparties
   * @param purposes the purposes
   * @param facilityAreas the facility areas
   * @param authoritiesPresent the instruments every request presents
   * @param authoritiesAbsent the instruments no request presents
   * @param informationPresent the categories every disclosure names
   * @param informationAbsent the categories no disclosure names
   * @throws IllegalArgumentException when the region breaks one of those rules
   */
  public DiffRegion(
      Effect from,
      Effect to,
      long count,
      ImmutableSet<Actor> actors,
      ImmutableSet<Action> actions,
      ImmutableSet<Counterparty> counterparties,
      ImmutableSet<Purpose> purposes,
      ImmutableSet<FacilityArea> facilityAreas,
      ImmutableSet<Authority> authoritiesPresent,
      ImmutableSet<Authority> authoritiesAbsent,
      ImmutableSet<InformationCategory> informationPresent,
      ImmutableSet<InformationCategory> informationAbsent) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.count = count;
    this.actors = Sets.immutableEnumSet(actors);
    this.actions = Sets.immutableEnumSet(actions);
    this.counterparties = Sets.immutableEnumSet(counterparties);
    this.purposes = Sets.immutableEnumSet(purposes);
    this.facilityAreas = Sets.immutableEnumSet(facilityAreas);
    this.authoritiesPresent = Sets.immutableEnumSet(authoritiesPresent);
    this.authoritiesAbsent = Sets.immutableEnumSet(authoritiesAbsent);
    this.informationPresent = Sets.immutableEnumSet(informationPresent);
    this.informationAbsent = Sets.immutableEnumSet(informationAbsent);
    Preconditions.checkArgument(
        from != to, "to: %s, the same as from; allowed: another effect", to);
    Preconditions.checkArgument(
        Sets.intersection(this.authoritiesPresent, this.authoritiesAbsent).isEmpty(),
        "authorities: %s both present and absent; allowed: each instrument in one set at most",
        Sets.intersection(this.authoritiesPresent, this.authoritiesAbsent));
    Preconditions.checkArgument(
        Sets.intersection(this.informationPresent, this.informationAbsent).isEmpty(),
        "information: %s both present and absent; allowed: each category in one set at most",
        Sets.intersection(this.informationPresent, this.informationAbsent));
    Preconditions.checkArgument(
        isAny(this.facilityAreas, FacilityArea.class)
            || this.actions.equals(EnumSet.of(Action.PROVIDE_FACILITY)),
        "facilityArea: %s with actions %s; allowed: an area only with PROVIDE_FACILITY alone",
        this.facilityAreas,
        this.actions);
    Preconditions.checkArgument(
        (this.informationPresent.isEmpty() && this.informationAbsent.isEmpty())
            || this.actions.equals(EnumSet.of(Action.DISCLOSE_INFORMATION)),
        "information: constrained with actions %s; allowed: only with DISCLOSE_INFORMATION alone",
        this.actions);
    Preconditions.checkArgument(
        count == size(),
        "count: %s, but the constraints describe %s requests; allowed: the same",
        count,
        size());
  }

  /** A region of sets of any kind, each copied to an immutable set in enum order. */
  static DiffRegion of(
      Effect from,
      Effect to,
      long count,
      Set<Actor> actors,
      Set<Action> actions,
      Set<Counterparty> counterparties,
      Set<Purpose> purposes,
      Set<FacilityArea> facilityAreas,
      Set<Authority> authoritiesPresent,
      Set<Authority> authoritiesAbsent,
      Set<InformationCategory> informationPresent,
      Set<InformationCategory> informationAbsent) {
    return new DiffRegion(
        from,
        to,
        count,
        Sets.immutableEnumSet(actors),
        Sets.immutableEnumSet(actions),
        Sets.immutableEnumSet(counterparties),
        Sets.immutableEnumSet(purposes),
        Sets.immutableEnumSet(facilityAreas),
        Sets.immutableEnumSet(authoritiesPresent),
        Sets.immutableEnumSet(authoritiesAbsent),
        Sets.immutableEnumSet(informationPresent),
        Sets.immutableEnumSet(informationAbsent));
  }

  /**
   * Whether the region describes a request (its request id aside).
   *
   * @param request any request
   * @return true when every constraint of the region holds for it
   */
  public boolean contains(Request request) {
    Action action = request.action();
    if (!actors.contains(request.actor())
        || !actions.contains(action)
        || !counterparties.contains(request.counterparty())
        || !purposes.contains(request.purpose())) {
      return false;
    }
    if (action == Action.PROVIDE_FACILITY
        && !facilityAreas.contains(request.facilityArea().orElseThrow())) {
      return false;
    }
    Set<Authority> authorities = request.authorities();
    if (!authorities.containsAll(authoritiesPresent)
        || !Sets.intersection(authorities, authoritiesAbsent).isEmpty()) {
      return false;
    }
    Set<InformationCategory> information = request.information();
    return action != Action.DISCLOSE_INFORMATION
        || (information.containsAll(informationPresent)
            && Sets.intersection(information, informationAbsent).isEmpty());
  }

  /**
   * How many requests of the request space the constraints describe, from the constraints alone:
   * the sum over the actions of the number of actors times counterparties times purposes times 2 to
   * the number of free instruments, times the number of areas for {@code PROVIDE_FACILITY} and the
   * number of non-empty information sets the constraints allow for {@code DISCLOSE_INFORMATION}.
   *
   * @return the number of requests described
   */
  public long size() {
    long context =
        (long) actors.size()
            * counterparties.size()
            * purposes.size()
            * (1L
                << (Authority.values().length
                    - authoritiesPresent.size()
                    - authoritiesAbsent.size()));
    long variants = 0;
    for (Action action : actions) {
      if (action == Action.PROVIDE_FACILITY) {
        variants += facilityAreas.size();
      } else if (action == Action.DISCLOSE_INFORMATION) {
        int free =
            InformationCategory.values().length
                - informationPresent.size()
                - informationAbsent.size();
        variants += (1L << free) - (informationPresent.isEmpty() ? 1 : 0);
      } else {
        variants += 1;
      }
    }
    return context * variants;
  }

  /**
   * The region in words, for example {@code PERMIT -> DENY, 4,608 requests: actor CITY_DEPARTMENT
   * or CITY_CONTRACTOR; action PROVIDE_FACILITY, area PUBLIC; counterparty any; purpose
   * CIVIL_IMMIGRATION_ENFORCEMENT; authorities without JUDICIAL_WARRANT or COURT_ORDER}.
   *
   * @return one line
   */
  public String toText() {
    StringBuilder out =
        new StringBuilder()
            .append(from)
            .append(" -> ")
            .append(to)
            .append(", ")
            .append(String.format(Locale.ROOT, "%,d", count))
            .append(count == 1 ? " request: " : " requests: ")
            .append("actor ")
            .append(values(actors, Actor.class))
            .append("; action ")
            .append(values(actions, Action.class));
    if (!isAny(facilityAreas, FacilityArea.class)) {
      out.append(", area ").append(values(facilityAreas, FacilityArea.class));
    }
    out.append("; counterparty ")
        .append(values(counterparties, Counterparty.class))
        .append("; purpose ")
        .append(values(purposes, Purpose.class))
        .append("; authorities ")
        .append(presence(authoritiesPresent, authoritiesAbsent));
    if (actions.equals(EnumSet.of(Action.DISCLOSE_INFORMATION))) {
      out.append("; information ").append(presence(informationPresent, informationAbsent));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  /** Whether a set holds every value of its type, which a region means as any value. */
  static <E extends Enum<E>> boolean isAny(Set<E> values, Class<E> type) {
    return values.size() == type.getEnumConstants().length;
  }

  /**
   * {@code any}; or the values as {@code A}, {@code A or B}, {@code A, B or C}; or, when they are
   * more than three and more than half of all values, as {@code any but A and B}.
   */
  private static <E extends Enum<E>> String values(Set<E> values, Class<E> type) {
    if (isAny(values, type)) {
      return "any";
    }
    EnumSet<E> others = EnumSet.complementOf(EnumSet.copyOf(values));
    return values.size() > 3 && others.size() < values.size()
        ? "any but " + join(others, " and ")
        : join(values, " or ");
  }

  private static String presence(Set<? extends Enum<?>> present, Set<? extends Enum<?>> absent) {
    if (present.isEmpty() && absent.isEmpty()) {
      return "any";
    }
    StringBuilder out = new StringBuilder();
    if (!present.isEmpty()) {
      out.append("with ").append(join(present, " and "));
    }
    if (!absent.isEmpty()) {
      out.append(present.isEmpty() ? "" : ", ").append("without ").append(join(absent, " or "));
    }
    return out.toString();
  }

  private static String join(Set<? extends Enum<?>> values, String last) {
    StringBuilder out = new StringBuilder();
    Iterator<? extends Enum<?>> each = values.iterator();
    for (int at = 0; each.hasNext(); at++) {
      Enum<?> value = each.next();
      if (at > 0) {
        out.append(each.hasNext() ? ", " : last);
      }
      out.append(value.name());
    }
    return out.toString();
  }
}

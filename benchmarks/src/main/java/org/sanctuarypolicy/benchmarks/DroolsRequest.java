package org.sanctuarypolicy.benchmarks;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * A request as a Drools fact, with JavaBean getters for the rules of {@code chicago.drl}: the
 * request's fields, the nexus the nexus rules set, and the effect the clause rules' findings
 * combine to.
 *
 * <p>Public only because the classes Drools generates from the rules live in another package and
 * class loader; not thread-safe; one fact serves one evaluation.
 */
public final class DroolsRequest {
  private final Actor actor;
  private final Action action;
  private final Counterparty counterparty;
  private final Purpose purpose;
  private final Set<Authority> authorities;
  private final Set<InformationCategory> information;
  private final @Nullable FacilityArea facilityArea;
  private @Nullable Nexus nexus;
  private Effect effect = Effect.PERMIT;

  private DroolsRequest(Request request) {
    this.actor = request.actor();
    this.action = request.action();
    this.counterparty = request.counterparty();
    this.purpose = request.purpose();
    this.authorities = request.authorities();
    this.information = request.information();
    this.facilityArea = request.facilityArea().orElse(null);
  }

  /** A fact holding the fields of {@code request}, with no nexus and no finding yet. */
  static DroolsRequest of(Request request) {
    return new DroolsRequest(request);
  }

  /**
   * Who would act.
   *
   * @return the actor
   */
  public Actor getActor() {
    return actor;
  }

  /**
   * What the city would do.
   *
   * @return the action
   */
  public Action getAction() {
    return action;
  }

  /**
   * Who would receive the cooperation.
   *
   * @return the counterparty
   */
  public Counterparty getCounterparty() {
    return counterparty;
  }

  /**
   * The stated purpose.
   *
   * @return the purpose
   */
  public Purpose getPurpose() {
    return purpose;
  }

  /**
   * The presented instruments.
   *
   * @return the authorities
   */
  public Set<Authority> getAuthorities() {
    return authorities;
  }

  /**
   * The information categories to disclose.
   *
   * @return the categories, empty unless the action is a disclosure
   */
  public Set<InformationCategory> getInformation() {
    return information;
  }

  /**
   * The area of the property.
   *
   * @return the area, or null unless the action is {@link Action#PROVIDE_FACILITY}
   */
  public @Nullable FacilityArea getFacilityArea() {
    return facilityArea;
  }

  /**
   * The enforcement nexus, once a nexus rule has set it.
   *
   * @return the nexus, or null before the nexus rules fired
   */
  public @Nullable Nexus getNexus() {
    return nexus;
  }

  /**
   * Sets the enforcement nexus; called by the nexus rules.
   *
   * @param nexus the nexus
   */
  public void setNexus(Nexus nexus) {
    this.nexus = nexus;
  }

  /**
   * Records one clause's finding: the effect becomes DENY if any finding is DENY, else ESCALATE if
   * any is ESCALATE, else PERMIT.
   *
   * @param finding the finding's effect
   */
  public void finding(Effect finding) {
    if (finding.compareTo(effect) < 0) {
      effect = finding;
    }
  }

  /**
   * The combined effect of the findings so far; PERMIT when there is none.
   *
   * @return the effect
   */
  public Effect getEffect() {
    return effect;
  }
}

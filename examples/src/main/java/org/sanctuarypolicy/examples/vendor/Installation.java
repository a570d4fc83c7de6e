package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.Actor;

/** Who runs an installation of the gateway, as the installer configures it. */
enum Installation {
  /** A city department runs it: the order binds it. */
  CITY_DEPARTMENT(Actor.CITY_DEPARTMENT),
  /** A contractor runs it for the city: the order binds it too. */
  CITY_CONTRACTOR(Actor.CITY_CONTRACTOR),
  /** A sister agency (schools, housing, transit, parks) runs it: the order asks it to escalate. */
  SISTER_AGENCY(Actor.SISTER_AGENCY);

  private final Actor actor;

  Installation(Actor actor) {
    this.actor = actor;
  }

  /** Who acts, in the order's vocabulary. */
  Actor actor() {
    return actor;
  }
}

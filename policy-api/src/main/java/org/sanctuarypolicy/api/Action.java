package org.sanctuarypolicy.api;

/** What the city would do. */
public enum Action {
  /** Share records or data about a person; the request names the information categories. */
  DISCLOSE_INFORMATION,

  /** Give direct access to a city database or data-sharing platform. */
  GRANT_DATABASE_ACCESS,

  /** Ask or record a person's citizenship, immigration status or place of birth. */
  INQUIRE_STATUS,

  /**
   * Let someone use city-owned or city-controlled property: offices, rooms, lots, garages, vacant
   * lots.
   */
  PROVIDE_FACILITY,

  /**
   * Commit personnel, vehicles, equipment or money: perimeters, stand-by, on-site support,
   * transport, patrols, checkpoints.
   */
  COMMIT_RESOURCES,

  /** Enter a 287(g), detention, deputization or data-sharing agreement. */
  ENTER_AGREEMENT,

  /** Arrest or detain a person. */
  ARREST_OR_DETAIN,

  /** Keep a person past release at federal request. */
  HOLD_ON_DETAINER,

  /** Hand a person in city custody to another agency. */
  TRANSFER_CUSTODY,

  /** Let someone interview or telephone a person in city custody. */
  GRANT_CUSTODY_ACCESS
}

package org.sanctuarypolicy.api;

/** Which part of a city property a facility request concerns, and how it would be used. */
public enum FacilityArea {
  /**
   * Any use other than being present like any member of the public: an area not open to everyone,
   * and every use of a city lot, garage or vacant lot as a staging area, processing location or
   * operations base, even where the public may park or walk.
   */
  NON_PUBLIC,

  /**
   * Being present, like any member of the public and on the same terms, in a space open to everyone
   * (a lobby, a public hearing room).
   */
  PUBLIC
}

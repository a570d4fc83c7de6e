package org.sanctuarypolicy.api;

/** Which part of a city property a facility request concerns. */
public enum FacilityArea {
  /** Any area not open to every member of the public on equal terms. */
  NON_PUBLIC,

  /** An area open to every member of the public on equal terms. */
  PUBLIC
}

package org.sanctuarypolicy.examples.facilities;

import org.sanctuarypolicy.api.FacilityArea;

/**
 * A bookable piece of city property, and its area in the order's vocabulary. Only a space where the
 * one asking would merely be present, like any member of the public and on the same terms, is
 * public; every lot, garage and vacant lot is non-public here, because booking one means using it
 * (as a staging area, processing location or operations base, among others), and that use is
 * non-public even where the public may park or walk.
 */
enum Space {
  LOT_7("Lot 7, the vacant lot at 4800 S Pershing Rd", FacilityArea.NON_PUBLIC),
  FLEET_GARAGE("a bay of the 31st Street fleet garage", FacilityArea.NON_PUBLIC),
  CONFERENCE_ROOM("conference room 1003 at City Hall", FacilityArea.NON_PUBLIC),
  LIBRARY_ROOM("the meeting room of the Kelly branch library", FacilityArea.NON_PUBLIC),
  CITY_HALL_LOBBY("the public lobby of City Hall", FacilityArea.PUBLIC);

  private final String label;
  private final FacilityArea area;

  Space(String label, FacilityArea area) {
    this.label = label;
    this.area = area;
  }

  /** The space in words. */
  String label() {
    return label;
  }

  /** Public only for being present like any member of the public; non-public otherwise. */
  FacilityArea area() {
    return area;
  }
}

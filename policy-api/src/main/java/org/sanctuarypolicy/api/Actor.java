package org.sanctuarypolicy.api;

/** Who in the city would act. */
public enum Actor {
  /** A city department or agency, or one of its employees: bound by the order. */
  CITY_DEPARTMENT,

  /** A contractor acting for the city: bound by the order. */
  CITY_CONTRACTOR,

  /** A separate unit of government (schools, housing, transit, parks boards): not bound. */
  SISTER_AGENCY
}

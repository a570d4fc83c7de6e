package org.sanctuarypolicy.record;

/** The reports the law requires, each made from a record that verifies. */
public enum ReportKind {
  /**
   * The police department's quarterly report to the Mayor and the Inspector General (MCC
   * 2-173-069): requests for assistance with civil immigration enforcement, requests whose purpose
   * was not established, and the immigration detainers and administrative warrants received, with
   * whether the person was released or transferred and to which agency.
   */
  QUARTERLY,
  /**
   * The annual report to the Attorney General (Illinois TRUST Act, 5 ILCS 805/25), for a calendar
   * year: the requests from the Department of Homeland Security or for civil immigration
   * enforcement and how each was addressed, and every immigration detainer and civil immigration
   * warrant received, with the dates the statute asks for.
   */
  ANNUAL,
  /**
   * The report of attempted uses of city property for immigration enforcement (Executive Order
   * 2025-8): requests to provide a city facility that have an enforcement nexus.
   */
  PROPERTY
}

package org.sanctuarypolicy.examples.desk;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import org.sanctuarypolicy.api.Authority;

/**
 * A paper an agency presents, by the name on it, and the {@link Authority} it is in the order's
 * vocabulary.
 *
 * <p>The name misleads: an ICE "warrant" (I-200, I-205) or an immigration judge's order is signed
 * by an officer of an executive agency, so it is an {@link Authority#ADMINISTRATIVE_WARRANT} and
 * never authorizes anything; only a warrant or order signed by a judge of a court is judicial
 * process.
 */
public enum Paper {
  /** An immigration detainer asking to hold a person or to be told of the release, form I-247A. */
  I_247A("an ICE detainer (form I-247A)", Authority.IMMIGRATION_DETAINER),
  /** A warrant for arrest of an alien, signed by an immigration officer, form I-200. */
  I_200("an ICE arrest warrant (form I-200)", Authority.ADMINISTRATIVE_WARRANT),
  /** A warrant of removal, signed by an immigration officer, form I-205. */
  I_205("an ICE warrant of removal (form I-205)", Authority.ADMINISTRATIVE_WARRANT),
  /** A removal order of an immigration judge: an executive agency's order, not a court's. */
  IMMIGRATION_JUDGE_ORDER("an immigration judge's removal order", Authority.ADMINISTRATIVE_WARRANT),
  /** A subpoena issued by ICE itself. */
  ICE_SUBPOENA("an ICE administrative subpoena", Authority.ADMINISTRATIVE_SUBPOENA),
  /** A criminal arrest or search warrant signed by a judge on probable cause. */
  JUDICIAL_WARRANT("a warrant signed by a judge", Authority.JUDICIAL_WARRANT),
  /** An order of a court, or a writ. */
  COURT_ORDER("a court order", Authority.COURT_ORDER),
  /** A subpoena issued by a court. */
  JUDICIAL_SUBPOENA("a subpoena issued by a court", Authority.COURT_ORDER),
  /** A statute, regulation or treaty that requires the action, as the Law Department cites it. */
  STATUTE("a statute that requires it", Authority.STATUTORY_REQUIREMENT),
  /** A consent signed by the person, or by a parent or guardian. */
  SIGNED_CONSENT("the person's signed consent", Authority.WRITTEN_CONSENT);

  private final String label;
  private final Authority authority;

  Paper(String label, Authority authority) {
    this.label = label;
    this.authority = authority;
  }

  /**
   * The paper in words.
   *
   * @return for example "an ICE arrest warrant (form I-200)"
   */
  public String label() {
    return label;
  }

  /**
   * The paper in the order's vocabulary.
   *
   * @return its authority
   */
  public Authority authority() {
    return authority;
  }

  /**
   * Whether the paper can authorize anything: judicial process, a statute or a consent. A detainer,
   * an administrative warrant or an administrative subpoena never can.
   *
   * @return true unless the paper is non-judicial
   */
  public boolean canAuthorize() {
    return switch (authority) {
      case IMMIGRATION_DETAINER, ADMINISTRATIVE_WARRANT, ADMINISTRATIVE_SUBPOENA -> false;
      case JUDICIAL_WARRANT, COURT_ORDER, STATUTORY_REQUIREMENT, WRITTEN_CONSENT -> true;
    };
  }

  /**
   * The papers the Law Department verifies and whose scope binds the city: those that {@linkplain
   * #canAuthorize can authorize} anything, in words.
   *
   * @param papers the papers presented
   * @return for example "a warrant signed by a judge"
   */
  public static String authorizing(Iterable<Paper> papers) {
    return Words.list(Iterables.filter(papers, Paper::canAuthorize), Paper::label);
  }

  /**
   * The authorities a set of papers presents.
   *
   * @param papers the papers presented
   * @return their authorities, in enum order
   */
  public static ImmutableSet<Authority> authorities(Iterable<Paper> papers) {
    return Sets.immutableEnumSet(Iterables.transform(papers, Paper::authority));
  }
}

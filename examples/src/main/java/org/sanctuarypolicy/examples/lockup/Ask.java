package org.sanctuarypolicy.examples.lockup;

import com.google.common.collect.ImmutableSet;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.InformationCategory;

/** What an agency asks the lockup to do about a person in custody, and the action it is. */
enum Ask {
  HOLD_PAST_RELEASE("hold the person past the release time", Action.HOLD_ON_DETAINER),
  ARREST_AT_RELEASE("arrest the person at release", Action.ARREST_OR_DETAIN),
  RELEASE_DATE(
      "tell them when the person will be released",
      Action.DISCLOSE_INFORMATION,
      InformationCategory.RELEASE_INFORMATION),
  CUSTODY_STATUS(
      "tell them whether the person is in custody",
      Action.DISCLOSE_INFORMATION,
      InformationCategory.CUSTODY_STATUS),
  TRANSFER("hand the person over to them", Action.TRANSFER_CUSTODY),
  INTERVIEW("let them interview the person", Action.GRANT_CUSTODY_ACCESS);

  private final String label;
  private final Action action;
  private final ImmutableSet<InformationCategory> information;

  Ask(String label, Action action, InformationCategory... information) {
    this.label = label;
    this.action = action;
    this.information = ImmutableSet.copyOf(information);
  }

  /** The ask in words. */
  String label() {
    return label;
  }

  /** The action the lockup would take. */
  Action action() {
    return action;
  }

  /** What the answer would disclose; empty unless the ask is a question. */
  ImmutableSet<InformationCategory> information() {
    return information;
  }
}

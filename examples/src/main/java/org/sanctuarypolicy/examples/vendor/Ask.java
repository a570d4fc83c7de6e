package org.sanctuarypolicy.examples.vendor;

import org.sanctuarypolicy.api.Action;

/** What a request asks the city to do, as the gateway's request types list it. */
enum Ask {
  RELEASE_RECORDS(Action.DISCLOSE_INFORMATION),
  OPEN_DATA_ACCOUNT(Action.GRANT_DATABASE_ACCESS),
  ASK_ABOUT_STATUS(Action.INQUIRE_STATUS),
  USE_SPACE(Action.PROVIDE_FACILITY),
  SEND_STAFF_OR_EQUIPMENT(Action.COMMIT_RESOURCES),
  SIGN_AGREEMENT(Action.ENTER_AGREEMENT),
  MAKE_ARREST(Action.ARREST_OR_DETAIN),
  HOLD_PAST_RELEASE(Action.HOLD_ON_DETAINER),
  TRANSFER_PERSON(Action.TRANSFER_CUSTODY),
  VISIT_PERSON(Action.GRANT_CUSTODY_ACCESS);

  private final Action action;

  Ask(Action action) {
    this.action = action;
  }

  /** The action, in the order's vocabulary. */
  Action action() {
    return action;
  }
}

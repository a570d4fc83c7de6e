package org.sanctuarypolicy.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The whole request space of DESIGN §8, indexed densely so that a law can look up the request with
 * one more instrument: {@code index = ((((actor * 12 + counterparty) * 7 + purpose) * 128 +
 * authorities) * 521 + variant)}, where a variant is one of the eight actions without information
 * or area, one of the two facility areas, or one of the 511 non-empty information sets.
 */
final class RequestSpace {
  static final Actor[] ACTORS = Actor.values();
  static final Counterparty[] COUNTERPARTIES = Counterparty.values();
  static final Purpose[] PURPOSES = Purpose.values();
  static final Authority[] AUTHORITIES = Authority.values();
  static final InformationCategory[] CATEGORIES = InformationCategory.values();
  static final int AUTHORITY_SETS = 1 << AUTHORITIES.length;
  static final int INFORMATION_SETS = (1 << CATEGORIES.length) - 1;

  /** Actions that take neither information nor an area. */
  private static final List<Action> PLAIN_ACTIONS = plainActions();

  static final int VARIANTS = PLAIN_ACTIONS.size() + FacilityArea.values().length + INFORMATION_SETS;
  /** One context: an actor, a counterparty and a purpose. */
  static final int CONTEXTS = ACTORS.length * COUNTERPARTIES.length * PURPOSES.length;
  static final int PER_CONTEXT = AUTHORITY_SETS * VARIANTS;
  static final int SIZE = CONTEXTS * PER_CONTEXT;

  private RequestSpace() {}

  private static List<Action> plainActions() {
    List<Action> actions = new ArrayList<>();
    for (Action action : Action.values()) {
      if (action != Action.DISCLOSE_INFORMATION && action != Action.PROVIDE_FACILITY) {
        actions.add(action);
      }
    }
    return actions;
  }

  static int index(int context, int authorityMask, int variant) {
    return (context * AUTHORITY_SETS + authorityMask) * VARIANTS + variant;
  }

  static int authorityBit(Authority authority) {
    return 1 << authority.ordinal();
  }

  static EnumSet<Authority> authorities(int mask) {
    EnumSet<Authority> set = EnumSet.noneOf(Authority.class);
    for (Authority authority : AUTHORITIES) {
      if ((mask & authorityBit(authority)) != 0) {
        set.add(authority);
      }
    }
    return set;
  }

  static EnumSet<InformationCategory> information(int mask) {
    EnumSet<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
    for (InformationCategory category : CATEGORIES) {
      if ((mask & (1 << category.ordinal())) != 0) {
        set.add(category);
      }
    }
    return set;
  }

  /** The request at the given coordinates, built through the public builder. */
  static Request request(int context, int authorityMask, int variant) {
    int purpose = context % PURPOSES.length;
    int counterparty = (context / PURPOSES.length) % COUNTERPARTIES.length;
    int actor = context / (PURPOSES.length * COUNTERPARTIES.length);
    Request.Builder builder =
        Request.builder()
            .requestId("space-" + index(context, authorityMask, variant))
            .actor(ACTORS[actor])
            .counterparty(COUNTERPARTIES[counterparty])
            .purpose(PURPOSES[purpose])
            .authorities(authorities(authorityMask));
    if (variant < PLAIN_ACTIONS.size()) {
      builder.action(PLAIN_ACTIONS.get(variant));
    } else if (variant < PLAIN_ACTIONS.size() + FacilityArea.values().length) {
      builder
          .action(Action.PROVIDE_FACILITY)
          .facilityArea(FacilityArea.values()[variant - PLAIN_ACTIONS.size()]);
    } else {
      int mask = variant - PLAIN_ACTIONS.size() - FacilityArea.values().length + 1;
      builder
          .action(Action.DISCLOSE_INFORMATION)
          .information(information(mask));
    }
    return builder.build();
  }
}

package org.sanctuarypolicy.core;

import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The decision log: logger {@code org.sanctuarypolicy.decision}, one event per decision, DENY and
 * ESCALATE at INFO and PERMIT at DEBUG, as key-value pairs. It logs categories and ids only; a
 * request holds nothing personal, and nothing else is logged.
 */
final class DecisionLog {
  static final String LOGGER_NAME = "org.sanctuarypolicy.decision";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private DecisionLog() {}

  static void log(Request request, Decision decision) {
    Level level = decision.effect() == Effect.PERMIT ? Level.DEBUG : Level.INFO;
    if (!LOG.isEnabledForLevel(level)) {
      return;
    }
    StringBuilder clauses = new StringBuilder();
    for (Reason reason : decision.reasons()) {
      if (clauses.length() > 0) {
        clauses.append(',');
      }
      clauses.append(reason.clause());
    }
    LoggingEventBuilder event =
        LOG.atLevel(level)
            .addKeyValue("requestId", request.requestId())
            .addKeyValue("action", request.action())
            .addKeyValue("counterparty", request.counterparty())
            .addKeyValue("purpose", request.purpose())
            .addKeyValue("authorities", request.authorities())
            .addKeyValue("effect", decision.effect())
            .addKeyValue("clauses", clauses)
            .addKeyValue("policyVersion", decision.policy().version());
    event.log("decision");
  }
}

package org.sanctuarypolicy.core;

import com.google.common.base.Joiner;
import java.util.Collection;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.PolicyInfo;

/** Writes a policy's whole clause catalog as Markdown, for people. */
final class CatalogMarkdown {
  private CatalogMarkdown() {}

  static String write(ClauseCatalog catalog, PolicyInfo info) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(catalog.title()).append("\n\n");
    md.append("- Policy: `").append(info.id()).append("`\n");
    md.append("- Version: `").append(info.version()).append("`\n");
    md.append("- Fingerprint: `").append(info.fingerprint()).append("`\n\n");

    md.append("## How a request is decided\n\n");
    md.append(
        "The enforcement nexus is found once per request; the first rule that holds gives it:\n\n");
    int n = 1;
    for (NexusRule rule : catalog.nexusRules()) {
      md.append(n++).append(". **").append(rule.nexus()).append("** when ");
      md.append(Conditions.describe(rule.condition(), catalog.terms()))
          .append(". ")
          .append(rule.text())
          .append('\n');
    }
    md.append(n).append(". **NONE** otherwise.\n\n");
    md.append(
            "Each clause that binds the actor and whose scope holds yields one finding: the first")
        .append(" exception that holds replaces the base effect. The decision is DENY if any")
        .append(" finding is DENY, else ESCALATE if any is ESCALATE, else PERMIT; with no finding")
        .append(" it is PERMIT and not governed. A caller that cannot escalate treats ESCALATE as")
        .append(" DENY.\n\n");
    md.append("DO_NOT_OBSTRUCT is carried only for a physical action: ")
        .append(names(catalog.physicalActions()))
        .append(". Remedies tried for a DENY or ESCALATE decision, in order: ")
        .append(names(catalog.remedyCandidates()))
        .append(".\n");

    for (Clause clause : catalog.clauses()) {
      md.append("\n## ").append(clause.id()).append(": ").append(clause.title()).append("\n\n");
      md.append(clause.text()).append("\n\n");
      md.append("- Binds: ").append(names(clause.binds())).append('\n');
      md.append("- In scope when ")
          .append(Conditions.describe(clause.scope(), catalog.terms()))
          .append('\n');
      md.append("- Base effect: ").append(clause.baseEffect());
      if (!clause.baseObligations().isEmpty()) {
        md.append("; obligations: ").append(names(clause.baseObligations()));
      }
      md.append('\n');
      md.append("- Sources: ").append(Joiner.on("; ").join(clause.sources())).append('\n');
      if (!clause.exceptions().isEmpty()) {
        md.append("\n| Exception | Holds when | Effect | Obligations | Meaning |\n");
        md.append("|---|---|---|---|---|\n");
        for (ClauseException exception : clause.exceptions()) {
          md.append("| ").append(exception.id());
          md.append(" | ").append(Conditions.describe(exception.condition(), catalog.terms()));
          md.append(" | ").append(exception.effect());
          md.append(" | ")
              .append(exception.obligations().isEmpty() ? "none" : names(exception.obligations()));
          md.append(" | ").append(exception.text()).append(" |\n");
        }
      }
    }
    return md.toString();
  }

  private static String names(Collection<? extends Enum<?>> values) {
    return Joiner.on(", ").join(values);
  }
}

/**
 * The Chicago order as an evaluator.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.core.SanctuaryPolicy#chicago()}, a shared,
 * immutable, thread-safe {@link org.sanctuarypolicy.api.Policy}. The order's clauses are data (a
 * {@link org.sanctuarypolicy.api.ClauseCatalog}); a plain evaluator interprets them clause by
 * clause ({@link org.sanctuarypolicy.core.SanctuaryPolicy#reference()}), and {@code chicago()}
 * answers from a table of that evaluator's decisions, built on first use. Decisions are
 * deterministic and independent of the order in which sets were given. Each decision is logged
 * through SLF4J on the logger {@code org.sanctuarypolicy.decision}, with categories and ids only.
 */
@NullMarked
package org.sanctuarypolicy.core;

import org.jspecify.annotations.NullMarked;

/**
 * The domain model of the sanctuary policy: what a caller types to ask for a decision and what it
 * gets back.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.api.Policy#evaluate}: build a {@link
 * org.sanctuarypolicy.api.Request} in the vocabulary of the order ({@link
 * org.sanctuarypolicy.api.Action}, {@link org.sanctuarypolicy.api.Counterparty}, {@link
 * org.sanctuarypolicy.api.Purpose}, {@link org.sanctuarypolicy.api.Authority}, {@link
 * org.sanctuarypolicy.api.InformationCategory}) and read the {@link
 * org.sanctuarypolicy.api.Decision}: its effect, the {@link org.sanctuarypolicy.api.Reason}s that
 * made it, the {@link org.sanctuarypolicy.api.Obligation}s to carry out and the {@link
 * org.sanctuarypolicy.api.Remedy remedies} that would change it. The clause catalog itself is data:
 * {@link org.sanctuarypolicy.api.ClauseCatalog}, {@link org.sanctuarypolicy.api.Clause}, {@link
 * org.sanctuarypolicy.api.ClauseException} and {@link org.sanctuarypolicy.api.Condition}.
 *
 * <p>Every type here is immutable, thread-safe and null-hostile; sets iterate in the order of their
 * enum. A request holds categories only, never a person's name, status or free text.
 */
@NullMarked
@PolicyStyle
package org.sanctuarypolicy.api;

import org.jspecify.annotations.NullMarked;

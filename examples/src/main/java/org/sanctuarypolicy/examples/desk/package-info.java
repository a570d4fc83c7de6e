/**
 * What the four municipal integrations of the examples share: the agencies and papers a city
 * employee meets ({@link org.sanctuarypolicy.examples.desk.Agency}, {@link
 * org.sanctuarypolicy.examples.desk.Paper}) with their place in the order's vocabulary, the course
 * a decision calls for ({@link org.sanctuarypolicy.examples.desk.Course}), the reporting log
 * ({@link org.sanctuarypolicy.examples.desk.AuditLog}), and decisions in plain words ({@link
 * org.sanctuarypolicy.examples.desk.Words}, {@link org.sanctuarypolicy.examples.desk.Walkthrough}).
 *
 * <p>Every integration follows one pattern, the one a city developer copies: build a request from
 * the system's own data, evaluate it, honour every obligation, treat ESCALATE as hold-and-refer (or
 * as DENY where the caller cannot wait), and show the employee the reasons and remedies. The types
 * here use the public API of the library only.
 */
@NullMarked
package org.sanctuarypolicy.examples.desk;

import org.jspecify.annotations.NullMarked;

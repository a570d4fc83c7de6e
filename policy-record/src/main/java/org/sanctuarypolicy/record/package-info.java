/**
 * The compliance record of the sanctuary policy: every reportable decision kept before the city
 * acts on it, the outcomes that followed, and the reports the law requires.
 *
 * <p>Open a record with {@link org.sanctuarypolicy.record.ComplianceRecord#open(String)} (a SQLite
 * file or a PostgreSQL URL) or {@link
 * org.sanctuarypolicy.record.ComplianceRecord#open(javax.sql.DataSource)}, and wrap the policy in a
 * {@link org.sanctuarypolicy.record.RecordingPolicy}: its {@code evaluate} returns a reportable
 * decision only once its entry is committed, and throws {@link
 * org.sanctuarypolicy.record.RecordException} (with no decision) when the record cannot be written.
 * Record what happened next with {@link
 * org.sanctuarypolicy.record.ComplianceRecord#recordOutcome(Outcome)}.
 *
 * <p>Entries form a hash chain of canonical JSON texts (RFC 8785) that any SQL client and any
 * SHA-256 tool can check; {@link org.sanctuarypolicy.record.ComplianceRecord#verify()} checks it
 * and names the first break, {@link
 * org.sanctuarypolicy.record.ComplianceRecord#checkpoint(java.security.KeyPair)} signs its head
 * with Ed25519 ({@link org.sanctuarypolicy.record.Keys}), and {@link
 * org.sanctuarypolicy.record.ComplianceRecord#report(ReportKind, Period, java.util.Set)} makes the
 * quarterly, annual and property reports from a record that verifies. Input mistakes (a bad unit or
 * agency code, an outcome naming no decision, a malformed period) are {@link
 * org.sanctuarypolicy.record.RecordInputException}s that name the field, the bad value and what is
 * allowed; nothing is written for them. Every public type is immutable or thread-safe.
 */
@NullMarked
@RecordStyle
package org.sanctuarypolicy.record;

import org.jspecify.annotations.NullMarked;

/**
 * A records-request desk that asks the order before it releases any field of a resident's file.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.records.RecordsDesk}; its {@code main}
 * walks through the desk's cases on a compliance record (unit {@code DOF-RECORDS-01}). A request
 * names who asks, why, the papers presented and the fields wanted; the desk decides it through a
 * {@link org.sanctuarypolicy.record.RecordingPolicy}, releases the fields the decision allows,
 * withholding what a {@code REDACT} names, keeps a release prepared until the Law Department
 * verifies the papers, refuses with reasons and remedies, or holds and refers, and records what it
 * did on the decision's entry. It releases nothing when the record cannot be written. The record
 * holds categories, never a name or a value from the file.
 */
@NullMarked
package org.sanctuarypolicy.examples.records;

import org.jspecify.annotations.NullMarked;

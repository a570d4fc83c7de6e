/**
 * A records-request desk that asks the order before it releases any field of a resident's file.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.records.RecordsDesk}; its {@code main}
 * walks through the desk's cases. A request names who asks, why, the papers presented and the
 * fields wanted; the desk releases the fields the decision allows, withholding what a {@code
 * REDACT} names, keeps a release prepared until the Law Department verifies the papers, refuses
 * with reasons and remedies, or holds and refers. Its audit entries hold categories, never a name
 * or a value from the file.
 */
@NullMarked
package org.sanctuarypolicy.examples.records;

import org.jspecify.annotations.NullMarked;

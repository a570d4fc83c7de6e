/**
 * A police lockup's detainer desk that asks the order before it holds, hands over or lets anyone
 * interview a person in custody, or answers a question about their custody or release.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.lockup.LockupDesk}; its {@code main}
 * walks through the desk's cases on a compliance record (unit {@code CPD-LOCKUP-018}). It holds
 * past release only on judicial process the Law Department has confirmed, never answers release or
 * custody questions under a detainer, refuses transfers and interviews to ICE without judicial
 * process, and tells officers not to interfere wherever the decision says so. Every reportable
 * decision is on the record before the lockup acts, with what the lockup did; every detainer and
 * immigration warrant received gets what became of the person: bail posted, released or
 * transferred, and to which agency. When the record cannot be written the lockup does nothing on
 * the request, and still releases the person on schedule.
 */
@NullMarked
package org.sanctuarypolicy.examples.lockup;

import org.jspecify.annotations.NullMarked;

/**
 * A police lockup's detainer desk that asks the order before it holds, hands over or lets anyone
 * interview a person in custody, or answers a question about their custody or release.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.lockup.LockupDesk}; its {@code main}
 * walks through the desk's cases. It holds past release only on judicial process the Law Department
 * has confirmed, never answers release or custody questions under a detainer, refuses transfers and
 * interviews to ICE without judicial process, and tells officers not to interfere wherever the
 * decision says so.
 */
@NullMarked
package org.sanctuarypolicy.examples.lockup;

import org.jspecify.annotations.NullMarked;

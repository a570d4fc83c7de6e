/**
 * What the four municipal integrations of the examples share: the agencies and papers a city
 * employee meets ({@link org.sanctuarypolicy.examples.desk.Agency}, {@link
 * org.sanctuarypolicy.examples.desk.Paper}) with their place in the order's vocabulary, the course
 * a decision calls for and the outcome it puts on the record ({@link
 * org.sanctuarypolicy.examples.desk.Course}), outcomes recorded and said in words ({@link
 * org.sanctuarypolicy.examples.desk.Outcomes}), and decisions in plain words ({@link
 * org.sanctuarypolicy.examples.desk.Words}, {@link org.sanctuarypolicy.examples.desk.Walkthrough}).
 *
 * <p>Every integration follows one pattern, the one a city developer copies. At start-up, open the
 * compliance record and wrap the policy in a {@link org.sanctuarypolicy.record.RecordingPolicy}
 * with the desk's unit code. For each request: build it from the system's own data and decide it
 * through the recording policy, so that a reportable decision is on the record before the desk
 * acts; when the record cannot be written ({@link org.sanctuarypolicy.record.RecordException}), do
 * not act and tell the employee so. Otherwise honour every obligation, treat ESCALATE as
 * hold-and-refer (or as DENY where the caller cannot wait), show the employee the reasons and
 * remedies, and record on the decision's entry what the desk did: declined, referred, acted, and at
 * the lockup bail posted, released or transferred. The types here use the public API of the library
 * only.
 */
@NullMarked
package org.sanctuarypolicy.examples.desk;

import org.jspecify.annotations.NullMarked;

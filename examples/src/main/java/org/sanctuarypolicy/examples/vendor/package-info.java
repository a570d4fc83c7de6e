/**
 * A sample vendor product and its certification: what a company that sells software to the city
 * does to show that its product enforces the order.
 *
 * <p>{@link org.sanctuarypolicy.examples.vendor.RecordsGateway} is the product: a records gateway
 * with its own intake vocabulary (requesters, stated reasons, attachments, request types, record
 * fields) that consults the order and releases, withholds, refuses or refers in its own terms.
 * {@code GatewayAdapter} is the one class certification needs: a {@link
 * org.sanctuarypolicy.testkit.CertificationAdapter} that puts the gateway in the situation each
 * conformance scenario describes and reports what it did. Its tests are the pattern to copy: one
 * {@code @TestFactory} returning {@link org.sanctuarypolicy.testkit.ConformanceTests#dynamicTests},
 * and a check that {@link org.sanctuarypolicy.testkit.Certification#run} certifies it.
 *
 * <p>{@link org.sanctuarypolicy.examples.vendor.LegacyRecordsGateway} is an older release with two
 * realistic flaws (it answers release-date questions that come with an immigration detainer, and
 * complies with ICE's administrative subpoenas); its report names exactly the scenarios they break.
 * Both have a {@code main} that certifies them and prints the verdict.
 */
@NullMarked
package org.sanctuarypolicy.examples.vendor;

import org.jspecify.annotations.NullMarked;

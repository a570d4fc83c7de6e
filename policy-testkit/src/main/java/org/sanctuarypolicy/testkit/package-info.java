/**
 * The policy test kit: what a city developer's suite, a vendor's certification and a property-based
 * test suite reuse to check an implementation of the order.
 *
 * <ul>
 *   <li>{@link org.sanctuarypolicy.testkit.ConformanceCatalog}: the conformance catalog, named
 *       scenarios with the decision the order gives each, shipped in the jar as JSON lines.
 *   <li>{@link org.sanctuarypolicy.testkit.Certification}: plays the catalog against a vendor's
 *       product, through a {@link org.sanctuarypolicy.testkit.CertificationAdapter} or from
 *       observed JSON lines, and returns a {@link org.sanctuarypolicy.testkit.CertificationReport}
 *       that writes itself as JSON, Markdown and HTML. {@link
 *       org.sanctuarypolicy.testkit.ConformanceTests} gives the same scenarios as JUnit 5 dynamic
 *       tests.
 *   <li>{@link org.sanctuarypolicy.testkit.PolicyLaws}: the laws every policy of the order must
 *       obey (every request decided, deterministic, denials cited, more judicial authority never
 *       less permissive, and so on) as checks against any {@link org.sanctuarypolicy.api.Policy},
 *       over the whole {@link org.sanctuarypolicy.testkit.RequestSpace} or over given requests;
 *       {@link org.sanctuarypolicy.testkit.PolicyLawProperties} as jqwik properties.
 *   <li>{@link org.sanctuarypolicy.testkit.CatalogDiff}: which requests of the whole request space
 *       two catalogs decide differently, as counts per change of effect and as a few disjoint
 *       {@link org.sanctuarypolicy.testkit.DiffRegion}s, in text and JSON.
 *   <li>{@link org.sanctuarypolicy.testkit.PolicyArbitraries}: jqwik arbitraries for requests (all,
 *       per action, per enforcement nexus) and for malformed JSON; {@link
 *       org.sanctuarypolicy.testkit.VendorConformanceProperties} compares a product with the
 *       reference evaluator on thousands of them and shrinks a disagreement to a small request.
 * </ul>
 *
 * <p>Every public type is immutable and thread-safe unless it says otherwise, and null-hostile.
 * Results are data; exceptions are for malformed input and for failed assertions.
 */
@NullMarked
package org.sanctuarypolicy.testkit;

import org.jspecify.annotations.NullMarked;

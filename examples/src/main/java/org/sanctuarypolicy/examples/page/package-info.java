/**
 * The decision page for front-desk staff: a clerk describes in plain words who asks, for what, with
 * which papers and for what reason, and sees what the order says to do, why, and what would change
 * the answer; and the whole order, clause by clause.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.examples.page.DecisionPage}, which answers
 * {@code GET /}, {@code POST /}, {@code GET /order} and {@code GET /page.css} as {@link
 * org.sanctuarypolicy.examples.page.PageResponse}s, independent of any HTTP server; the
 * command-line tool's {@code serve} puts it beside the decision API. The rest is package-private:
 * the form as sent and its problems ({@code PageForm}), the words a clerk uses ({@code ClerkWords},
 * with {@link org.sanctuarypolicy.examples.desk.Words} where that already says it), the three views
 * ({@code FormView}, {@code AnswerView}, {@code OrderView}) over one layout ({@code PageLayout}),
 * and the builder that writes every page with all text escaped ({@code Html}).
 *
 * <p>Guarantees: server-rendered HTML without any script; nothing loaded from another host; a
 * strict Content-Security-Policy; every text escaped by Guava's {@code HtmlEscapers}; field names
 * and values that are the request's JSON field and enum names; and no record of anything: the page
 * advises. Everything is immutable and thread-safe.
 */
@NullMarked
package org.sanctuarypolicy.examples.page;

import org.jspecify.annotations.NullMarked;

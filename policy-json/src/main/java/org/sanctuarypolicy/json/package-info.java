/**
 * The strict JSON wire format of the sanctuary policy: requests, decisions and the clause catalog.
 *
 * <p>The entry point is {@link org.sanctuarypolicy.json.PolicyJson}: it parses a {@link
 * org.sanctuarypolicy.api.Request} from a JSON text or a Jackson tree, reads a stream of requests
 * one at a time for the command-line tool, writes a {@link org.sanctuarypolicy.api.Decision} as one
 * compact line (or a stream of them with {@link org.sanctuarypolicy.json.DecisionWriter}) and
 * parses it back, and writes the {@link org.sanctuarypolicy.api.ClauseCatalog} for an HTTP
 * endpoint. Field errors are {@link org.sanctuarypolicy.api.InvalidRequestException}s (for
 * requests) or {@link org.sanctuarypolicy.json.PolicyJsonException}s; malformed JSON is a {@link
 * org.sanctuarypolicy.json.PolicyJsonException}. Every message names the field, the bad value and
 * what is allowed.
 *
 * <p>Parsing is strict: an unknown field, a duplicate field, a wrong type, an unknown enum name, a
 * repeated set entry, comments, {@code NaN}, trailing content and input beyond the limits in {@link
 * org.sanctuarypolicy.json.PolicyJson} are errors; nothing is defaulted to hide a typo, and no
 * partial request is ever returned. Writing is deterministic: fields in a fixed order, sets in enum
 * order, no whitespace. Every method is thread-safe and stateless; a {@code DecisionWriter} serves
 * one thread.
 */
@NullMarked
package org.sanctuarypolicy.json;

import org.jspecify.annotations.NullMarked;

package org.sanctuarypolicy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/**
 * The strict JSON wire format of the policy: static methods that parse requests, write and parse
 * decisions, and write the clause catalog.
 *
 * <p><b>Requests</b> are JSON objects with the fields {@code requestId}, {@code actor}, {@code
 * action}, {@code counterparty}, {@code purpose}, {@code authorities}, {@code information} and
 * {@code facilityArea}: enum names as strings, sets as arrays. {@code requestId}, {@code action}
 * and {@code counterparty} are required; the others take the defaults of {@link Request.Builder}
 * when absent, but never when {@code null}. Parsing rejects, with every problem of the request at
 * once, each naming the field, the bad value and what is allowed (every name, for an enum):
 *
 * <ul>
 *   <li>an unknown field, or a field given twice;
 *   <li>a wrong type: a number, {@code null}, an array or an object where an enum name belongs, a
 *       non-array for a set, a request that is not an object;
 *   <li>an unknown enum name (names are case-sensitive);
 *   <li>a name given twice in a set, such as {@code ["COURT_ORDER","COURT_ORDER"]}: a repeated
 *       entry is more often a copied line or a wrong name than an intention;
 *   <li>{@code information} with an action other than {@code DISCLOSE_INFORMATION}, even as an
 *       empty array; {@code DISCLOSE_INFORMATION} without information; {@code facilityArea} with an
 *       action other than {@code PROVIDE_FACILITY}; a bad {@code requestId}.
 * </ul>
 *
 * <p><b>JSON itself</b> must be strict RFC 8259: no comments, no {@code NaN} or {@code Infinity},
 * no single quotes, no trailing commas, and nothing after a single document. Input is bounded so
 * that a malformed or hostile input cannot exhaust memory: {@value #MAX_NESTING_DEPTH} levels of
 * nesting, strings of {@value #MAX_STRING_LENGTH} characters, field names of {@value
 * #MAX_NAME_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits, and per request or
 * decision {@value #MAX_ITEM_VALUES} JSON values and {@value #MAX_ITEM_CHARS} characters. An item
 * beyond a limit is a bad request (or decision), whose error names the limit and the real size. A
 * stream of requests may be arbitrarily long.
 *
 * <p><b>Decisions</b> are written as one compact line, fields in this order: {@code
 * {"requestId":...,"effect":...,"governed":...,"reasons":[{"clause":...,"exception":...|null,
 * "effect":...,"text":...}],"obligations":[{"type":...}],"remedies":[{"authority":...,
 * "effect":...}],"policy":{"id":...,"version":...,"fingerprint":...}}}; a {@code REDACT} obligation
 * adds {@code "categories":[...]}. {@link #parseDecision(String)} reads that shape strictly, every
 * field required, so that {@code parseDecision(write(d)).equals(d)}. {@link #decisionWriter} writes
 * a stream of decisions as JSON Lines through one reused generator.
 *
 * <p>Every method is thread-safe; nothing is cached between calls. A {@link DecisionWriter}, which
 * keeps its generator for a whole stream, serves one thread.
 */
public final class PolicyJson {
  /** The deepest nesting of arrays and objects accepted; a request needs 2, a decision 4. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 65_536;

  /** The longest field name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_024;

  /** The longest number accepted, in characters. No field takes a number. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The most JSON values (objects, arrays, strings, numbers...) in one request or decision. */
  public static final int MAX_ITEM_VALUES = 4_096;

  /** The most characters of strings and field names one request or decision holds. */
  public static final int MAX_ITEM_CHARS = 1_048_576;

  private PolicyJson() {}

  /**
   * Parses a request from one JSON document.
   *
   * @param json the text of one JSON object
   * @return the request
   * @throws InvalidRequestException when fields are missing, unknown, repeated, of the wrong type,
   *     beyond a limit or break a rule of the vocabulary: {@link
   *     InvalidRequestException#problems()} lists them all, in the order they appear
   * @throws PolicyJsonException when the text is not one well-formed JSON value, or holds a value
   *     beyond the parser's outer limits (a request beyond a limit of this class is an {@code
   *     InvalidRequestException} naming the limit)
   */
  public static Request parseRequest(String json) {
    Objects.requireNonNull(json, "json");
    return RequestCodec.fromItem(
        ItemTree.readDocument(json, "request", InvalidRequestException::of));
  }

  /**
   * Parses a request from a Jackson tree. The tree's own parser decides about duplicate fields and
   * comments; every rule about fields, types and values applies.
   *
   * @param node a JSON object
   * @return the request
   * @throws InvalidRequestException when the node is not an object, or a field is missing, unknown,
   *     of the wrong type or breaks a rule of the vocabulary
   */
  public static Request parseRequest(JsonNode node) {
    Objects.requireNonNull(node, "node");
    return RequestCodec.fromTree(node);
  }

  /**
   * Reads requests from a stream one at a time, for the command-line tool and other batch callers.
   *
   * <p>The input is either one top-level JSON array of request objects, whose elements are read one
   * at a time and never held together in memory, or a sequence of top-level request objects: one
   * per line (JSON Lines), or objects over several lines, possibly pretty-printed. Only the current
   * item is held in memory. The input is UTF-8.
   *
   * <p>{@link Iterator#next()} returns the next request, or throws a {@link PolicyJsonException}
   * whose {@link PolicyJsonException#position() position} is the item's 1-based position and whose
   * {@link PolicyJsonException#line() line} is where it starts; its message starts {@code input 3
   * (line 3): }, and {@link PolicyJsonException#problems()} lists every problem of the request.
   * After an item with a bad field, or beyond a limit, the iteration goes on with the next item. In
   * a sequence, malformed JSON (or bytes that are not UTF-8) is one bad item too, and reading goes
   * on with the next line; in an array, it ends the iteration, as does content after the array.
   * Empty input is malformed. An I/O error is thrown by {@code hasNext} or {@code next} as {@link
   * java.io.UncheckedIOException}, and ends the iteration.
   *
   * <p>The iterator is not thread-safe and does not support {@code remove}. The caller owns and
   * closes {@code in}; the iterator never closes it.
   *
   * @param in the input, UTF-8
   * @return an iterator over the requests, in input order
   */
  public static Iterator<Request> readRequests(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new RequestReader(in);
  }

  /**
   * Writes a request as one compact JSON line: fields in the order of {@link Request}, sets as
   * arrays in enum order, {@code information} only when non-empty, {@code facilityArea} always for
   * {@code PROVIDE_FACILITY}. {@link #parseRequest(String)} reads it back to an equal request.
   *
   * @param request the request
   * @return the JSON text, without a line break
   */
  public static String write(Request request) {
    Objects.requireNonNull(request, "request");
    return Wire.write(generator -> RequestCodec.write(request, generator));
  }

  /**
   * The JSON tree of a request, as {@link #write(Request)} writes it, for embedding in a larger
   * document.
   *
   * @param request the request
   * @return a new, mutable object node
   */
  public static ObjectNode toTree(Request request) {
    Objects.requireNonNull(request, "request");
    return RequestCodec.toTree(request);
  }

  /**
   * Writes a decision as one compact JSON line, in the shape and field order given in the class
   * documentation.
   *
   * @param decision the decision
   * @return the JSON text, without a line break
   */
  public static String write(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return Wire.write(generator -> DecisionCodec.write(decision, generator, null));
  }

  /**
   * A writer of decisions to a byte stream, one line each, for the command-line tool and other
   * batch callers: each line is exactly what {@link #write(Decision)} returns, followed by {@code
   * \n}, in UTF-8. One writer reuses one Jackson generator and its buffer for the whole stream.
   *
   * <p>The writer is not thread-safe. It buffers; the caller flushes it (or closes it, which
   * flushes) and owns {@code out}, which the writer never closes.
   *
   * @param out where the lines go
   * @return a new writer
   */
  public static DecisionWriter decisionWriter(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new DecisionWriter(out);
  }

  /**
   * The JSON tree of a decision, as {@link #write(Decision)} writes it, for embedding in a larger
   * document.
   *
   * @param decision the decision
   * @return a new, mutable object node
   */
  public static ObjectNode toTree(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return DecisionCodec.toTree(decision);
  }

  /**
   * Parses a decision from one JSON document in the shape {@link #write(Decision)} writes. Every
   * field is required ({@code "exception":null} included), and the decision's own invariants are
   * checked.
   *
   * @param json the text of one JSON object
   * @return the decision
   * @throws PolicyJsonException when the text is malformed, or a field is missing, unknown,
   *     repeated, of the wrong type or has a bad value; {@link PolicyJsonException#field()} names
   *     it, with nested fields such as {@code reasons[0].effect}
   */
  public static Decision parseDecision(String json) {
    Objects.requireNonNull(json, "json");
    ItemTree item = ItemTree.readDocument(json, "decision", PolicyJsonException::badField);
    JsonNode node = item.item();
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : item.topFields()) {
      if (!names.add(field.getKey())) {
        throw PolicyJsonException.badField(
            Wire.name(field.getKey()), "a second value", "each field at most once");
      }
    }
    return DecisionCodec.fromTree(node);
  }

  /**
   * Parses a decision from a Jackson tree in the shape {@link #write(Decision)} writes.
   *
   * @param node a JSON object
   * @return the decision
   * @throws PolicyJsonException when a field is missing, unknown, of the wrong type or has a bad
   *     value
   */
  public static Decision parseDecision(JsonNode node) {
    Objects.requireNonNull(node, "node");
    return DecisionCodec.fromTree(node);
  }

  /**
   * Writes a clause catalog and the identity of its policy as one compact JSON document, for an
   * HTTP endpoint or a vendor's tooling: {@code {"policy":{"id","version","fingerprint"},
   * "title":...,"nexusRules":[{"nexus","condition","text"}],"physicalActions":[...],
   * "remedyCandidates":[...],"clauses":[{"id","title","text","sources","binds","scope",
   * "baseEffect","baseObligations","exceptions":[{"id","condition","effect","obligations",
   * "text"}]}]}}, lists in catalog order and sets in enum order. A condition is {@code
   * {"kind":"ACTION_IN","values":[...]}} for a leaf and {@code {"kind":"ALL_OF","operands":[...]}}
   * for {@code ALL_OF}, {@code ANY_OF} and {@code NOT}.
   *
   * @param catalog the clause catalog
   * @param info the identity of the policy that applies it; its id and version must match
   * @return the JSON text, without a line break
   * @throws IllegalArgumentException when {@code info} is not the catalog's policy
   */
  public static String write(ClauseCatalog catalog, PolicyInfo info) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(info, "info");
    return Wire.write(CatalogCodec.toTree(catalog, info));
  }

  /**
   * The JSON tree of a clause catalog, as {@link #write(ClauseCatalog, PolicyInfo)} writes it.
   *
   * @param catalog the clause catalog
   * @param info the identity of the policy that applies it; its id and version must match
   * @return a new, mutable object node
   * @throws IllegalArgumentException when {@code info} is not the catalog's policy
   */
  public static ObjectNode toTree(ClauseCatalog catalog, PolicyInfo info) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(info, "info");
    return CatalogCodec.toTree(catalog, info);
  }

  /**
   * Writes a clause catalog as an indented JSON document, one field or list item per line, for
   * people and for version control: the form {@code explain --json} prints and {@link
   * #readCatalog(String)} reads. It is {@link #write(ClauseCatalog, PolicyInfo)}'s tree, with the
   * catalog's own fingerprint, and ends with a line break.
   *
   * @param catalog the clause catalog
   * @return the JSON text
   */
  public static String writeCatalog(ClauseCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    PolicyInfo info = PolicyInfo.of(catalog.id(), catalog.version(), catalog.fingerprint());
    return CatalogCodec.writePretty(CatalogCodec.toTree(catalog, info));
  }

  /**
   * Reads a clause catalog in the form {@link #writeCatalog(ClauseCatalog)} writes, strictly: an
   * unknown or missing field, a value of the wrong type, an unknown enum or condition kind, a
   * malformed or duplicate id, an exception whose id is not its clause's id and a letter, an {@code
   * ALL_OF} or {@code ANY_OF} with fewer than two operands, a nexus rule that tests the nexus, and
   * every other rule of the catalog model broken, is an error whose {@link
   * PolicyJsonException#field() field} is a JSON pointer to the place ({@code
   * /clauses/3/exceptions/1/condition/kind}). The fingerprint in {@code policy} is optional; when
   * present it must be the fingerprint of what was read, so that an edited file never passes for
   * the release it was copied from. Reading what {@link #writeCatalog} wrote gives an equal
   * catalog.
   *
   * @param json the JSON text of one catalog
   * @return the catalog
   * @throws PolicyJsonException when the text is not a valid catalog
   */
  public static ClauseCatalog readCatalog(String json) {
    Objects.requireNonNull(json, "json");
    return CatalogReader.read(json);
  }

  /**
   * Reads a clause catalog from UTF-8 bytes, as {@link #readCatalog(String)} does; bytes that are
   * not UTF-8 are malformed JSON. The stream is read to the end of the catalog and not closed.
   *
   * @param json the JSON bytes of one catalog
   * @return the catalog
   * @throws PolicyJsonException when the bytes are not a valid catalog
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static ClauseCatalog readCatalog(InputStream json) {
    Objects.requireNonNull(json, "json");
    return CatalogReader.read(json);
  }

  /**
   * The names of the catalogs released with this library and kept as data, oldest first: {@code
   * chicago-1.0.0}, ... Each is loadable with {@link #releasedCatalog(String)}.
   *
   * @return the names
   */
  public static ImmutableList<String> releasedCatalogs() {
    return ReleasedCatalogs.NAMES;
  }

  /**
   * A catalog released with this library, exactly as it shipped and with its fingerprint, for
   * example {@code chicago-1.0.0}, the first release of the Chicago order.
   *
   * @param name one of {@link #releasedCatalogs()}
   * @return the catalog
   * @throws IllegalArgumentException when no released catalog has that name
   */
  public static ClauseCatalog releasedCatalog(String name) {
    Objects.requireNonNull(name, "name");
    return ReleasedCatalogs.read(name);
  }
}

package org.sanctuarypolicy.examples.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.CharMatcher;
import com.google.common.base.Enums;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.LinkedListMultimap;
import com.google.common.collect.ListMultimap;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The situation form as it was sent: the values of its fields, the problems found with them in
 * words, and the request they describe when there is no problem.
 *
 * <p>Field names and values are the request's JSON field and enum names ({@code
 * action=HOLD_ON_DETAINER}, {@code authorities=IMMIGRATION_DETAINER} once per paper), read from
 * {@code application/x-www-form-urlencoded} text. The rules are those of {@link Request.Builder},
 * checked here first so that each problem is said next to its field and all of them at once: an
 * unknown field or value, a field given twice, a missing {@code action} or {@code counterparty},
 * {@code information} with another action than {@code DISCLOSE_INFORMATION} or missing with it,
 * {@code facilityArea} with another action than {@code PROVIDE_FACILITY}. The one addition is the
 * "nothing" box of the papers, an empty {@code authorities} value, which may not come with a paper.
 * Defaults are the wire format's: {@code actor} {@code CITY_DEPARTMENT}, {@code purpose} {@code
 * UNKNOWN}, {@code facilityArea} {@code NON_PUBLIC}.
 *
 * <p>Immutable.
 */
final class PageForm {
  static final String COUNTERPARTY = "counterparty";
  static final String ACTION = "action";
  static final String INFORMATION = "information";
  static final String FACILITY_AREA = "facilityArea";
  static final String AUTHORITIES = "authorities";
  static final String PURPOSE = "purpose";
  static final String ACTOR = "actor";

  /** The key of a problem with the form as a whole rather than with one field. */
  static final String FORM = "form";

  /** The fields, in the order the form shows them. */
  static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          COUNTERPARTY, ACTION, INFORMATION, FACILITY_AREA, AUTHORITIES, PURPOSE, ACTOR);

  /** The most name and value pairs read; the whole form has about twenty. */
  static final int MAX_PAIRS = 100;

  /** The "nothing" box among the papers. */
  static final String NO_PAPERS = "";

  private static final int SHOWN_CHARS = 64;

  private final ImmutableListMultimap<String, String> values;
  private final ImmutableMap<String, String> problems;
  private final @Nullable Request request;

  private PageForm(
      ListMultimap<String, String> values,
      Map<String, String> problems,
      @Nullable Request request) {
    this.values = ImmutableListMultimap.copyOf(values);
    this.problems = ImmutableMap.copyOf(problems);
    this.request = request;
  }

  /** The blank form: what to ask has its defaults checked, nothing else. */
  static PageForm blank() {
    ListMultimap<String, String> values = LinkedListMultimap.create();
    values.put(PURPOSE, Purpose.UNKNOWN.name());
    values.put(ACTOR, Actor.CITY_DEPARTMENT.name());
    return new PageForm(values, ImmutableMap.of(), null);
  }

  /**
   * Reads a form: a posted body or a query string.
   *
   * @param encoded the {@code application/x-www-form-urlencoded} text
   * @param requestId the request id to give the request
   * @return the form, with its problems or its request
   */
  static PageForm read(String encoded, String requestId) {
    ListMultimap<String, String> sent = LinkedListMultimap.create();
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> pairs = Splitter.on('&').omitEmptyStrings().splitToList(encoded);
    if (pairs.size() > MAX_PAIRS) {
      problems.put(
          FORM,
          "The form holds more than "
              + MAX_PAIRS
              + " answers, which this page never sends: start"
              + " again from this page.");
      return new PageForm(LinkedListMultimap.create(), problems, null);
    }
    try {
      for (String pair : pairs) {
        int equals = pair.indexOf('=');
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
        sent.put(name, value);
      }
    } catch (IllegalArgumentException e) {
      problems.put(
          FORM,
          "The form could not be read: it is not encoded as a web form is. Start again from this"
              + " page.");
      return new PageForm(LinkedListMultimap.create(), problems, null);
    }
    return check(sent, problems, requestId);
  }

  private static PageForm check(
      ListMultimap<String, String> sent, Map<String, String> problems, String requestId) {
    for (String name : sent.keySet()) {
      if (!FIELDS.contains(name)) {
        problems.putIfAbsent(
            FORM,
            "The form holds an answer this page does not ask for, \u201c"
                + shown(name)
                + "\u201d: start again from this page.");
      }
    }
    ListMultimap<String, String> kept = LinkedListMultimap.create();
    Counterparty counterparty =
        one(sent, COUNTERPARTY, Counterparty.class, "Choose who is asking.", problems, kept);
    Action action =
        one(sent, ACTION, Action.class, "Choose what they want the city to do.", problems, kept);
    Purpose purpose = one(sent, PURPOSE, Purpose.class, null, problems, kept);
    Actor actor = one(sent, ACTOR, Actor.class, null, problems, kept);
    FacilityArea area = one(sent, FACILITY_AREA, FacilityArea.class, null, problems, kept);
    EnumSet<InformationCategory> information =
        set(sent, INFORMATION, InformationCategory.class, problems, kept);
    EnumSet<Authority> authorities = set(sent, AUTHORITIES, Authority.class, problems, kept);

    if (sent.get(AUTHORITIES).contains(NO_PAPERS)) {
      if (!authorities.isEmpty()) {
        problems.putIfAbsent(
            AUTHORITIES,
            "You checked \u201cNothing\u201d and also a paper: check one or the other.");
      }
      kept.put(AUTHORITIES, NO_PAPERS);
    }
    if (action != null && action != Action.DISCLOSE_INFORMATION && !information.isEmpty()) {
      problems.putIfAbsent(
          INFORMATION,
          "They do not want records or information shared, so there is no information to choose:"
              + " clear these boxes, or choose \u201c"
              + ClerkWords.action(Action.DISCLOSE_INFORMATION)
              + "\u201d above.");
    }
    if (action == Action.DISCLOSE_INFORMATION
        && information.isEmpty()
        && !problems.containsKey(INFORMATION)) {
      problems.put(INFORMATION, "Choose the information they ask for: at least one kind.");
    }
    if (action != null && action != Action.PROVIDE_FACILITY && !sent.get(FACILITY_AREA).isEmpty()) {
      problems.putIfAbsent(
          FACILITY_AREA,
          "They do not want to use city property, so the kind of space does not apply, and your"
              + " choice was cleared: send the form again, or choose \u201c"
              + ClerkWords.action(Action.PROVIDE_FACILITY)
              + "\u201d above.");
      kept.removeAll(FACILITY_AREA);
    }
    if (!problems.isEmpty() || counterparty == null || action == null) {
      return new PageForm(kept, problems, null);
    }
    Request.Builder builder =
        Request.builder()
            .requestId(requestId)
            .actor(actor == null ? Actor.CITY_DEPARTMENT : actor)
            .action(action)
            .counterparty(counterparty)
            .purpose(purpose == null ? Purpose.UNKNOWN : purpose)
            .authorities(authorities)
            .information(information);
    if (area != null) {
      builder.facilityArea(area);
    }
    try {
      return new PageForm(kept, problems, builder.build());
    } catch (InvalidRequestException e) {
      // The checks above mirror the builder's rules; this is a second line, in the API's words.
      for (InvalidRequestException.Problem problem : e.problems()) {
        problems.putIfAbsent(
            FIELDS.contains(problem.field()) ? problem.field() : FORM, problem.message());
      }
      return new PageForm(kept, problems, null);
    }
  }

  /** A field that takes one value: that value, or null (absent, or a problem, recorded). */
  private static <E extends Enum<E>> @Nullable E one(
      ListMultimap<String, String> sent,
      String field,
      Class<E> type,
      @Nullable String missing,
      Map<String, String> problems,
      ListMultimap<String, String> kept) {
    List<String> given = sent.get(field);
    if (given.size() > 1) {
      problems.put(field, "More than one answer was sent here: choose one.");
      return null;
    }
    if (given.isEmpty() || given.get(0).isEmpty()) {
      if (missing != null) {
        problems.put(field, missing);
      }
      return null;
    }
    Optional<E> value = Enums.getIfPresent(type, given.get(0)).toJavaUtil();
    if (!value.isPresent()) {
      problems.put(field, notAChoice(given.get(0)));
      return null;
    }
    kept.put(field, value.get().name());
    return value.get();
  }

  /** A field that takes a set: its values known so far (problems recorded, "nothing" left out). */
  private static <E extends Enum<E>> EnumSet<E> set(
      ListMultimap<String, String> sent,
      String field,
      Class<E> type,
      Map<String, String> problems,
      ListMultimap<String, String> kept) {
    EnumSet<E> values = EnumSet.noneOf(type);
    List<String> seen = new ArrayList<>();
    for (String text : sent.get(field)) {
      if (field.equals(AUTHORITIES) && text.equals(NO_PAPERS)) {
        continue;
      }
      Optional<E> value = Enums.getIfPresent(type, text).toJavaUtil();
      if (!value.isPresent()) {
        problems.putIfAbsent(field, notAChoice(text));
      } else if (seen.contains(text)) {
        problems.putIfAbsent(field, "\u201c" + text + "\u201d was sent twice: check it once.");
      } else {
        seen.add(text);
        values.add(value.get());
        kept.put(field, text);
      }
    }
    return values;
  }

  private static String notAChoice(String value) {
    return "\u201c" + shown(value) + "\u201d is not one of the choices: choose from the list.";
  }

  /** A value as a message shows it: control characters replaced, cut after 64 characters. */
  private static String shown(String value) {
    String cut = value.length() > SHOWN_CHARS ? value.substring(0, SHOWN_CHARS) + "..." : value;
    return CharMatcher.javaIsoControl().replaceFrom(cut, '?');
  }

  /**
   * Whether the form shows a value as chosen.
   *
   * @param field the field
   * @param value the wire name, or {@link #NO_PAPERS}
   * @return true when the value was sent and is one of the choices
   */
  boolean chosen(String field, String value) {
    return values.containsEntry(field, value);
  }

  /** The problems, by field ({@link #FORM} for the form as a whole), in the order of the form. */
  ImmutableMap<String, String> problems() {
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    if (problems.containsKey(FORM)) {
      ordered.put(FORM, problems.get(FORM));
    }
    for (String field : FIELDS) {
      if (problems.containsKey(field)) {
        ordered.put(field, problems.get(field));
      }
    }
    return ordered.buildOrThrow();
  }

  /** The request, when the form has no problem. */
  Optional<Request> request() {
    return Optional.ofNullable(request);
  }

  /**
   * The form a query fills in: the same choices, without problems (a link that fills in part of the
   * form is not a mistake), and the defaults of the reason and of where the clerk works where the
   * query gives none.
   *
   * @return the form, without a request
   */
  PageForm asPrefill() {
    ListMultimap<String, String> shown = LinkedListMultimap.create(values);
    if (!shown.containsKey(PURPOSE)) {
      shown.put(PURPOSE, Purpose.UNKNOWN.name());
    }
    if (!shown.containsKey(ACTOR)) {
      shown.put(ACTOR, Actor.CITY_DEPARTMENT.name());
    }
    return new PageForm(shown, ImmutableMap.of(), null);
  }

  /**
   * A form that shows the same choices with one problem with the form as a whole.
   *
   * @param problem the problem, in words
   * @return the form, without a request
   */
  PageForm withProblem(String problem) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(FORM, problem);
    all.putAll(problems);
    return new PageForm(values, all, null);
  }
}

package org.sanctuarypolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanctuarypolicy.json.PolicyJsonTest.json;
import static org.sanctuarypolicy.json.PolicyJsonTest.names;

import com.google.common.base.Strings;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Request;

/** The streaming reader for the command-line tool. */
class PolicyJsonReadRequestsTest {
  private static final String A =
      json("{'requestId':'a','action':'INQUIRE_STATUS','counterparty':'COURT'}");
  private static final String B =
      json("{'requestId':'b','action':'ARREST_OR_DETAIN','counterparty':'MILITARY'}");
  private static final String C =
      json(
          "{'requestId':'c','action':'DISCLOSE_INFORMATION','counterparty':'UNKNOWN',"
              + "'information':['IDENTITY']}");

  /** One item of the stream: a request id, or the message of the error. */
  private static List<String> items(String input) {
    return items(PolicyJson.readRequests(new ByteArrayInputStream(input.getBytes(UTF_8))));
  }

  /** Every item the reader yields, until it has no next; fails after 1,000 items. */
  private static List<String> items(Iterator<Request> requests) {
    List<String> items = new ArrayList<>();
    while (requests.hasNext()) {
      assertThat(items).as("items yielded so far").hasSizeLessThan(1_000);
      try {
        items.add(requests.next().requestId());
      } catch (PolicyJsonException e) {
        items.add(e.getMessage());
      }
    }
    return items;
  }

  private static PolicyJsonException error(String input, int position) {
    Iterator<Request> requests =
        PolicyJson.readRequests(new ByteArrayInputStream(input.getBytes(UTF_8)));
    for (int i = 1; i < position; i++) {
      try {
        requests.next();
      } catch (PolicyJsonException e) {
        // an earlier bad item
      }
    }
    return assertThrows(PolicyJsonException.class, requests::next, "input " + position);
  }

  @Test
  void readRequests_loneCarriageReturnInABadLine_oneErrorThenGoesOn() {
    // Jackson counts a lone \r as a line break; the reader counts \n only, and never reads a line
    // twice.
    List<String> items = items(json("{'requestId':'b',\r{'requestId':'c'}") + "\n" + A + "\n");

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 1, column ");
    assertThat(items.get(1)).isEqualTo("a");
  }

  @Test
  void readRequests_garbageBeforeAnItem_namedOnItsOwnLine() {
    assertThat(items(A + " xyz\n" + B + "\n"))
        .hasSize(3)
        .satisfies(
            items ->
                assertThat(items.get(1))
                    .startsWith("input 2 (line 1): malformed JSON at line 1, column "));
    assertThat(items("\n\n  xyz\n" + A + "\n"))
        .hasSize(2)
        .satisfies(
            items ->
                assertThat(items.get(0))
                    .startsWith("input 1 (line 3): malformed JSON at line 3, column 3: "));
  }

  @Test
  void readRequests_brokenObjectOverSeveralLines_oneInvalidInputThenTheNext() {
    String broken =
        "{\n  \"requestId\": \"a\",\n  xyz\n  \"action\": \"HOLD_ON_DETAINER\",\n"
            + "  \"counterparty\": \"COURT\"\n}\n";

    List<String> items = items(broken + B + "\n");

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 3, column ");
    assertThat(items.get(1)).isEqualTo("b");
  }

  @Test
  void readRequests_endOfInputInsideAnItem_saidInPlainWords() {
    assertThat(items(A + "\n" + json("{'requestId':'r2'")))
        .containsExactly(
            "a",
            "input 2 (line 2): malformed JSON at line 2: the input ends inside the request;"
                + " allowed: a complete JSON request");
  }

  @Test
  void readRequests_byteThatIsNotUtf8OutsideAString_saidAsNotUtf8() {
    byte[] input =
        Bytes.concat(
            (A + "\n").getBytes(UTF_8), new byte[] {(byte) 0xFF}, ("\n" + B).getBytes(UTF_8));

    assertThat(items(PolicyJson.readRequests(new ByteArrayInputStream(input))))
        .containsExactly(
            "a",
            "input 2 (line 2): malformed JSON at line 2, column 1: the bytes are not valid UTF-8;"
                + " allowed: JSON text in UTF-8",
            "b");
  }

  @Test
  void readRequests_singleObject_yieldsIt() {
    assertThat(items(A)).containsExactly("a");
  }

  @Test
  void readRequests_prettyPrintedObject_yieldsIt() {
    assertThat(
            items(
                json(
                    "{\n  'requestId': 'a',\n  'action': 'INQUIRE_STATUS',\n"
                        + "  'counterparty': 'COURT'\n}\n")))
        .containsExactly("a");
  }

  @Test
  void readRequests_array_yieldsElementsInOrder() {
    assertThat(items("[" + A + ",\n" + B + ",\n" + C + "]")).containsExactly("a", "b", "c");
  }

  @Test
  void readRequests_emptyArray_yieldsNothing() {
    assertThat(items(" [ ] \n")).isEmpty();
  }

  @Test
  void readRequests_jsonLines_yieldsLinesInOrder() {
    assertThat(items(A + "\n" + B + "\r\n\n" + C + "\n")).containsExactly("a", "b", "c");
  }

  @Test
  void readRequests_prettyPrintedSequence_yieldsEachObject() {
    assertThat(items(A.replace(",", ",\n") + "\n" + B.replace(",", ",\n")))
        .containsExactly("a", "b");
  }

  @Test
  void readRequests_badEnumOnLineThree_reportsPositionLineAndFieldThenGoesOn() {
    String bad = A.replace("INQUIRE_STATUS", "FOO");

    assertThat(items(A + "\n" + B + "\n" + bad + "\n" + C))
        .containsExactly(
            "a",
            "b",
            "input 3 (line 3): action: \"FOO\" is not allowed; allowed: " + names(Action.class),
            "c");
  }

  @Test
  void readRequests_badItemInArray_reportsPositionAndLineOfItsStart() {
    String input = "[\n" + A + ",\n" + json("{\n'requestId':'x',\n'actr':1}") + ",\n" + B + "]";

    PolicyJsonException e = error(input, 2);

    assertThat(e.position()).isEqualTo(2);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("actr");
    assertThat(e.malformed()).isFalse();
    assertThat(e.getMessage())
        .startsWith("input 2 (line 3): 3 problems: (1) actr: an unknown field");
    assertThat(e.problems())
        .extracting(InvalidRequestException.Problem::field)
        .containsExactly("actr", "action", "counterparty");
    assertThat(items(input)).hasSize(3).contains("a", "b");
  }

  @Test
  void readRequests_everyKindOfBadItem_skipsOnlyThatItem() {
    String input =
        String.join(
            "\n",
            A,
            json("{'requestId':'d','requestId':'e','action':'INQUIRE_STATUS'}"),
            json("{'requestId':'d','action':5,'counterparty':'COURT'}"),
            json("'just a string'"),
            json("[1,2,3]"),
            json(
                "{'requestId':'d','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'information':['IDENTITY']}"),
            json(
                "{'requestId':'d','action':'INQUIRE_STATUS','counterparty':'COURT',"
                    + "'authorities':['COURT_ORDER','COURT_ORDER']}"),
            "{\"requestId\":\"d\",\"big\":["
                + Strings.repeat("1,", PolicyJson.MAX_ITEM_VALUES)
                + "1]}",
            B);

    List<String> items = items(input);

    assertThat(items).hasSize(9);
    assertThat(items.get(0)).isEqualTo("a");
    assertThat(items.get(1))
        .startsWith("input 2 (line 2): 2 problems: (1) requestId: a second value");
    assertThat(items.get(2)).startsWith("input 3 (line 3): action: 5 is not allowed");
    assertThat(items.get(3)).startsWith("input 4 (line 4): request: \"just a string\"");
    assertThat(items.get(4)).startsWith("input 5 (line 5): request: an array is not allowed");
    assertThat(items.get(5)).startsWith("input 6 (line 6): information: [IDENTITY]");
    assertThat(items.get(6)).startsWith("input 7 (line 7): authorities: \"COURT_ORDER\" again");
    assertThat(items.get(7))
        .startsWith("input 8 (line 8): request: a request of 4100 JSON values is not allowed");
    assertThat(items.get(8)).isEqualTo("b");
  }

  @Test
  void readRequests_badField_exposesFieldValueAndAllowedAsData() {
    PolicyJsonException e = error(A + "\n" + A.replace("INQUIRE_STATUS", "FOO"), 2);

    assertThat(e.field()).isEqualTo("action");
    assertThat(e.value()).isEqualTo("\"FOO\"");
    assertThat(e.allowed()).isEqualTo(names(Action.class));
    assertThat(e.getCause()).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void readRequests_malformedItem_namesTheRequestAndWellFormedJson() {
    PolicyJsonException e = error(A + "\n{]", 2);

    assertThat(e.malformed()).isTrue();
    assertThat(e.problems()).isEmpty();
    assertThat(e.field()).isEqualTo("request");
    assertThat(e.value()).isEqualTo("malformed JSON");
    assertThat(e.allowed()).startsWith("well-formed JSON");
  }

  @Test
  void readRequests_numberBeyondLimitAsItem_namesItsLengthAndGoesOn() {
    String input = A + "\n" + Strings.repeat("1", PolicyJson.MAX_NUMBER_LENGTH + 1) + " \n" + B;

    PolicyJsonException e = error(input, 2);

    assertThat(e.malformed()).isFalse();
    assertThat(e.position()).isEqualTo(2);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage())
        .isEqualTo(
            "input 2 (line 2): request: a number of 65 characters is not allowed; allowed: numbers"
                + " of at most 64 characters");
    assertThat(items(input)).containsExactly("a", e.getMessage(), "b");
  }

  @Test
  void readRequests_stringBeyondLimit_namesTheRealLengthAndGoesOn() {
    String input =
        A + "\n" + json("{'requestId':'" + Strings.repeat("x", 70_000) + "'}") + "\n" + B;

    assertThat(items(input))
        .containsExactly(
            "a",
            "input 2 (line 2): requestId: a string of 70000 characters is not allowed; allowed:"
                + " strings of at most 65536 characters",
            "b");
  }

  @Test
  void readRequests_syntaxErrorInLine_reportsItAndGoesOnWithTheNextLine() {
    List<String> items = items(A + "\n" + "{\"requestId\": \"x\",, }\n" + B + "\n" + C);

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isEqualTo("a");
    assertThat(items.get(1)).startsWith("input 2 (line 2): malformed JSON at line 2, column 19: ");
    assertThat(items.subList(2, 4)).containsExactly("b", "c");
  }

  @Test
  void readRequests_lineCutShortInTheMiddle_everyOtherLineDecidedAndCounted() {
    String cut = A.substring(0, A.length() / 2);
    List<String> items = items(String.join("\n", A, cut, B, C) + "\n");

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isEqualTo("a");
    assertThat(items.get(1)).startsWith("input 2 (line 2): malformed JSON at line ");
    assertThat(items.subList(2, 4)).containsExactly("b", "c");
  }

  @Test
  void readRequests_objectLeftOpen_nextLineStartsTheNextItem() {
    String open = A.substring(0, A.length() - 1) + ",";
    List<String> items = items(String.join("\n", open, B, C));

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 2, column 1: ");
    assertThat(items.subList(1, 3)).containsExactly("b", "c");
  }

  @Test
  void readRequests_prettyPrintedObjects_eachReadWhole() {
    String pretty = A.replace(",", ",\n  ").replace("{", "{\n  ");
    List<String> items = items(pretty + "\n" + B.replace(",", ",\n"));

    assertThat(items).containsExactly("a", "b");
  }

  @Test
  void readRequests_syntaxErrorInArray_reportsItAndEnds() {
    String input = "[" + A + ",\n" + B + "\n" + C + "]";

    PolicyJsonException e = error(input, 3);

    assertThat(e.malformed()).isTrue();
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.line()).isEqualTo(3);
    assertThat(items(input)).hasSize(3).startsWith("a", "b");
  }

  @Test
  void readRequests_truncatedArray_reportsEndOfInput() {
    List<String> items = items("[" + A + ",\n" + B);

    assertThat(items).hasSize(3);
    assertThat(items.get(2))
        .isEqualTo(
            "input 3 (line 2): malformed JSON at line 2: the input ends inside the array of"
                + " requests; allowed: one request object, an array of request objects, or one"
                + " request object per line");
  }

  @Test
  void readRequests_contentAfterArray_reportedAsMalformed() {
    List<String> items = items("[" + A + "]\n" + B);

    assertThat(items)
        .containsExactly(
            "a",
            "input 2 (line 2): malformed JSON at line 2, column 1: content after the array of"
                + " requests is not allowed; allowed: one request object, an array of request"
                + " objects, or one request object per line");
  }

  @Test
  void readRequests_emptyInput_reportedAsMalformed() {
    PolicyJsonException e = error(" \n ", 1);

    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage()).startsWith("input 1 (line 1): malformed JSON: the input is empty");
  }

  @Test
  void readRequests_fieldNameBeyondTheParsersOuterLimit_namesTheLimitsAndGoesOn() {
    String name = Strings.repeat("n", PolicyJson.MAX_ITEM_CHARS + 1);

    assertThat(items("{\"" + name + "\":1}\n" + A))
        .containsExactly(
            "input 1 (line 1): malformed JSON at line 1, column 1048581: a field name of more than"
                + " 1048576 characters; allowed: field names of at most 1024 characters",
            "a");
  }

  @Test
  void readRequests_exponentBeyondADecimal_aBadItemThenGoesOn() {
    List<String> items = items(json("{'requestId':'x','action':1e999999999999}") + "\n" + B);

    assertThat(items).hasSize(2);
    assertThat(items.get(0))
        .startsWith("input 1 (line 1): 2 problems: (1) action: Infinity is not allowed");
    assertThat(items.get(1)).isEqualTo("b");
  }

  @Test
  void readRequests_itemWithThreeProblems_oneMessageForEachWithPositionAndLine() {
    PolicyJsonException e = error(A + "\n" + json("{'requestId':'x','actr':1}"), 2);

    assertThat(e.messages())
        .containsExactly(
            "input 2 (line 2): actr: an unknown field is not allowed; allowed: the fields"
                + " requestId, actor, action, counterparty, purpose, authorities, information,"
                + " facilityArea",
            "input 2 (line 2): " + e.problems().get(1).message(),
            "input 2 (line 2): " + e.problems().get(2).message());
    assertThat(e.problems())
        .extracting(InvalidRequestException.Problem::field)
        .containsExactly("actr", "action", "counterparty");
  }

  @Test
  void readRequests_oneProblemOrMalformed_oneMessage() {
    PolicyJsonException bad = error(A.replace("INQUIRE_STATUS", "FOO"), 1);
    PolicyJsonException malformed = error("{]", 1);

    assertThat(bad.messages()).containsExactly(bad.getMessage());
    assertThat(malformed.messages()).containsExactly(malformed.getMessage());
  }

  @Test
  void readRequests_afterAMalformedLine_linesStillCounted() {
    List<String> items = items("{]\n" + A + "\n" + A.replace("INQUIRE_STATUS", "FOO") + "\n");

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 1, column 2: ");
    assertThat(items.get(1)).isEqualTo("a");
    assertThat(items.get(2)).startsWith("input 3 (line 3): action: \"FOO\" is not allowed");
  }

  @Test
  void readRequests_afterAnObjectLeftOpen_linesStillCounted() {
    String open = A.substring(0, A.length() - 1) + ",";
    String bad = B.replace("ARREST_OR_DETAIN", "FOO");

    List<String> items = items(String.join("\n", open, B, bad, C));

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 2, column 1: ");
    assertThat(items.get(1)).isEqualTo("b");
    assertThat(items.get(2)).startsWith("input 3 (line 3): action: \"FOO\" is not allowed");
    assertThat(items.get(3)).isEqualTo("c");
  }

  @Test
  void readRequests_objectLeftOpen_indentedNextLineStartsTheNextItem() {
    String open = A.substring(0, A.length() - 1) + ",";

    List<String> items = items(String.join("\n", open, " \t " + B, C));

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 2, column 4: ");
    assertThat(items.subList(1, 3)).containsExactly("b", "c");
  }

  /**
   * The last item cut short at a line break: the end of the input, on the line after, is no place
   * to start the next item, so the cut item is one error and the stream ends.
   */
  @Test
  void readRequests_lastItemCutShortAtALineBreak_oneErrorThenTheEnd() {
    List<String> items = items(A + "\n" + json("{'requestId':'b',") + "\n");

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isEqualTo("a");
    assertThat(items.get(1))
        .isEqualTo(
            "input 2 (line 2): malformed JSON at line 2: the input ends inside the request;"
                + " allowed: a complete JSON request");
  }

  /**
   * The last item cut short, then a blank line that ends exactly where the reader's buffer of 64
   * KiB ends: looking for the start of a next item on that line stops at the buffer's end.
   */
  @Test
  void readRequests_lastItemCutShortThenBlankToTheEndOfTheBuffer_oneErrorThenTheEnd() {
    String cut = json("{'requestId':'b',") + "\n";
    String input = cut + " ".repeat((1 << 16) - cut.length());

    List<String> items = items(input);

    assertThat(items).hasSize(1);
    assertThat(items.get(0))
        .isEqualTo(
            "input 1 (line 1): malformed JSON at line 2: the input ends inside the request;"
                + " allowed: a complete JSON request");
  }

  /**
   * A malformed line read three bytes at a time: the error is found before the line's end has been
   * read, and the rest of the line is skipped, however many reads it takes.
   */
  @Test
  void readRequests_malformedLineReadInPieces_restOfTheLineSkipped() {
    String malformed = "{]" + Strings.repeat(", {\"x\": ]", 10);
    String input = String.join("\n", malformed, A, A.replace("INQUIRE_STATUS", "FOO"), C) + "\n";

    List<String> items = items(PolicyJson.readRequests(inPieces(input.getBytes(UTF_8), 3)));

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).startsWith("input 1 (line 1): malformed JSON at line 1, column 2: ");
    assertThat(items.get(1)).isEqualTo("a");
    assertThat(items.get(2)).startsWith("input 3 (line 3): action: \"FOO\" is not allowed");
    assertThat(items.get(3)).isEqualTo("c");
  }

  /** A read that returns no bytes is not the end of the input, which only -1 marks. */
  @Test
  void readRequests_readsOfNoBytes_notTheEnd() {
    byte[] input = String.join("\n", A, B, C).getBytes(UTF_8);
    InputStream stuttering =
        new FilterInputStream(new ByteArrayInputStream(input)) {
          boolean pause;

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            pause = !pause;
            return pause ? 0 : super.read(buffer, offset, Math.min(length, 7));
          }
        };

    assertThat(items(PolicyJson.readRequests(stuttering))).containsExactly("a", "b", "c");
  }

  /** An input that yields {@code bytes} at most {@code size} bytes per read. */
  private static InputStream inPieces(byte[] bytes, int size) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, size));
      }
    };
  }

  /**
   * A byte that is not UTF-8 inside a string on line 2 of 3, read four bytes at a time so that the
   * line comes in pieces: that line is one malformed input, with its own line, and the others are
   * read.
   */
  @ParameterizedTest
  @ValueSource(ints = {4, 1 << 16})
  void readRequests_bytesThatAreNotUtf8_malformedOnTheirLineThenGoesOn(int chunk)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((A + "\n{\"requestId\":\"b").getBytes(UTF_8));
    bytes.write(new byte[] {(byte) 0xFF});
    bytes.write(("\"}\n" + C + "\n").getBytes(UTF_8));
    InputStream inChunks =
        new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, chunk));
          }
        };

    assertThat(items(PolicyJson.readRequests(inChunks)))
        .containsExactly(
            "a",
            "input 2 (line 2): malformed JSON at line 2, column 17: the bytes are not valid UTF-8;"
                + " allowed: JSON text in UTF-8",
            "c");
  }

  @Test
  void readRequests_afterMalformedInput_hasNoNext() {
    Iterator<Request> requests =
        PolicyJson.readRequests(new ByteArrayInputStream("{]".getBytes(UTF_8)));

    assertThat(requests.hasNext()).isTrue();
    assertThatThrownBy(requests::next).isInstanceOf(PolicyJsonException.class);
    assertThat(requests.hasNext()).isFalse();
    assertThatThrownBy(requests::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void readRequests_afterLastItem_leavesStreamOpen() throws Exception {
    ByteArrayInputStream in = new ByteArrayInputStream((A + "\n").getBytes(UTF_8));
    InputStream guarded =
        new InputStream() {
          boolean closed;

          @Override
          public int read() {
            assertThat(closed).isFalse();
            return in.read();
          }

          @Override
          public void close() {
            closed = true;
          }
        };
    Iterator<Request> requests = PolicyJson.readRequests(guarded);

    requests.next();

    assertThat(requests.hasNext()).isFalse();
    assertThat(guarded.read()).isEqualTo(-1);
  }

  @Test
  void readRequests_ioErrorOnTheFirstRead_thrownOnceThenEnds() {
    Iterator<Request> requests = PolicyJson.readRequests(failingAfter(""));

    assertThatThrownBy(requests::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThat(requests.hasNext()).isFalse();
  }

  @Test
  void readRequests_ioErrorBeforeAnItem_thrownOnceThenEnds() {
    Iterator<Request> requests = PolicyJson.readRequests(failingAfter(A + "\n"));

    assertThat(requests.next().requestId()).isEqualTo("a");
    assertThatThrownBy(requests::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThat(requests.hasNext()).isFalse();
  }

  @Test
  void readRequests_ioErrorInsideAnItem_thrownOnceByHasNextThenEnds() {
    Iterator<Request> requests =
        PolicyJson.readRequests(failingAfter("[" + A + ",\n{\"requestId\":\"b\","));

    assertThat(requests.next().requestId()).isEqualTo("a");
    assertThatThrownBy(requests::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThat(requests.hasNext()).isFalse();
  }

  @Test
  void readRequests_ioErrorWhileSkippingAMalformedLine_thrownOnceThenEnds() {
    Iterator<Request> requests = PolicyJson.readRequests(failingAfter("{]"));

    assertThatThrownBy(requests::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThat(requests.hasNext()).isFalse();
  }

  /** An input that yields {@code text}, then fails on every read. */
  private static InputStream failingAfter(String text) {
    ByteArrayInputStream head = new ByteArrayInputStream(text.getBytes(UTF_8));
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        if (head.available() == 0) {
          throw new IOException("disk gone");
        }
        return head.read(buffer, off, len);
      }
    };
  }

  /** JSON Lines, or the elements of an array, that never end. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void readRequests_endlessInput_yieldsItemsWithoutReadingToTheEnd(boolean array) {
    Iterator<Request> requests =
        PolicyJson.readRequests(array ? endless("[", A + ",\n") : endless("", A + "\n"));

    for (int i = 0; i < 100_000; i++) {
      assertThat(requests.next().requestId()).isEqualTo("a");
    }
  }

  /** An input that never ends: {@code head}, then {@code item} over and over. */
  private static InputStream endless(String head, String item) {
    byte[] first = head.getBytes(UTF_8);
    byte[] repeated = item.getBytes(UTF_8);
    return new InputStream() {
      long offset;

      @Override
      public int read() {
        long i = offset++;
        return i < first.length
            ? first[(int) i]
            : repeated[(int) ((i - first.length) % repeated.length)];
      }

      @Override
      public int read(byte[] buffer, int off, int len) {
        for (int i = 0; i < len; i++) {
          buffer[off + i] = (byte) read();
        }
        return len;
      }
    };
  }
}

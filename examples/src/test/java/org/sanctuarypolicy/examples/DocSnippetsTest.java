package org.sanctuarypolicy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanctuarypolicy.examples.DocSnippets.Block;
import org.sanctuarypolicy.examples.DocSnippets.Compilation;

/**
 * Every {@code ```java} block of every Markdown file of the repository compiles, as a newcomer
 * would paste it: with its own imports, against the library's artifacts, on Java 17. The types the
 * docs use for the reader's own (a product, its request and reply) come from {@link
 * #PLACEHOLDER_STUBS}, and the docs must say in their text that they stand for the reader's types.
 */
class DocSnippetsTest {
  /**
   * The blocks the docs had when this test was written (README 1, GUIDE 7, RECORD 5, TESTKIT 6): an
   * extractor that finds fewer is broken, not done.
   */
  private static final int MINIMUM_BLOCKS = 19;

  /**
   * The placeholder types of the docs, each with a stub that gives the blocks what they call. They
   * stand for the reader's own types; a block that names a type which is neither here, on the class
   * path nor declared by another block of its file does not compile.
   */
  static final ImmutableMap<String, String> PLACEHOLDER_STUBS =
      ImmutableMap.<String, String>builder()
          .put(
              "MyRecordsDesk",
              """
              final class MyRecordsDesk {
                MyResponse handle(MyRequest request) {
                  throw new UnsupportedOperationException("a stub");
                }
              }
              """)
          .put(
              "MyRequest",
              """
              import org.sanctuarypolicy.api.Request;

              record MyRequest(Request asked) {
                static MyRequest from(Request request) {
                  return new MyRequest(request);
                }
              }
              """)
          .put(
              "MyResponse",
              """
              import java.util.Set;
              import org.sanctuarypolicy.api.Effect;
              import org.sanctuarypolicy.api.InformationCategory;

              record MyResponse(Effect effect, Set<InformationCategory> withheldCategories) {}
              """)
          .put(
              "MyDesk",
              """
              final class MyDesk {
                MyRelease handle(MyRequest request) {
                  throw new UnsupportedOperationException("a stub");
                }
              }
              """)
          .put(
              "MyRelease",
              """
              import java.util.List;

              record MyRelease(List<String> fields) {}
              """)
          .put(
              "MyReply",
              """
              import java.util.OptionalLong;
              import org.sanctuarypolicy.api.Decision;

              final class MyReply {
                static MyReply notRecorded(String message) {
                  return new MyReply();
                }

                static MyReply of(Decision decision, OptionalLong seq) {
                  return new MyReply();
                }
              }
              """)
          .buildOrThrow();

  private static final Path ROOT = DocSnippets.repositoryRoot(Path.of(""));

  /**
   * The class path of this test, which has the library's modules: Surefire puts it in {@code
   * surefire.test.class.path}. Surefire 3.5 sets {@code java.class.path} to the same list, but a
   * forked JVM started from a manifest-only jar may have only that jar there; an IDE sets only
   * {@code java.class.path}.
   */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheDocs_compilesWithItsImports() throws IOException {
    ImmutableList<Block> blocks = DocSnippets.find(ROOT);
    assertThat(blocks)
        .as("```java blocks found under %s", ROOT)
        .hasSizeGreaterThanOrEqualTo(MINIMUM_BLOCKS);
    assertThat(blocks.stream().map(Block::file).distinct())
        .contains("README.md", "docs/GUIDE.md", "docs/RECORD.md", "docs/TESTKIT.md");
    Map<String, List<Block>> byFile = blocks.stream().collect(Collectors.groupingBy(Block::file));
    return blocks.stream()
        .map(
            block ->
                DynamicTest.dynamicTest(
                    block.toString(),
                    () -> {
                      Compilation compiled =
                          DocSnippets.compile(
                              block, byFile.get(block.file()), PLACEHOLDER_STUBS, classPath());
                      assertThat(compiled.compiles()).as(compiled.report()).isTrue();
                      String prose =
                          DocSnippets.prose(Files.readAllLines(ROOT.resolve(block.file()), UTF_8));
                      for (String placeholder : compiled.stubsUsed()) {
                        assertThat(prose)
                            .as(
                                "%s uses the placeholder %s, which its file's text never names"
                                    + " (say that it stands for the reader's own type)",
                                block, placeholder)
                            .contains("`" + placeholder + "`");
                      }
                    }));
  }

  @Test
  void placeholderStubs_eachNamedBySomeBlock() throws IOException {
    Set<String> named = new TreeSet<>();
    for (Block block : DocSnippets.find(ROOT)) {
      named.addAll(DocSnippets.placeholdersNamed(block, PLACEHOLDER_STUBS));
    }

    assertThat(named).containsExactlyInAnyOrderElementsOf(PLACEHOLDER_STUBS.keySet());
  }

  @Test
  void blocks_javaFencesAmongOthers_givesEachJavaBlockWithItsFirstLineAndNoIndentation() {
    List<String> lines =
        List.of(
            "# Title",
            "```sh",
            "echo no",
            "```",
            "```java",
            "int a = 1;",
            "```",
            "- a list item:",
            "",
            "  ```java",
            "  class A {}",
            "  ```",
            "```json",
            "{}",
            "```");

    ImmutableList<Block> blocks = DocSnippets.blocks("docs/X.md", lines);

    assertThat(blocks)
        .containsExactly(
            new Block("docs/X.md", 6, "int a = 1;\n"), new Block("docs/X.md", 11, "class A {}\n"));
  }

  @Test
  void blocks_javaFenceNeverClosed_failsNamingTheFileAndLine() {
    List<String> lines = List.of("text", "```java", "int a = 1;");

    assertThatThrownBy(() -> DocSnippets.blocks("docs/X.md", lines))
        .hasMessageContaining("docs/X.md:2");
  }

  @Test
  void compile_statementsWithImports_compileInsideAMethod() {
    Block block =
        new Block(
            "docs/X.md",
            10,
            """
            import org.sanctuarypolicy.api.Policy;
            import org.sanctuarypolicy.core.SanctuaryPolicy;

            Policy policy = SanctuaryPolicy.chicago();
            System.out.println(policy.info());
            """);

    Compilation compiled = DocSnippets.compile(block, List.of(block), Map.of(), classPath());

    assertThat(compiled.problems()).isEmpty();
  }

  @Test
  void compile_statementMissingAnImport_failsWithTheMarkdownLineAndJavacsMessage() {
    Block block =
        new Block(
            "docs/X.md",
            10,
            """
            import org.sanctuarypolicy.core.SanctuaryPolicy;

            Policy policy = SanctuaryPolicy.chicago();
            """);

    Compilation compiled = DocSnippets.compile(block, List.of(block), Map.of(), classPath());

    assertThat(compiled.compiles()).isFalse();
    assertThat(compiled.report())
        .startsWith("docs/X.md:10: ")
        .contains("docs/X.md:12: error: cannot find symbol")
        .contains("| Policy policy = SanctuaryPolicy.chicago();");
  }

  @Test
  void compile_classWithAWrongSignature_failsWithTheMarkdownLine() {
    Block block =
        new Block(
            "README.md",
            3,
            """
            import org.sanctuarypolicy.core.SanctuaryPolicy;

            class Wrong {
              String id() {
                return SanctuaryPolicy.chicago();
              }
            }
            """);

    Compilation compiled = DocSnippets.compile(block, List.of(block), Map.of(), classPath());

    assertThat(compiled.report()).contains("README.md:7: error: incompatible types");
  }

  @Test
  void compile_placeholderWithoutAStub_fails() {
    Block block = new Block("docs/X.md", 1, "MyUnknownDesk desk = new MyUnknownDesk();\n");

    Compilation compiled =
        DocSnippets.compile(block, List.of(block), PLACEHOLDER_STUBS, classPath());

    assertThat(compiled.report()).contains("docs/X.md:1: error: cannot find symbol");
    assertThat(compiled.stubsUsed()).isEmpty();
  }

  @Test
  void compile_blockUsingATypeOfAnotherBlockOfItsFile_compilesWithThatBlockAndItsStubs() {
    Block adapter =
        new Block(
            "docs/X.md",
            3,
            """
            final class MyAdapter {
              MyResponse respond() {
                return null;
              }
            }
            """);
    Block user = new Block("docs/X.md", 12, "Object response = new MyAdapter().respond();\n");
    Block elsewhere = new Block("docs/Y.md", 12, "Object response = new MyAdapter().respond();\n");

    Compilation compiled =
        DocSnippets.compile(user, List.of(adapter, user), PLACEHOLDER_STUBS, classPath());
    Compilation alone =
        DocSnippets.compile(elsewhere, List.of(elsewhere), PLACEHOLDER_STUBS, classPath());

    assertThat(compiled.problems()).isEmpty();
    assertThat(compiled.stubsUsed()).containsExactly("MyResponse");
    assertThat(alone.report()).contains("docs/Y.md:12: error: cannot find symbol");
  }
}

package org.sanctuarypolicy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code ```java} blocks of the repository's Markdown files, and javac run on each.
 *
 * <p>A block is either a compilation unit (imports, then one or more top-level types), compiled as
 * it is, or imports followed by statements, compiled inside {@code void run() throws Exception} of
 * a generated class. A block is compiled together with the blocks of the same file that declare a
 * type it names (the adapter a later block instantiates, say) and with the stub of every
 * placeholder type it names; nothing else is in scope but the class path.
 */
final class DocSnippets {
  /** Directories never searched for Markdown files. */
  static final ImmutableSet<String> SKIPPED_DIRECTORIES = ImmutableSet.of("target", "node_modules");

  private static final Pattern OPENING_FENCE = Pattern.compile("^(\\s*)```java\\s*$");
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*(//.*)?$");

  private DocSnippets() {}

  /**
   * One {@code ```java} block: the Markdown file (relative to the repository root, with {@code /}),
   * the line number of its first line of code, and its code without the fence's indentation.
   */
  record Block(String file, int line, String code) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** What javac said about one block: its errors and warnings, each with its place. */
  record Compilation(Block block, ImmutableList<String> problems, ImmutableSet<String> stubsUsed) {
    boolean compiles() {
      return problems.isEmpty();
    }

    String report() {
      return block
          + ": the ```java block does not compile (the file's own line numbers):\n"
          + String.join("\n", problems);
    }
  }

  /**
   * The repository's root: the nearest directory, from {@code start} upwards, that holds the parent
   * {@code pom.xml} and the {@code examples} module. Surefire runs in the module's directory, an
   * IDE often in the root.
   */
  static Path repositoryRoot(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isRegularFile(dir.resolve("examples").resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no repository root (a directory with pom.xml and examples/pom.xml) above " + start);
  }

  /** Every {@code ```java} block of every Markdown file under {@code root}, in path order. */
  static ImmutableList<Block> find(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(path -> path.getFileName().toString().endsWith(".md"))
              .filter(Files::isRegularFile)
              .filter(path -> !skipped(root.relativize(path)))
              .sorted()
              .collect(Collectors.toList());
    }
    ImmutableList.Builder<Block> blocks = ImmutableList.builder();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      blocks.addAll(blocks(name, Files.readAllLines(file, UTF_8)));
    }
    return blocks.build();
  }

  private static boolean skipped(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String part = relative.getName(i).toString();
      if (SKIPPED_DIRECTORIES.contains(part) || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code ```java} blocks of one Markdown file's lines. A fence may be indented (in a list);
   * the block ends at the first line that is the closing fence, and its lines lose the opening
   * fence's indentation.
   */
  static ImmutableList<Block> blocks(String file, List<String> lines) {
    ImmutableList.Builder<Block> blocks = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = OPENING_FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      String indent = fence.group(1);
      int first = i + 1;
      int end = first;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        throw new IllegalStateException(
            file + ":" + (i + 1) + ": the ```java block is never closed by a ``` line");
      }
      StringBuilder code = new StringBuilder();
      for (int j = first; j < end; j++) {
        String line = lines.get(j);
        code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
            .append('\n');
      }
      blocks.add(new Block(file, first + 1, code.toString()));
      i = end;
    }
    return blocks.build();
  }

  /** The Markdown text of {@code lines} outside its fenced blocks: what the reader reads. */
  static String prose(List<String> lines) {
    StringBuilder prose = new StringBuilder();
    boolean inFence = false;
    for (String line : lines) {
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence) {
        prose.append(line).append('\n');
      }
    }
    return prose.toString();
  }

  /**
   * Compiles {@code block} with {@code --release 17 -proc:none} on {@code classPath}, together with
   * the blocks of {@code sameFile} that declare a type it names and with the stubs (from {@code
   * stubs}, placeholder name to source) of every placeholder those sources name.
   */
  static Compilation compile(
      Block block, List<Block> sameFile, Map<String, String> stubs, String classPath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Source main = source(javac, block);
    List<Source> sources = new ArrayList<>(List.of(main));
    Set<String> declared = new LinkedHashSet<>(main.declared);
    List<Source> companions = new ArrayList<>();
    for (Block other : sameFile) {
      if (!other.equals(block)) {
        Source companion = source(javac, other);
        if (!companion.declared.isEmpty()) {
          companions.add(companion);
        }
      }
    }
    Set<String> stubsUsed = new LinkedHashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Source companion : companions) {
        if (!sources.contains(companion)
            && companion.declared.stream().noneMatch(declared::contains)
            && companion.declared.stream().anyMatch(name -> named(sources, name))) {
          sources.add(companion);
          declared.addAll(companion.declared);
          grew = true;
        }
      }
      for (Map.Entry<String, String> stub : stubs.entrySet()) {
        String name = stub.getKey();
        if (!declared.contains(name) && named(sources, name)) {
          sources.add(new Source("stub of " + name, name, stub.getValue(), 1));
          declared.add(name);
          stubsUsed.add(name);
          grew = true;
        }
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-Xlint:all,-processing,-serial,-path,-classfile",
            "-classpath",
            classPath);
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      javac.getTask(null, new DiscardedOutput(files), diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE
          && diagnostic.getKind() != Diagnostic.Kind.OTHER) {
        problems.add(describe(diagnostic));
      }
    }
    return new Compilation(block, problems.build(), ImmutableSet.copyOf(stubsUsed));
  }

  /** The placeholder names of {@code stubs} that {@code block}, or a stub it uses, names. */
  static ImmutableSet<String> placeholdersNamed(Block block, Map<String, String> stubs) {
    Set<String> named = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(List.of(block.code()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, String> stub : stubs.entrySet()) {
        if (!named.contains(stub.getKey()) && mentions(texts, stub.getKey())) {
          named.add(stub.getKey());
          texts.add(stub.getValue());
          grew = true;
        }
      }
    }
    return ImmutableSet.copyOf(named);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    String kind = diagnostic.getKind().toString().toLowerCase(Locale.ROOT);
    if (!(diagnostic.getSource() instanceof Source source)
        || diagnostic.getLineNumber() == Diagnostic.NOPOS) {
      return kind + ": " + message;
    }
    int line = (int) diagnostic.getLineNumber();
    String code = source.text.lines().skip(line - 1L).findFirst().orElse("");
    return source.origin
        + ":"
        + (source.firstLine + line - 1)
        + ": "
        + kind
        + ": "
        + message
        + "\n    | "
        + code.strip();
  }

  private static boolean named(List<Source> sources, String name) {
    return mentions(sources.stream().map(source -> source.text).collect(Collectors.toList()), name);
  }

  private static boolean mentions(List<String> texts, String name) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
    return texts.stream().anyMatch(text -> word.matcher(text).find());
  }

  /**
   * The block as a source file: a compilation unit as it is; statements inside a generated class,
   * with the imports before it and each line of the block on the same line of the file, so that
   * javac's line numbers are the block's.
   */
  private static Source source(JavaCompiler javac, Block block) {
    String generated =
        "Snippet_" + block.file().replaceAll("[^A-Za-z0-9]", "_") + "_" + block.line();
    List<TopLevelType> types = topLevelTypes(javac, block);
    if (!types.isEmpty()) {
      // Named after its public type, or its first: javac warns when a type is used from another
      // file and the file it is in has another name.
      String fileName =
          types.stream()
              .filter(TopLevelType::isPublic)
              .map(TopLevelType::name)
              .findFirst()
              .orElse(types.get(0).name());
      return new Source(
          block.file(),
          fileName,
          block.code(),
          block.line(),
          types.stream().map(TopLevelType::name).collect(ImmutableSet.toImmutableSet()));
    }
    List<String> lines = block.code().lines().collect(Collectors.toList());
    int body = 0;
    while (body < lines.size()
        && (lines.get(body).isBlank()
            || IMPORT.matcher(lines.get(body)).matches()
            || lines.get(body).strip().startsWith("//"))) {
      body++;
    }
    // Comments between the imports and the statements belong to the statements.
    int lastImport = body - 1;
    while (lastImport >= 0 && !IMPORT.matcher(lines.get(lastImport)).matches()) {
      lastImport--;
    }
    int header = lastImport + 1;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == header) {
        text.append("final class ").append(generated).append(" { void run() throws Exception { ");
      }
      text.append(lines.get(i)).append('\n');
    }
    if (header >= lines.size()) {
      text.append("final class ").append(generated).append(" { void run() throws Exception { ");
    }
    text.append("}}\n");
    return new Source(block.file(), generated, text.toString(), block.line());
  }

  private record TopLevelType(String name, boolean isPublic) {}

  /**
   * The top-level types of the block read as a compilation unit; none when it is not one (javac's
   * parser finds an error) or declares no type: then it is statements.
   */
  private static List<TopLevelType> topLevelTypes(JavaCompiler javac, Block block) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Source source = new Source(block.file(), "Parsed", block.code(), block.line());
    JavacTask task =
        (JavacTask)
            javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(source));
    List<TopLevelType> types = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        for (Tree type : unit.getTypeDecls()) {
          if (type instanceof ClassTree declared) {
            types.add(
                new TopLevelType(
                    declared.getSimpleName().toString(),
                    declared.getModifiers().getFlags().contains(Modifier.PUBLIC)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean parsed =
        diagnostics.getDiagnostics().stream()
            .noneMatch(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR);
    return parsed ? types : List.of();
  }

  /** A source file in memory, with where its text comes from. */
  private static final class Source extends SimpleJavaFileObject {
    final String origin;
    final String text;
    final int firstLine;
    final ImmutableSet<String> declared;

    Source(String origin, String className, String text, int firstLine) {
      this(origin, className, text, firstLine, ImmutableSet.of());
    }

    Source(
        String origin,
        String className,
        String text,
        int firstLine,
        ImmutableSet<String> declared) {
      super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
      this.origin = origin;
      this.text = text;
      this.firstLine = firstLine;
      this.declared = declared;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Class files are written nowhere: only javac's verdict matters. */
  private static final class DiscardedOutput
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    DiscardedOutput(StandardJavaFileManager files) {
      super(files);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        JavaFileManager.Location location,
        String className,
        JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("discarded:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream();
        }
      };
    }
  }
}

// The vendor project ran the conformance scenarios, one JUnit test each, and jqwik's differential
// properties, with the JUnit and jqwik versions of the build, and nothing failed.
evaluate(new File(testRunChecks))

// The project is the one the docs show: docs/TESTKIT.md has its pom.xml (with the build's version)
// and its test classes (without their package line) as they are; docs/GUIDE.md has the adapter, the
// conformance test class and the BOM import (its indentation aside).
def testkitDoc = new File(docsDirectory.toString(), 'TESTKIT.md').text
def guideDoc = new File(docsDirectory.toString(), 'GUIDE.md').text
def source = { String path ->
  new File(basedir, path).text.replaceFirst(/(?s)^package [^;]+;\n\n/, '').trim()
}
def shown = { String doc, String docName, String path ->
  assert doc.contains(source(path)) : "docs/${docName} does not show ${path} as the test builds it:\n${source(path)}"
}
['pom.xml',
 'src/test/java/com/example/product/MyProductAdapter.java',
 'src/test/java/com/example/product/MyProductConformanceTest.java',
 'src/test/java/com/example/product/MyProductConformanceProperties.java'].each {
  shown(testkitDoc, 'TESTKIT.md', it)
}
['src/test/java/com/example/product/MyProductAdapter.java',
 'src/test/java/com/example/product/MyProductConformanceTest.java'].each {
  shown(guideDoc, 'GUIDE.md', it)
}
def squeeze = { String text -> text.replaceAll(/\s+/, ' ') }
def bomImport = (source('pom.xml') =~ /(?s)<dependency>\s*<groupId>org.sanctuarypolicy<\/groupId>\s*<artifactId>policy-bom<\/artifactId>.*?<\/dependency>/)[0]
assert squeeze(guideDoc).contains(squeeze(bomImport)) : "docs/GUIDE.md does not import the BOM as the test does:\n${bomImport}"

return true

// The vendor project ran the conformance scenarios, one JUnit test each, and jqwik's differential
// properties, with the JUnit and jqwik versions of the build, and nothing failed.

def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : "no surefire reports in ${reports}: no test ran"

def counts = [:]
reports.eachFileMatch(~/TEST-.*\.xml/) { file ->
  def suite = new groovy.xml.XmlSlurper().parse(file)
  def name = suite.@name.text()
  counts[name] = [tests   : suite.@tests.toInteger(),
                  failures: suite.@failures.toInteger(),
                  errors  : suite.@errors.toInteger(),
                  skipped : suite.@skipped.toInteger()]
}
println "vendor project's test classes: ${counts}"

def conformance = counts['com.example.product.MyProductConformanceTest']
assert conformance != null : 'MyProductConformanceTest did not run'
assert conformance.tests == 207 : "expected one test per scenario (207), got ${conformance.tests}"

def properties = counts['com.example.product.MyProductConformanceProperties']
assert properties != null : 'MyProductConformanceProperties (jqwik) did not run'
assert properties.tests == 2 : "expected VendorConformanceProperties' 2 properties, got ${properties.tests}"

assert counts.keySet() == ['com.example.product.MyProductConformanceTest',
                           'com.example.product.MyProductConformanceProperties'] as Set
counts.each { name, c ->
  assert c.failures == 0 && c.errors == 0 && c.skipped == 0 : "${name}: ${c}"
}

// The test class path holds the JUnit and jqwik versions the build tests with (policy-bom must
// say the same as the parent pom), and one JUnit Platform, JUnit's own.
def report = new File(reports, 'TEST-com.example.product.MyProductConformanceProperties.xml').text
def versionsOf = { String artifact ->
  (report =~ /${artifact}-([0-9][^\/:;"]*?)\.jar/).collect { it[1] } as Set
}
def platformVersion = '1.' + junitVersion.substring(junitVersion.indexOf('.') + 1)
assert versionsOf('junit-jupiter-engine') == [junitVersion] as Set
assert versionsOf('junit-platform-engine') == [platformVersion] as Set
assert versionsOf('jqwik-engine') == [jqwikVersion] as Set

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

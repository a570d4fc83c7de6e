// Shared by both vendor projects' verify scripts: the vendor project ran the conformance scenarios,
// one JUnit test each, and jqwik's differential properties, with the JUnit and jqwik versions of the
// build and JUnit's own Platform, and nothing failed. Run with the calling script's binding.

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

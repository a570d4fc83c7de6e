// Without policy-bom, the test kit alone brought the engines: the conformance scenarios ran, one
// JUnit test each, and jqwik's differential properties, on JUnit's own Platform, and nothing failed.
evaluate(new File(testRunChecks))

return true

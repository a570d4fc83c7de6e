package org.sanctuarypolicy.examples.records;

/**
 * Counts about the files the desk holds, about no one in particular.
 *
 * @param files how many files the desk holds
 */
record Statistics(int files) {}

package org.sanctuarypolicy.examples.lockup;

/**
 * A person in the lockup's custody, as the lockup system holds them. Personal data: it stays in the
 * lockup and never goes to the policy or the report log.
 *
 * @param bookingNumber the lockup's number for the custody
 * @param name the person's name
 * @param releaseAt when the person is due to be released, as the court set it
 */
record Detainee(String bookingNumber, String name, String releaseAt) {}

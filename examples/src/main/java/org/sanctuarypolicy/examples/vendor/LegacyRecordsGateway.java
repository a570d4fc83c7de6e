package org.sanctuarypolicy.examples.vendor;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A deliberately non-compliant sample product: release 2.x of the {@link RecordsGateway}, still
 * installed in places, with two shortcuts kept from before the order. The certification report
 * names exactly the scenarios they break.
 *
 * <ul>
 *   <li><b>Detainer notification.</b> A records request that comes with an immigration detainer and
 *       asks for custody status, a release date or a court date is answered in full at once: the
 *       old gateway honoured the detainer's request to be told when the person leaves. The order
 *       forbids exactly that (EO-5.1) unless a judge signed something.
 *   <li><b>Subpoena compliance.</b> A records request from ICE or CBP with an administrative
 *       subpoena attached is answered in full, status included: the old gateway took "subpoena" for
 *       compulsory process. An administrative subpoena is non-judicial and authorizes nothing.
 * </ul>
 *
 * <p>Everything else it does as the current gateway does, so it passes every other scenario.
 */
public final class LegacyRecordsGateway {
  /** The fields that answer "when does this person leave custody?". */
  private static final Set<RecordField> RELEASE_QUESTIONS =
      Set.of(RecordField.CUSTODY_STATUS, RecordField.RELEASE_DATE, RecordField.NEXT_COURT_DATE);

  private final RecordsGateway current;

  LegacyRecordsGateway(RecordsGateway current) {
    this.current = current;
  }

  /** Release 2.x, installed for a department, a contractor or an agency. */
  static LegacyRecordsGateway installedAt(Installation installation) {
    return new LegacyRecordsGateway(RecordsGateway.installedAt(installation));
  }

  /** Decides a request: the two shortcuts first, then the current gateway. */
  GatewayReply handle(Inquiry inquiry) {
    if (detainerNotification(inquiry)) {
      return releaseAll(inquiry, "Released under rule 14: a detainer asks to be told of release.");
    }
    if (subpoenaCompliance(inquiry)) {
      return releaseAll(inquiry, "Released under rule 9: complied with the subpoena.");
    }
    return current.handle(inquiry);
  }

  /** The first shortcut: a detainer attached to a question about custody or release. */
  static boolean detainerNotification(Inquiry inquiry) {
    return inquiry.ask() == Ask.RELEASE_RECORDS
        && inquiry.attachments().contains(Attachment.DETAINER)
        && inquiry.fields().stream().anyMatch(RELEASE_QUESTIONS::contains);
  }

  /** The second shortcut: an immigration agency's administrative subpoena for records. */
  static boolean subpoenaCompliance(Inquiry inquiry) {
    return inquiry.ask() == Ask.RELEASE_RECORDS
        && inquiry.attachments().contains(Attachment.ADMINISTRATIVE_SUBPOENA)
        && inquiry.requester().immigrationAgency();
  }

  private static GatewayReply releaseAll(Inquiry inquiry, String note) {
    return new GatewayReply(
        inquiry.ticket(), Outcome.APPROVED, inquiry.fields(), Set.of(), List.of(note));
  }

  /**
   * Certifies release 2.x against the conformance catalog and prints the one-line verdict and the
   * failing scenario ids; with an argument, also writes the report into that directory. Exits 1, as
   * {@code certify} does, when the release is not certified (it is not), 0 when it is.
   *
   * @param args an optional directory for {@code report.json}, {@code report.md} and {@code
   *     report.html}
   * @throws IOException when the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.exit(
        RecordsGateway.exitCode(RecordsGateway.certify(GatewayAdapter.legacy(), args, System.out)));
  }
}

// The kind of every error code: what the loop retries, what it reports, what stops it.
#include <gtest/gtest.h>

#include "common/result.h"

namespace billet {
namespace {

using errc::ErrorKind;

TEST(ErrorKind, NetworkAndBusyResourcesAreRetriedNeverTheInputsFault) {
  for (const char* code : {"imap.network", "imap.fetch", "imap.protocol", errc::kSmtpUnreachable, "smtp.temporary",
                           "db.busy", errc::kDbFull, errc::kIngestGroupLost, errc::kAgentUnreachable})
    EXPECT_EQ(Error({code, ""}).kind(), ErrorKind::kTransient) << code;
}

TEST(ErrorKind, AServerThatSaysNoForGoodIsRefusedNotTransient) {
  EXPECT_EQ(Error({errc::kImapAuth, ""}).kind(), ErrorKind::kRefused);
  EXPECT_EQ(Error({errc::kSmtpPermanent, ""}).kind(), ErrorKind::kRefused);
  EXPECT_EQ(Error({errc::kImapRefused, ""}).kind(), ErrorKind::kRefused);
}

TEST(ErrorKind, WholeCodesWinOverTheirFamily) {
  EXPECT_EQ(Error({errc::kImapMissing, ""}).kind(), ErrorKind::kNotFound) << "not imap.'s transient";
  EXPECT_EQ(Error({errc::kImapTooLarge, ""}).kind(), ErrorKind::kInput);
  EXPECT_EQ(Error({errc::kAgentNotAllowed, ""}).kind(), ErrorKind::kNotAllowed);
  EXPECT_EQ(Error({"io.unreadable", ""}).kind(), ErrorKind::kNotFound);
  EXPECT_EQ(Error({"io.too_large", ""}).kind(), ErrorKind::kInput);
}

TEST(ErrorKind, FilesTheAdminWroteAreConfiguration) {
  for (const char* code : {"config.syntax", "rules.invalid", "template.unknown", "secret.missing", "calendar.zone",
                           "health.listen", "instance.running", "db.open"})
    EXPECT_EQ(Error({code, ""}).kind(), ErrorKind::kConfiguration) << code;
}

TEST(ErrorKind, BadMessagesAndRequestsAreInputAndCommandLinesAreUsage) {
  EXPECT_EQ(Error({"parse.failed", ""}).kind(), ErrorKind::kInput);
  EXPECT_EQ(Error({"labels.missing", ""}).kind(), ErrorKind::kInput);
  EXPECT_EQ(Error({"usage.level", ""}).kind(), ErrorKind::kUsage);
  EXPECT_EQ(Error({"time.format", ""}).kind(), ErrorKind::kUsage);
}

TEST(ErrorKind, AnUnknownCodeIsInternalNotSilentlyRetried) {
  EXPECT_EQ(Error({"db.error", ""}).kind(), ErrorKind::kInternal);
  EXPECT_EQ(Error({"imapx.network", ""}).kind(), ErrorKind::kInternal) << "a prefix is a whole family name";
  EXPECT_EQ(Error({"", ""}).kind(), ErrorKind::kInternal);
}

}  // namespace
}  // namespace billet

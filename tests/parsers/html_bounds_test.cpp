// Resources are bounded (issue 11): any HTML body parses in memory <= 4 x the message's size +
// 64 MB, and keeps its text. Each shape is parsed in a child process whose peak RSS the kernel
// reports (wait4). Time is measured in bench/html_bounds, not here; a regression to the old
// quadratic behaviour shows here as gigabytes (and as a ctest time-out).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parsers/message_parser.h"
#include "support/hostile_html.h"

namespace billet::parsers {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr long kSanitizerSlackKb = 512 * 1024;  // shadow memory and the 256 MB free quarantine
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kSanitizerSlackKb = 512 * 1024;
#else
constexpr long kSanitizerSlackKb = 0;
#endif
#else
constexpr long kSanitizerSlackKb = 0;
#endif

constexpr size_t kMessageBytes = 1u << 20;

enum ChildExit { kParsedWithText = 0, kTextLost = 2, kParseFailed = 3 };

class HtmlBounds : public ::testing::TestWithParam<testing::HtmlShape> {};

TEST_P(HtmlBounds, ParsesWithinFourTimesItsSizePlus64MegabytesAndKeepsItsText) {
  const testing::HtmlShape shape = GetParam();
  const std::string raw = testing::hostile_html_message(shape, kMessageBytes);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto parsed = parse_message(raw);
    if (!parsed) _exit(kParseFailed);
    if (shape.text_survives && parsed->text.find(testing::kHtmlSentinel) == std::string::npos) _exit(kTextLost);
    _exit(kParsedWithText);
  }
  int status = 0;
  rusage usage{};
  ASSERT_EQ(wait4(child, &status, 0, &usage), child);
  ASSERT_TRUE(WIFEXITED(status)) << shape.name << " killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), kParsedWithText) << shape.name << " (2: text lost, 3: parse failed)";
  const long bound_kb = static_cast<long>(4 * raw.size() / 1024) + 64 * 1024 + kSanitizerSlackKb;
  EXPECT_LE(usage.ru_maxrss, bound_kb) << shape.name << ": peak RSS " << usage.ru_maxrss << " KB";
}

INSTANTIATE_TEST_SUITE_P(EveryHostileShape, HtmlBounds, ::testing::ValuesIn(testing::hostile_html_shapes()),
                         [](const auto& shape_info) { return std::string(shape_info.param.name); });

TEST(HtmlBoundsFlattening, DeepHtmlIsFlattenedWithADefectAndShallowHtmlIsNot) {
  auto deep = parse_message(testing::hostile_html_message(testing::hostile_html_shapes()[1], 64 << 10));
  ASSERT_TRUE(deep.ok());
  bool flattened = false;
  for (const auto& d : deep->defects) flattened |= d.rfind("html.flattened", 0) == 0;
  EXPECT_TRUE(flattened);
  auto normal = parse_message("From: a@b.c\nContent-Type: text/html\n\n<div><p>Bonjour <b>équipe</b></p>"
                              "<blockquote>cité</blockquote></div>\n");
  ASSERT_TRUE(normal.ok());
  EXPECT_TRUE(normal->defects.empty());
  EXPECT_EQ(normal->text, "Bonjour équipe\n\n> cité");
}

}  // namespace
}  // namespace billet::parsers

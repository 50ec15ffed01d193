#include "parsers/html_text.h"

#include <gtest/gtest.h>

namespace billet::parsers {
namespace {

TEST(HtmlText, BlocksBecomeLinesAndEntitiesAreDecoded) {
  EXPECT_EQ(html_to_text("<p>Bonjour&nbsp;&eacute;quipe,</p><div>ligne&nbsp;2<br>ligne 3</div>"),
            "Bonjour\xC2\xA0\xC3\xA9quipe,\n\nligne\xC2\xA0" "2\nligne 3");
}

TEST(HtmlText, ScriptsStylesAndHeadAreDropped) {
  EXPECT_EQ(html_to_text("<html><head><title>T</title><style>p{}</style></head><body>"
                         "<script>alert(1)</script>Visible</body></html>"),
            "Visible");
}

TEST(HtmlText, ListsAndBlockquotes) {
  EXPECT_EQ(html_to_text("<ul><li>un</li><li>deux</li></ul><blockquote>cité<p>encore</p></blockquote>"),
            "- un\n- deux\n> cité\n> encore");
}

TEST(HtmlText, InlineWhitespaceCollapses) {
  EXPECT_EQ(html_to_text("<p>a\n   b\t<b>c</b> </p>"), "a b c");
}

TEST(HtmlText, BrokenHtmlStillYieldsText) {
  EXPECT_EQ(html_to_text("<div><p>unclosed <b>bold"), "unclosed bold");
  EXPECT_EQ(html_to_text(""), "");
}

TEST(HtmlText, MetaCharsetIsSniffed) {
  EXPECT_EQ(sniff_html_charset("<meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(sniff_html_charset("<meta http-equiv=Content-Type content=\"text/html; charset=koi8-r\">"), "koi8-r");
  EXPECT_EQ(sniff_html_charset("<p>none</p>"), "");
}

}  // namespace
}  // namespace billet::parsers

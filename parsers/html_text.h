#pragma once
// HTML to readable plain text, with a real HTML5 parser (gumbo).
#include <string>
#include <string_view>

namespace billet::parsers {

// Block elements become line breaks, entities are decoded, <script>/<style>/<head> are dropped,
// list items get "- ", and <blockquote> content is prefixed with "> " so that the quote stripper
// treats it as quoted. Input and output are UTF-8.
std::string html_to_text(std::string_view html);

// The same, and whether the document was flattened first. Cost bound: gumbo is linear in its input
// but quadratic in the depth of the open-element stack, so a document whose estimated nesting
// exceeds kMaxHtmlNesting (or that reopens many formatting elements, or is over kMaxHtmlParsedBytes)
// is flattened before gumbo sees
// it: every tag dropped except line breaks where blocks were. Its text is kept, its quoting is not.
// Time and memory are then linear in the input's size whatever its shape.
struct HtmlText {
  std::string text;
  bool flattened = false;
  bool repaired = false;  // the conversion produced invalid UTF-8, replaced with U+FFFD
};
inline constexpr int kMaxHtmlNesting = 200;
// gumbo's tree and text buffers cost several times the document: larger documents are flattened.
inline constexpr size_t kMaxHtmlParsedBytes = 8u << 20;
HtmlText html_to_text_bounded(std::string_view html);

// The charset an HTML document declares in <meta charset> or http-equiv Content-Type, or "".
std::string sniff_html_charset(std::string_view html);

}  // namespace billet::parsers

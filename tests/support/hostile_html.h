#pragma once
// Hostile HTML shapes (the class of "small HTML, huge cost"), shared by the bound test and the
// bench. Each shape is a unit repeated to a size; `%` in a unit is replaced by the repeat index so
// that attributes differ (which defeats gumbo's "Noah's ark" de-duplication).
#include <ostream>
#include <string>
#include <vector>

namespace billet::testing {

struct HtmlShape {
  const char* name;
  const char* unit;
  bool text_survives;  // a browser shows the sentinel after it (false: e.g. an unclosed tag eats it)
  const char* media_type = "text/html";
};

inline void PrintTo(const HtmlShape& shape, std::ostream* os) { *os << shape.name; }

inline const std::vector<HtmlShape>& hostile_html_shapes() {
  static const std::vector<HtmlShape> shapes = {
      {"unclosed_bold", "<b>x", true},
      {"unclosed_div", "<div>", true},
      {"unclosed_table_row_cell", "<table><tr><td>", true},
      {"reopened_formatting", "<div><b id=%></div>x", true},
      {"anchor_div_anchor", "<a><div><a>x", true},
      {"unclosed_blockquote", "<blockquote>q", true},
      {"unclosed_list", "<ul><li>x", true},
      {"unclosed_paragraph", "<p>t", true},
      {"unclosed_font", "<font color=red>t", true},
      {"foster_parented", "<table>x<b>y", true},
      {"svg_groups", "<svg><g>", true},
      {"closed_spans", "<span>a</span>", true},
      {"end_tags_only", "</p>", true},
      {"line_breaks", "<br>", true},
      {"entities", "&eacute;&amp;&#x41;&nbsp;", true},
      {"lone_less_than", "a < b <", false},
      {"open_comment", "<!-- a", false},
      {"open_attribute", "<a href=\"x", false},
      {"plain_text", "Bonjour le monde ", true},
      // The same class in plain text: line-oriented code must not be quadratic or index-hungry.
      {"text_star_line", "*", true, "text/plain"},
      {"text_empty_lines", "\n", true, "text/plain"},
      {"text_quote_lines", "> a\n", true, "text/plain"},
      {"text_attribution_lines", "Le lundi a\n", true, "text/plain"},
  };
  return shapes;
}

inline constexpr const char* kHtmlSentinel = "SENTINELLE-FIN";

// A text/html message of about `bytes` bytes: the shape repeated, then the sentinel.
inline std::string hostile_html_message(const HtmlShape& shape, size_t bytes) {
  std::string body;
  body.reserve(bytes + 64);
  const std::string unit = shape.unit;
  for (size_t i = 0; body.size() < bytes; ++i) {
    const size_t at = unit.find('%');
    body += at == std::string::npos ? unit : unit.substr(0, at) + std::to_string(i) + unit.substr(at + 1);
  }
  return "From: a@b.c\nSubject: html\nContent-Type: " + std::string(shape.media_type) + "; charset=utf-8\n\n" + body +
         "\n" + kHtmlSentinel + "\n";
}

}  // namespace billet::testing

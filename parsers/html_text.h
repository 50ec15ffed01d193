#pragma once
// HTML to readable plain text, with a real HTML5 parser (gumbo).
#include <string>
#include <string_view>

namespace billet::parsers {

// Block elements become line breaks, entities are decoded, <script>/<style>/<head> are dropped,
// list items get "- ", and <blockquote> content is prefixed with "> " so that the quote stripper
// treats it as quoted. Input and output are UTF-8.
std::string html_to_text(std::string_view html);

// The charset an HTML document declares in <meta charset> or http-equiv Content-Type, or "".
std::string sniff_html_charset(std::string_view html);

}  // namespace billet::parsers

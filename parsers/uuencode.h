#pragma once
// Inline uuencoded files in a plain-text body ("begin 644 name" ... "end"), as old mailers and
// some scanners still send them: taken out of the text and returned as attachments.
#include <string>
#include <vector>

namespace billet::parsers {

struct UuencodedFile {
  std::string name;   // as given on the begin line, path components removed
  std::string bytes;  // decoded
};

// Removes every complete, well-formed block from `text` ('\n' line ends) and returns the files
// in order; a block that is cut short or holds a line that is not uuencode stays in the text.
// Linear in the text.
std::vector<UuencodedFile> extract_uuencoded(std::string& text);

}  // namespace billet::parsers

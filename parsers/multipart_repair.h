#pragma once
// Closes multiparts that a sender left open, so that the parts after them are not lost.
//
// mimetic ends *every* open multipart when it meets the delimiter of an outer one ("FIXME: handle
// HigherLevelClosingBoundary" in its itparser.h): an inner multipart whose boundary never appears,
// or that is never closed, takes every later sibling of its parent with it. This pass walks the
// MIME structure as mimetic will (a line *starting* with "--boundary", innermost first) and, where
// an outer delimiter arrives while inner multiparts are open, inserts their closing delimiters
// just before it. Linear in the message; copies it only when a repair is made.
#include <string>
#include <string_view>

namespace billet::parsers {

// Returns true and fills `repaired` when `raw` needed closing delimiters; false (and `repaired`
// untouched) otherwise, or when the structure is beyond what the pass follows (boundaries over
// 256 bytes, nesting over 100).
bool close_unclosed_multiparts(std::string_view raw, std::string& repaired);

}  // namespace billet::parsers

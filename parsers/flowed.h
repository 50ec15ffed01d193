#pragma once
// text/plain; format=flowed (RFC 3676): soft line breaks undone so that a paragraph is one line.
#include <string>
#include <string_view>

namespace billet::parsers {

// `text` with '\n' line ends (already decoded to UTF-8). A line ending in a space flows into the
// next one of the same quote depth; the signature separator "-- " never flows; one space-stuffing
// space is removed; `delete_space` (DelSp=yes) drops the space of each soft break. Quoted lines
// come out as ">" per level and one space. Linear; never longer than `text` plus one space per
// quoted line.
std::string unflow(std::string_view text, bool delete_space);

}  // namespace billet::parsers

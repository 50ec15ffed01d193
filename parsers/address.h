#pragma once
// RFC 5322 address lists (with the obsolete forms real mail uses), display names decoded to UTF-8.
#include <string>
#include <string_view>
#include <vector>

namespace billet::parsers {

struct Address {
  std::string name;     // display name, UTF-8, may be empty
  std::string address;  // addr-spec as written ("local@domain"); may lack a domain in broken mail
  bool operator==(const Address&) const = default;
};

// Parses `a@b, "Name" <c@d>, Group: e@f;, g@h (Comment Name)`. Never fails: unparseable
// pieces become an Address with what could be read.
std::vector<Address> parse_address_list(std::string_view raw);

// The first address of a list, or an empty Address.
Address parse_first_address(std::string_view raw);

}  // namespace billet::parsers

#pragma once
// The console's languages: French first, English on request (a cookie set by /lang/en or
// /lang/fr). Pages are written in French with every interface phrase marked {{like this}};
// localized() resolves the marks. escape() encodes { and }, so no mark can come from a client's
// words: what a client wrote is never translated or altered.
#include <string>

namespace billet::web {

// `html` with every {{phrase}} replaced by its English (english) or by itself (French); a phrase
// without an English entry stays French.
std::string localized(const std::string& html, bool english);

}  // namespace billet::web

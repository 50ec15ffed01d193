#pragma once
// The author's own new text: what remains of a message body once quoted replies, forwarded
// blocks and signatures are removed (policy.md section 2). The classifier reads only this.
#include <string>
#include <string_view>

namespace billet::parsers {

struct NewTextSplit {
  std::string new_text;  // the author's words, trimmed
  std::string cut_at;    // why the rest was cut: "signature", "attribution", "original-message",
                         // "outlook-header", "forwarded", or "" when nothing was cut
  bool removed_quote_lines = false;  // some "> " lines were dropped
  // The author's few words adopt the forwarded or copied original ("Same here.", « C'est pareil
  // pour nous. »): its text (header fields and quoted lines left out) follows theirs in new_text.
  bool adopted_original = false;
};

// `text` is UTF-8 with LF line ends. Cuts at the first of:
//  - a signature delimiter line ("-- " or "--");
//  - an attribution line: « Le … a écrit : », "On … wrote:" (possibly wrapped over 3 lines);
//  - "-----Original Message-----", « -----Message d'origine----- », forwarded-message markers;
//  - an Outlook header block: « De : … » / "From: …" followed within 4 lines by « Envoyé : »,
//    "Sent:", "Date:", « À : » or "To:" (an "____" rule line before it is cut too).
// Lines starting with '>' are dropped wherever they are. A forwarded or copied original that the
// author's few words (25 at most) adopt as theirs ("Same here", « pareil pour nous ») or hand over
// to support ("See below from our clerk.", « Une citoyenne nous signale ceci : » over '>' lines
// under no attribution) is kept after them.
NewTextSplit split_new_text(std::string_view text);

}  // namespace billet::parsers

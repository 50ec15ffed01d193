#include "parsers/new_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

// Lower-cased, with NBSP (U+00A0, U+202F) read as spaces and French accents on the few
// marker words folded, so that the markers below can be matched with plain ASCII.
std::string marker_form(std::string_view line) {
  std::string s;
  for (size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xA0) {
      s += ' ';
      ++i;
    } else if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
               static_cast<unsigned char>(line[i + 2]) == 0xAF) {
      s += ' ';
      i += 2;
    } else if (c == 0xC3 && i + 1 < line.size()) {
      const auto d = static_cast<unsigned char>(line[i + 1]);
      if (d == 0xA9 || d == 0x89 || d == 0xA8 || d == 0xAA) s += 'e';       // é É è ê
      else if (d == 0xA0 || d == 0x80 || d == 0xA2) s += 'a';              // à À â
      else if (d == 0xA7 || d == 0x87) s += 'c';                           // ç Ç
      else s += '?';
      ++i;
    } else {
      s += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
  }
  return std::string(trim(s));
}

bool is_signature_delimiter(std::string_view raw_line) {
  std::string_view l = raw_line;
  while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
  return l == "--" || l == "\xE2\x80\x94 " || l == "\xE2\x80\x94";  // "--" or an em dash alone
}

bool ends_with_colon_phrase(const std::string& m, std::string_view phrase) {
  // "a ecrit :" / "wrote:" at the end of the (joined) attribution, spaces before ':' allowed.
  std::string s = m;
  while (!s.empty() && (s.back() == ' ' || s.back() == ':')) {
    if (s.back() == ':') {
      s.pop_back();
      while (!s.empty() && s.back() == ' ') s.pop_back();
      return s.size() >= phrase.size() && s.compare(s.size() - phrase.size(), phrase.size(), phrase) == 0;
    }
    s.pop_back();
  }
  return false;
}

bool is_attribution_start(const std::string& m) {
  return m.rfind("le ", 0) == 0 || m.rfind("on ", 0) == 0 || m.rfind("am ", 0) == 0 ||
         m.rfind("el ", 0) == 0;
}

bool is_attribution_end(const std::string& joined) {
  return ends_with_colon_phrase(joined, "a ecrit") || ends_with_colon_phrase(joined, "wrote") ||
         ends_with_colon_phrase(joined, "schrieb") || ends_with_colon_phrase(joined, "escribio") ||
         ends_with_colon_phrase(joined, "a ecrit le");
}

bool is_original_message_marker(const std::string& m) {
  if (m.rfind("--", 0) != 0 && m.rfind("__", 0) != 0 && m.rfind("begin forwarded message", 0) != 0 &&
      m.rfind("debut du message", 0) != 0)
    return false;
  for (const char* marker : {"original message", "message d'origine", "message d?origine", "forwarded message",
                             "message transfere", "begin forwarded message", "debut du message reexpedie",
                             "message original"})
    if (m.find(marker) != std::string::npos) return true;
  return false;
}

bool is_header_field(const std::string& m, std::initializer_list<const char*> names) {
  std::string s = m;
  s.erase(0, std::min(s.size(), s.find_first_not_of("* ")));  // "*From:*" in plain text of HTML
  for (const char* name : names) {
    const std::string n(name);
    if (s.rfind(n, 0) != 0) continue;
    size_t i = n.size();
    while (i < s.size() && (s[i] == ' ' || s[i] == '*')) ++i;
    if (i < s.size() && s[i] == ':') return true;
  }
  return false;
}

// A quoted header's From names someone ("From: Karen Lee", "De : x@y.ca"); an incident form's
// "From: 08:00 / To: ongoing" names times and stays the author's text.
bool is_from_line(const std::string& m) {
  if (!is_header_field(m, {"de", "from", "von", "expediteur"})) return false;
  const std::string_view value = std::string_view(m).substr(m.find(':') + 1);
  return std::any_of(value.begin(), value.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '@'; });
}
// The field that makes the block a quoted header: a date or a subject, among the fields after From.
bool is_header_date_or_subject(const std::string& m) {
  return is_header_field(m, {"envoye", "sent", "date", "objet", "subject", "envoye le"});
}
// A field of a quoted header block after its From (blank lines may part them).
bool is_header_follow_line(const std::string& m) {
  return is_header_date_or_subject(m) || is_header_field(m, {"a", "to", "cc"});
}

bool is_rule_line(const std::string& m) {
  if (m.size() < 10) return false;
  for (const char c : m)
    if (c != '_' && c != '-') return false;
  return true;
}

// Lines are read forward from an offset, without an index: the memory a text costs here does not
// grow with its number of lines.
struct LineAt {
  std::string_view line;  // without its '\n' (and a '\r' before it)
  size_t next;            // offset just past the line end
};

LineAt line_at(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  const size_t end = nl == std::string_view::npos ? text.size() : nl;
  std::string_view line = text.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return {line, nl == std::string_view::npos ? text.size() : nl + 1};
}

// The start of the line before the one that starts at `line_start` (> 0).
size_t previous_line_start(std::string_view text, size_t line_start) {
  if (line_start < 2) return 0;
  const size_t nl = text.rfind('\n', line_start - 2);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// `words` in marker form with every run of other characters read as one space, padded with a space
// at each end (" see below from our clerk "), so that phrases match on word boundaries.
std::string padded_words(std::string_view words) {
  std::string padded = " ";
  for (const char c : marker_form(words)) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (letter || padded.back() != ' ') padded += letter ? c : ' ';
  }
  if (padded.back() != ' ') padded += ' ';
  return padded;
}

// Whether the author's few words hand the original below over to support to act on ("See below
// from our comms team.", « Je vous transfère le courriel de notre coordonnateur. », « Une citoyenne
// nous signale ceci : »): they point at it, ask nothing of their own (no '?': a question is their
// report) and do not close it ("resolved", "for your records", « pour information seulement »).
// `m` is padded_words(author_words).
bool hands_over_the_original(const std::string& m, std::string_view author_words) {
  if (author_words.find('?') != std::string_view::npos) return false;
  static const char* const kClosing[] = {
      " resolved ",    " fixed ",     " solved ",       " for your records ", " for the record ",
      " no action ",   " nothing to do ", " all good now ", " regle ",         " reglee ",
      " resolu ",      " resolue ",   " corrige ",      " corrigee ",         " aucune action ",
      " pour vos dossiers ", " pour information seulement ", " a titre informatif ", " a titre d information ",
      " nothing for you ", " no need ",  " rien a faire ", " pas besoin ", " aucune intervention "};
  for (const char* phrase : kClosing)
    if (m.find(phrase) != std::string::npos) return false;
  static const char* const kPointing[] = {
      " below ",       " see under ",   " as follows ",  " the following ", " forwarding ", " forwarded ",
      " i forward ",   " we forward ",  " fyi ",         " ci dessous ",    " plus bas ",   " en dessous ",
      " transfere ",   " transferer ",  " voici ",       " ceci ",          " suivant ",    " suivante "};
  const auto points = [](const std::string& padded) {
    return std::any_of(std::begin(kPointing), std::end(kPointing),
                       [&](const char* phrase) { return padded.find(phrase) != std::string::npos; });
  };
  if (!points(m)) return false;
  // "see below: we need the PO number by noon": the author points, then tells it in their words.
  for (size_t pos = 0; pos < author_words.size();) {
    const LineAt at = line_at(author_words, pos);
    pos = at.next;
    const size_t colon = at.line.find(':');
    if (colon != std::string_view::npos && points(padded_words(at.line.substr(0, colon))) &&
        std::any_of(at.line.begin() + static_cast<std::ptrdiff_t>(colon), at.line.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return false;
  }
  return true;
}

// Whether the author's few words (at most kAdoptingWords) take the original below as their own
// report: "Same here.", « Voir plus bas, c'est pareil pour nous. », "We see the same thing".
constexpr size_t kAdoptingWords = 25;
bool adopts_the_original(std::string_view author_words) {
  const std::string m = padded_words(author_words);
  const auto words = static_cast<size_t>(std::count(m.begin(), m.end(), ' ')) - 1;  // one space after each word
  if (words == 0 || words > kAdoptingWords) return false;
  static const char* const kPhrases[] = {
      " same here ",       " same for us ",      " same thing here ",      " same thing for us ",
      " same problem ",    " same issue ",       " we have the same ",     " we see the same ",
      " seeing the same ", " us too ",           " c est pareil ",         " pareil pour nous ",
      " pareil ici ",      " pareil chez nous ", " meme chose ici ",       " meme chose pour nous ",
      " meme chose chez nous ", " meme probleme ", " meme souci ",         " nous aussi ",
      // the original told as what happens here ("FYI, see below" alone adopts nothing): "This is
      // happening to everyone who calls in", « ça arrive à tout le monde ici »
      " this is happening ", " it s happening ",  " happening to everyone ", " happening to all ",
      " ca arrive a tout le monde ", " c est ce qui se passe ", " ca nous arrive "};
  for (const char* phrase : kPhrases)
    if (m.find(phrase) != std::string::npos) return true;
  return hands_over_the_original(m, author_words);
}

// The text of a forwarded or copied original from `from` (its marker or header line): its lines
// without the marker, the header fields, quoted ('>') lines, up to a signature or another original.
std::string original_text(std::string_view text, size_t from) {
  std::string out;
  bool in_header = true;  // the marker and the header fields right after it
  for (size_t pos = from; pos < text.size();) {
    const LineAt line = line_at(text, pos);
    pos = line.next;
    const std::string m = marker_form(line.line);
    if (in_header) {
      const bool header = is_original_message_marker(m) || is_rule_line(m) || is_from_line(m) || is_header_follow_line(m);
      if (m.empty() || header) continue;
      in_header = false;
    }
    if (is_signature_delimiter(line.line) || is_original_message_marker(m)) break;
    if (!line.line.empty() && line.line.front() == '>') continue;
    out.append(line.line);
    out += '\n';
  }
  return std::string(trim(out));
}

// The '>' lines before `end`, without their quote marks and without the header fields of a
// quoted header ("> From: Comms <comms@x>"). Only called for the author's own uncut text.
std::string quoted_lines_text(std::string_view text, size_t end) {
  std::string out;
  for (size_t pos = 0; pos < end;) {
    const LineAt line = line_at(text, pos);
    pos = line.next;
    if (line.line.empty() || line.line.front() != '>') continue;
    std::string_view unquoted = line.line;
    while (!unquoted.empty() && (unquoted.front() == '>' || unquoted.front() == ' ')) unquoted.remove_prefix(1);
    const std::string m = marker_form(unquoted);
    if (is_from_line(m) || is_header_follow_line(m)) continue;
    out.append(unquoted);
    out += '\n';
  }
  return std::string(trim(out));
}

}  // namespace

// Bottom-posted and interleaved replies: the author's lines are those after the attribution that
// are not quoted ('>'), up to a signature or another quoted original. Empty when there are none.
std::string lines_after_quote(std::string_view text, size_t from) {
  std::string out;
  for (size_t pos = from; pos < text.size();) {
    const LineAt line = line_at(text, pos);
    pos = line.next;
    if (is_signature_delimiter(line.line) || is_original_message_marker(marker_form(line.line))) break;
    if (!line.line.empty() && line.line.front() == '>') continue;
    out.append(line.line);
    out += '\n';
  }
  return std::string(trim(out));
}

NewTextSplit split_new_text(std::string_view text) {
  NewTextSplit result;
  size_t cut = text.size();  // offset of the first line cut away
  size_t attribution_end = 0;  // where the attribution lines end, when the cut is one
  for (size_t pos = 0; pos < text.size() && cut == text.size();) {
    const LineAt current = line_at(text, pos);
    const std::string m = marker_form(current.line);
    if (is_signature_delimiter(current.line)) {
      cut = pos;
      result.cut_at = "signature";
    } else if (is_original_message_marker(m)) {
      cut = pos;
      result.cut_at = m.find("forward") != std::string::npos || m.find("transfer") != std::string::npos ||
                              m.find("reexped") != std::string::npos
                          ? "forwarded"
                          : "original-message";
    } else if (is_attribution_start(m) || m.find(" a ecrit") != std::string::npos || m.find(" wrote") != std::string::npos) {
      std::string joined = m;
      size_t at = pos;
      // An attribution wraps over the lines right after its start, never over a blank line nor
      // into a line that starts an attribution itself: « Le problème n'est pas réglé. » above a
      // blank line and « Le 2 déc. ..., Soutien a écrit : » is the author's sentence, kept.
      for (int k = 0; k < 3 && at < text.size(); ++k) {
        const LineAt line = line_at(text, at);
        if (k > 0) {
          const std::string next = marker_form(line.line);
          if (next.empty() || is_attribution_start(next)) break;
          joined += " " + next;
        }
        if (is_attribution_end(joined)) {
          cut = pos;
          result.cut_at = "attribution";
          attribution_end = line.next;
          break;
        }
        at = line.next;
      }
    } else if (is_from_line(m)) {
      size_t at = current.next;
      for (int k = 1; k <= 4 && at < text.size(); ++k) {
        const LineAt line = line_at(text, at);
        const std::string follow = marker_form(line.line);
        if (is_header_date_or_subject(follow)) {
          cut = pos;
          result.cut_at = "outlook-header";
          break;
        }
        if (!follow.empty() && !is_header_follow_line(follow)) break;  // blank lines may part the fields (mail converted from HTML)
        at = line.next;
      }
      if (cut == pos && pos > 0) {
        // An Outlook rule line ("_____") just above the header block belongs to the quote.
        size_t j = pos;
        while (j > 0 && trim(line_at(text, previous_line_start(text, j)).line).empty()) j = previous_line_start(text, j);
        if (j > 0 && is_rule_line(marker_form(line_at(text, previous_line_start(text, j)).line)))
          cut = previous_line_start(text, j);
      }
    }
    pos = current.next;
  }
  std::string out;
  out.reserve(cut);  // no doubling copy for a long text
  for (size_t pos = 0; pos < cut;) {
    const LineAt line = line_at(text, pos);
    pos = line.next;
    if (!line.line.empty() && line.line.front() == '>') {
      result.removed_quote_lines = true;
      continue;
    }
    out.append(line.line);
    out += '\n';
  }
  const std::string_view trimmed = trim(out);
  const size_t leading = static_cast<size_t>(trimmed.data() - out.data());
  out.resize(leading + trimmed.size());  // trimmed in place
  out.erase(0, leading);
  if (out.empty() && result.cut_at == "attribution") {
    // Nothing above "... wrote:": the author wrote below or between the quoted lines.
    out = lines_after_quote(text, attribution_end);
    if (!out.empty()) result.cut_at = "bottom-post";
  }
  // "FW: ... / Same here.": a forwarded or copied original the author's few words adopt is read
  // as theirs (the author wrote nothing else about it).
  if ((result.cut_at == "forwarded" || result.cut_at == "original-message" || result.cut_at == "outlook-header") &&
      adopts_the_original(out)) {
    const std::string original = original_text(text, cut);
    if (!original.empty()) {
      out += "\n\n" + original;
      result.adopted_original = true;
    }
  }
  // « Une citoyenne nous signale ceci : / > ... »: a copied original quoted with '>' under no
  // attribution, which the author's few words hand over or adopt, is read as theirs too.
  if ((result.cut_at.empty() || result.cut_at == "signature") && result.removed_quote_lines &&
      adopts_the_original(out)) {
    const std::string quoted = quoted_lines_text(text, cut);
    if (!quoted.empty()) {
      out += "\n\n" + quoted;
      result.adopted_original = true;
    }
  }
  result.new_text = std::move(out);
  return result;
}

}  // namespace billet::parsers

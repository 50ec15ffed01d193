#include "triage/text_fold.h"

#include <cstdint>
#include <utility>

#include "common/utf8.h"

namespace billet::triage {
namespace {

uint32_t decode(std::string_view s, size_t i, size_t& len) { return utf8::decode(s, i, len); }
void append_utf8(std::string& out, uint32_t cp) { utf8::append(out, cp); }

// The folded form of one code point ("" to drop it).
std::string fold_codepoint(uint32_t cp) {
  // Latin-1 Supplement letters, upper and lower case.
  static const char* const kLatin1[] = {
      /*C0*/ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      /*D0*/ "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      /*E0*/ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      /*F0*/ "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0]) return kLatin1[cp - 0xC0];
  switch (cp) {
    case 0x0152: case 0x0153: return "oe";
    case 0x0178: return "y";
    case 0x0160: case 0x0161: return "s";
    case 0x017D: case 0x017E: return "z";
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: case 0x00B4: return "'";
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: return "\"";
    case 0x2013: case 0x2014: case 0x2212: return "-";
    case 0x00A0: case 0x202F: case 0x2009: return " ";
    default: break;
  }
  // Latin Extended-A: pairs (even upper, odd lower) of accented letters; fold by base letter.
  if (cp >= 0x0100 && cp <= 0x017F) {
    static const char kBase[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const size_t idx = cp - 0x0100;
    if (idx < sizeof(kBase) - 1) return std::string(1, kBase[idx]);
  }
  std::string out;
  append_utf8(out, cp);
  return out;
}

// Appends the folded form of one code point to `out` (ASCII without building a string).
void append_folded(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  else out += fold_codepoint(cp);
}

bool is_word_char(uint32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return true;
  if (cp < 0xC0) return false;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x1F000) return false;                 // emoji
  return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 1;
    const uint32_t cp = decode(utf8, i, len);
    append_folded(out, cp);
    i += len;
  }
  return out;
}

namespace {

// Whether `word` (just before a full stop, as written) is a title or an initial: « M. Boucher »,
// "Dr. Lee", "J. Tremblay" end no sentence.
bool abbreviation(std::string_view written, const std::string& folded) {
  static const char* const kTitles[] = {"m", "mm", "mme", "mmes", "mlle", "me", "mr", "mrs", "ms", "dr", "st", "ste", "mgr", "pr"};
  for (const char* title : kTitles)
    if (folded == title) return true;
  return written.size() == 1 && written[0] >= 'A' && written[0] <= 'Z';
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Whether a closing quotation mark (", ', », ”, ’) follows at `at`, after spaces.
bool quote_follows(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  if (text.compare(at, 2, "\xC2\xA0") == 0) at += 2;        // no-break space
  else if (text.compare(at, 3, "\xE2\x80\xAF") == 0) at += 3;  // narrow no-break space
  return at < text.size() && (text[at] == '"' || text[at] == '\'' || text.compare(at, 2, "\xC2\xBB") == 0 ||
                              text.compare(at, 3, "\xE2\x80\x9D") == 0 || text.compare(at, 3, "\xE2\x80\x99") == 0);
}

// Whether the character at `at` (`length` bytes) belongs to an ellipsis ("…", "..") that a
// closing quotation mark follows: « Chargement… », "it says 'Loading...'" quote an unfinished
// word, they end no sentence.
bool ellipsis_closes_a_quote(std::string_view text, size_t at, size_t length) {
  auto dot_at = [&](size_t k) { return k < text.size() && text[k] == '.'; };
  const bool ellipsis = length == 3 || (text[at] == '.' && (dot_at(at + 1) || (at > 0 && text[at - 1] == '.')));
  if (!ellipsis) return false;
  // Six characters at most, so a run of a million dots costs six looks a dot, not a million.
  size_t end = at;
  for (int seen = 0; end < text.size() && (text[end] == '.' || text.compare(end, 3, "\xE2\x80\xA6") == 0); ++seen) {
    if (seen == 6) return false;
    end += text[end] == '.' ? 1 : 3;
  }
  return quote_follows(text, end);
}

// The byte length of a list marker at `at` ("- ", "* ", "• ", "– ", "2) ", "3. ", "b) ") with the
// blanks after it, else 0. A numbered one needs at most two digits or one letter.
size_t list_marker_length(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  const unsigned char first = static_cast<unsigned char>(text[at]);
  if (first != '-' && first != '*' && first != 0xE2 && first != 0xC2 && !(first >= '0' && first <= '9') &&
      !(first >= 'a' && first <= 'h'))
    return 0;  // most characters start no marker
  static constexpr std::string_view kBullets[] = {"-", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA"};
  size_t end = 0;
  for (const std::string_view bullet : kBullets)
    if (text.substr(at, bullet.size()) == bullet) end = at + bullet.size();
  if (end == 0) {
    size_t digits = at;
    while (digits < text.size() && digits - at < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
    const bool numbered = digits > at && digits - at <= 2;
    const bool lettered = digits == at && at < text.size() && text[at] >= 'a' && text[at] <= 'h';
    const size_t mark = numbered ? digits : lettered ? at + 1 : at;
    if (mark == at || mark >= text.size() || !(text[mark] == ')' || (numbered && text[mark] == '.'))) return 0;
    end = mark + 1;
  }
  if (end >= text.size() || (text[end] != ' ' && text[end] != '\t')) return 0;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return end - at;
}

}  // namespace

size_t contraction_without_apostrophe(std::string_view folded) {
  if (folded.size() < 4 || folded.back() != 't' || folded[folded.size() - 2] != 'n') return 0;
  static const char* const kContractions[] = {"cant", "wont", "doesnt", "isnt", "arent", "wasnt", "werent", "didnt",
                                              "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "mustnt"};
  for (const char* c : kContractions)
    if (folded == c) return folded.size() - 1;
  return 0;
}

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  tokens.reserve(utf8.size() / 5 + 1);
  Token current;
  bool in_word = false;
  bool pause = false;  // a pause mark since the last word
  bool clause = false;  // a colon or semicolon since the last word
  int newlines = 0;
  bool line_start = true;  // only blanks since the text's start or the last line break
  bool item = false;       // a list marker since the last word
  auto end_word = [&] {
    if (in_word && !current.folded.empty()) {
      // "cant", "doesnt": written without its apostrophe, read as "can't", "doesn't".
      if (const size_t stem = contraction_without_apostrophe(current.folded)) {
        Token t{"t", current.begin + stem, current.end, false, current.hyphen_after, false};
        current.folded.resize(stem);
        current.end = current.begin + stem;
        current.hyphen_after = false;
        tokens.push_back(std::move(current));
        tokens.push_back(std::move(t));
      } else {
        tokens.push_back(std::move(current));
      }
    }
    current = Token{};
    in_word = false;
  };
  auto add_break = [&](size_t at) {
    if (!tokens.empty() && !tokens.back().is_break()) tokens.push_back(Token{"", at, at, false, false});
  };
  for (size_t i = 0; i < utf8.size();) {
    // A list item: "- the export fails" on a line of its own, "blurry. 3) most important".
    if (!in_word && (line_start || (!tokens.empty() && tokens.back().is_break())))
      if (const size_t marker = list_marker_length(utf8, i)) {
        add_break(i);
        item = true;
        line_start = false;
        i += marker;
        continue;
      }
    size_t len = 1;
    const uint32_t cp = decode(utf8, i, len);
    if (cp != ' ' && cp != '\t' && cp != '\r' && cp != '\n') line_start = false;
    if (cp == '\n') line_start = true;
    if (is_word_char(cp)) {
      if (!in_word) {
        current.begin = i;
        current.pause_before = pause;
        current.clause_before = clause;
        current.item_before = item;
        pause = false;
        clause = false;
        item = false;
        in_word = true;
      }
      append_folded(current.folded, cp);
      current.end = i + len;
      newlines = 0;
    } else {
      if (in_word && cp == '-') current.hyphen_after = true;
      end_word();
      // A full stop between two word characters ("somum.example", "noreply@ville.qc.ca", "3.5")
      // joins the parts of an address or a number; it ends no sentence.
      size_t next_len = 1;
      const bool inside_a_word = cp == '.' && i + len < utf8.size() && !tokens.empty() &&
                                 tokens.back().end == i && is_word_char(decode(utf8, i + len, next_len));
      const bool after_abbreviation = cp == '.' && !tokens.empty() && tokens.back().end == i && !tokens.back().is_break() &&
                                      abbreviation(utf8.substr(tokens.back().begin, tokens.back().end - tokens.back().begin),
                                                   tokens.back().folded);
      // A '?' or '!' right before a closing quotation mark ends a quoted word, not the sentence:
      // 'arrive with "?" in place of every accent', « le message « Continuer? » s'affiche ».
      const bool closes_a_quote = (cp == '?' || cp == '!') && quote_follows(utf8, i + len);
      const bool quoted_ellipsis = (cp == '.' || cp == 0x2026) && ellipsis_closes_a_quote(utf8, i, len);
      if (!quoted_ellipsis &&
          ((cp == '.' && !inside_a_word && !after_abbreviation) || ((cp == '!' || cp == '?') && !closes_a_quote) || cp == 0x2026))
        add_break(i);
      // A colon between two digits is part of a time or a ratio ("scheduled for 8:00 go out at
      // 13:00", "3:1"); it opens no clause.
      const bool colon_in_a_figure = cp == ':' && !tokens.empty() && tokens.back().end == i && is_ascii_digit(utf8[i - 1]) &&
                                     i + 1 < utf8.size() && is_ascii_digit(utf8[i + 1]);
      const bool opens_a_clause = cp == ';' || (cp == ':' && !colon_in_a_figure);
      // A closing bracket ends an aside: « (OUI/NON) ne sont plus » is negated by nothing in it.
      if (opens_a_clause || cp == ',' || cp == ')' || cp == ']') pause = true;
      if (opens_a_clause) clause = true;
      if (cp == '\n' && ++newlines >= 2) add_break(i);
      if (cp != '\n' && cp != '\r' && cp != ' ' && cp != '\t') newlines = 0;
    }
    i += len;
  }
  end_word();
  return tokens;
}

}  // namespace billet::triage

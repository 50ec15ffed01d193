#include "triage/sign_off.h"

#include <algorithm>
#include <vector>

#include "common/ascii.h"
#include "triage/text_fold.h"

namespace billet::triage {
namespace {

constexpr size_t kMaxClosingBytes = 40;
constexpr size_t kMaxBlockLines = 8;
constexpr size_t kMaxBlockLineBytes = 70;
constexpr size_t kMaxBlockLineWords = 6;
constexpr size_t kMaxClosingWords = 4;

size_t word_count(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A letter's formal closing formula, a sentence of its own: « Veuillez agréer, Madame, Monsieur,
// l'expression de nos sentiments distingués. », "Yours faithfully".
constexpr size_t kMaxFormalClosingWords = 25;
constexpr size_t kMaxFormalClosingBytes = 160;

bool starts_with_words(const std::string& words, std::string_view start) {
  return words.size() >= start.size() && words.compare(0, start.size(), start) == 0 &&
         (words.size() == start.size() || words[start.size()] == ' ');
}

bool is_closing(std::string_view line) {
  const size_t line_words = word_count(line);
  if (line.size() > kMaxFormalClosingBytes || line_words > kMaxFormalClosingWords) return false;
  // French formulas open with a request ("veuillez agréer") and name the regards they send.
  static const char* const kFormalOpenings[] = {"veuillez agreer", "veuillez recevoir", "je vous prie d agreer",
                                                "je vous prie de recevoir", "nous vous prions d agreer",
                                                "nous vous prions de recevoir", "agreez", "recevez"};
  static const char* const kRegards[] = {" sentiments", " salutations", " consideration", " expression", " respects"};
  static const char* const kFormalClosings[] = {"yours sincerely", "yours truly", "yours faithfully", "please accept our regards",
                                                "please accept my regards"};
  static const char* const kClosings[] = {
      "merci", "thanks", "thank you", "regards", "best", "cordialement", "salutations", "bonne journee",
      "bonne fin de journee", "bonne soiree", "sincerely", "cheers", "a bientot", "au plaisir", "respectueusement",
      "kind regards", "best regards", "warm regards", "many thanks", "mes salutations", "sinceres salutations",
      "meilleures salutations", "bien a vous", "amicalement"};
  const std::string folded = fold(line);
  std::string words;  // letters and single spaces only
  for (const char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) words += c;
    else if (!words.empty() && words.back() != ' ') words += ' ';
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  for (const char* formal : kFormalClosings)
    if (starts_with_words(words, formal)) return true;
  for (const char* opening : kFormalOpenings)
    if (starts_with_words(words, opening))
      for (const char* regards : kRegards)
        if (words.find(regards) != std::string::npos) return true;
  if (line.size() > kMaxClosingBytes || line_words > kMaxClosingWords) return false;
  for (const char* closing : kClosings)
    if (starts_with_words(words, closing)) return true;
  return false;
}

constexpr size_t kMaxNameBlockLines = 5;
constexpr size_t kMaxNameBlockLineWords = 12;
constexpr size_t kMaxNameBlockLineBytes = 100;

bool starts_upper(std::string_view word) {
  const auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // UTF-8 Latin-1 capitals À..Þ (except ×): C3 80..9E
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E && static_cast<unsigned char>(word[1]) != 0x97;
}

// "Pierre Morin", "Marie-Ève de la Durantaye", "R. Paquette": two to four words, each a capital
// first letter or a lower-case particle, the first one capitalised.
bool looks_like_a_name(std::string_view line) {
  static const char* const kParticles[] = {"de", "du", "des", "la", "le", "van", "von", "da", "di", "d'"};
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < line.size()) {
    const size_t space = line.find(' ', start);
    const size_t end = space == std::string_view::npos ? line.size() : space;
    if (end > start) words.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  if (words.size() < 2 || words.size() > 4 || !starts_upper(words.front())) return false;
  for (const std::string_view w : words) {
    if (starts_upper(w)) continue;
    bool particle = false;
    for (const char* p : kParticles) particle = particle || w == p;
    if (!particle) return false;
  }
  return true;
}

// A title line under a name, longer than the block's usual lines: its parts set apart by a comma,
// a dash or a bar ("Director, Emergency Management - Urgent Response Unit"), no sentence end, at
// most kMaxNameBlockLineWords words and kMaxNameBlockLineBytes bytes.
bool is_title_line(std::string_view line) {
  if (line.empty() || line.size() > kMaxNameBlockLineBytes || word_count(line) > kMaxNameBlockLineWords) return false;
  const char end = line.back();
  if (end == '.' || end == '!' || end == '?' || end == ':') return false;
  return line.find(", ") != std::string_view::npos || line.find(" - ") != std::string_view::npos ||
         line.find(" | ") != std::string_view::npos || line.find(" \xE2\x80\x93 ") != std::string_view::npos;
}

std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line;
}

// Whether a line before `line_index` has words: a sign-off ends something written.
bool words_before(const std::vector<std::string_view>& lines, size_t line_index) {
  for (size_t k = 0; k < line_index; ++k)
    if (!trimmed(lines[k]).empty()) return true;
  return false;
}

// Where a last paragraph that is a name and its title lines starts ("Pierre Morin\nDirecteur,
// Service de sécurité incendie et des urgences"), or npos: at most kMaxNameBlockLines lines, the
// first a name, none ending a sentence, and a paragraph of words before it.
size_t name_block_start(const std::vector<std::string_view>& lines, std::string_view text) {
  size_t last = lines.size();
  while (last > 0 && trimmed(lines[last - 1]).empty()) --last;
  size_t first = last;
  while (first > 0 && !trimmed(lines[first - 1]).empty()) --first;
  if (first == last || last - first > kMaxNameBlockLines || !looks_like_a_name(trimmed(lines[first]))) return std::string_view::npos;
  for (size_t i = first; i < last; ++i) {
    const std::string_view line = trimmed(lines[i]);
    if (line.size() > kMaxNameBlockLineBytes || word_count(line) > kMaxNameBlockLineWords) return std::string_view::npos;
    const char end = line.back();
    if (end == '.' || end == '!' || end == '?' || end == ':') return std::string_view::npos;
  }
  if (!words_before(lines, first)) return std::string_view::npos;
  return static_cast<size_t>(lines[first].data() - text.data());
}

// `text` folded, with every run of characters other than letters and digits made one space:
// "l'extérieur de l'organisation" -> "l exterieur de l organisation".
std::string plain_words(std::string_view text) {
  std::string out;
  for (const char c : fold(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

// Whether `folded` holds any of `needles`.
template <size_t N>
bool contains_any(const std::string& folded, const char* const (&needles)[N]) {
  for (const char* needle : needles)
    if (folded.find(needle) != std::string::npos) return true;
  return false;
}

constexpr size_t kMaxDisclaimerParagraphs = 3;
constexpr size_t kMaxBannerBytes = 600;

// The text from the start of lines[first] to the end of lines[end - 1] (views into one text;
// first < end).
std::string_view lines_span(const std::vector<std::string_view>& lines, size_t first, size_t end) {
  return {lines[first].data(), static_cast<size_t>(lines[end - 1].data() + lines[end - 1].size() - lines[first].data())};
}

// Whether a paragraph is a legal notice: it speaks of confidentiality, of the message itself and
// of what a recipient in error must do ("If you received this e-mail in error, please notify the sender", « Si vous avez
// reçu ce message par erreur, veuillez le détruire »).
bool is_disclaimer(std::string_view paragraph) {
  // Most last paragraphs are the author's own words: in plain ASCII (folding changes no letter
  // there but its case), one without either word is no notice, and is not folded to tell.
  if (std::all_of(paragraph.begin(), paragraph.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
      ascii_ifind(paragraph, "confidenti") == std::string_view::npos && ascii_ifind(paragraph, "disclaimer") == std::string_view::npos)
    return false;
  const std::string folded = plain_words(paragraph);
  if (folded.find("confidenti") == std::string::npos && folded.find("disclaimer") == std::string::npos) return false;
  static const char* const kDuties[] = {"error", "erreur", "intended", "destinataire", "recipient", "prohibited",
                                        "interdit", "strictly", "strictement", "notify", "aviser", "delete", "detrui",
                                        "supprim", "privileged", "privilegi"};
  // ... and of the message itself: a report of confidential data "sent in error" is no notice.
  static const char* const kThisMessage[] = {"this e-mail", "this email", "this e mail", "this message", "this communication",
                                             "this transmission", "ce courriel", "ce message", "cette communication",
                                             "ce courrier", "present courriel", "present message", "ce mail", "it in error"};
  return contains_any(folded, kDuties) && contains_any(folded, kThisMessage);
}

bool is_separator(std::string_view line) {
  if (line.size() < 3) return false;
  for (const char c : line)
    if (c != '-' && c != '_' && c != '=' && c != '*' && c != ' ') return false;
  return true;
}

// Where the legal notices among the last kMaxDisclaimerParagraphs paragraphs start (with the
// separator line before them), or npos: they are no words of the author.
size_t disclaimer_start(const std::vector<std::string_view>& lines, std::string_view text) {
  size_t start = std::string_view::npos;
  size_t end = lines.size();
  for (size_t paragraphs = 0; paragraphs < kMaxDisclaimerParagraphs; ++paragraphs) {
    while (end > 0 && trimmed(lines[end - 1]).empty()) --end;
    size_t first = end;
    while (first > 0 && !trimmed(lines[first - 1]).empty()) --first;
    if (first == end) break;
    bool separators_only = true;
    for (size_t i = first; i < end; ++i) separators_only = separators_only && is_separator(trimmed(lines[i]));
    if (is_disclaimer(lines_span(lines, first, end))) start = first;
    else if (!separators_only) break;
    end = first;
  }
  if (start == std::string_view::npos || !words_before(lines, start)) return std::string_view::npos;
  return static_cast<size_t>(lines[start].data() - text.data());
}

// "Sent from my iPhone", « Envoyé de mon iPad », "Get Outlook for Android": a line the mail app adds.
bool is_app_footer(std::string_view line) {
  if (line.size() > kMaxClosingBytes * 2) return false;
  const std::string folded = fold(line);
  static const char* const kFooters[] = {"sent from my ", "envoye de mon ", "envoye a partir de mon ", "envoye depuis mon ",
                                         "get outlook for ", "obtenir outlook pour ", "telecharger outlook pour ",
                                         "sent from mail for ", "envoye a partir de courrier pour ", "sent from outlook",
                                         "envoye a partir de outlook", "envoye a partir d outlook", "sent from yahoo mail",
                                         "sent from samsung"};
  for (const char* footer : kFooters)
    if (folded.rfind(footer, 0) == 0) return true;
  return false;
}

// The warning a mail system puts above a message from outside ("CAUTION: This email originated
// from outside of the organization. Do not click links...", « ATTENTION : Ce courriel provient de
// l'extérieur de l'organisation. Ne cliquez pas ... hameçonnage »): it names no problem.
bool is_external_banner(std::string_view paragraph) {
  const std::string folded = plain_words(paragraph);
  static const char* const kOutside[] = {"outside of the organization", "outside the organization", "outside of the organisation",
                                         "outside the organisation", "outside your organization", "external sender",
                                         "external email", "exterieur de l organisation", "exterieur de votre organisation",
                                         "externe a l organisation", "expediteur externe", "courriel externe",
                                         "provient de l exterieur"};
  static const char* const kAdvice[] = {"do not click", "don t click", "do not open", "unless you", "ne cliquez pas",
                                        "ne pas cliquer", "n ouvrez pas", "a moins de", "a moins que", "use caution",
                                        "soyez prudent", "faites preuve de prudence"};
  return contains_any(folded, kOutside) && contains_any(folded, kAdvice);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t nl = text.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back(text.substr(pos, end - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

}  // namespace

std::string without_sign_off(std::string_view text) {
  std::vector<std::string_view> lines = split_lines(text);
  // The mail app's last line ("Sent from my iPhone") goes first: a sign-off may stand before it.
  size_t last = lines.size();
  while (last > 0 && trimmed(lines[last - 1]).empty()) --last;
  if (last > 0 && is_app_footer(trimmed(lines[last - 1])) && words_before(lines, last - 1)) {
    text = text.substr(0, static_cast<size_t>(lines[last - 1].data() - text.data()));
    lines = split_lines(text);
  }
  // A legal notice at the end goes first; the closing or name block is then looked for before it.
  if (const size_t notice = disclaimer_start(lines, text); notice != std::string_view::npos) {
    text = text.substr(0, notice);
    lines = split_lines(text);
  }
  // Walk back over at most kMaxBlockLines short non-empty lines to a closing line.
  // A long title line counts only under a name: the line after the closing must be one.
  size_t block = 0;
  bool long_title = false;
  std::string_view line_after;  // the non-empty line after lines[i]
  for (size_t i = lines.size(); i-- > 0;) {
    const std::string_view line = trimmed(lines[i]);
    if (line.empty()) continue;
    if (is_closing(line)) {
      if (!words_before(lines, i)) return std::string(text);
      if (long_title && !looks_like_a_name(line_after)) break;
      return std::string(text.substr(0, static_cast<size_t>(lines[i].data() - text.data())));
    }
    if (++block > kMaxBlockLines) break;
    if (line.size() > kMaxBlockLineBytes || word_count(line) > kMaxBlockLineWords) {
      if (!is_title_line(line)) break;
      long_title = true;
    }
    line_after = line;
  }
  // No closing line: a last paragraph of a name and a title is a sign-off too.
  if (const size_t start = name_block_start(lines, text); start != std::string_view::npos) return std::string(text.substr(0, start));
  return std::string(text);
}

std::string_view without_banner(std::string_view text) {
  const std::vector<std::string_view> lines = split_lines(text);
  size_t first = 0;
  while (first < lines.size() && trimmed(lines[first]).empty()) ++first;
  size_t end = first;  // the blank line after the first paragraph (or the end)
  while (end < lines.size() && !trimmed(lines[end]).empty()) ++end;
  if (first == end) return text;
  const std::string_view paragraph = lines_span(lines, first, end);
  if (paragraph.size() > kMaxBannerBytes || !is_external_banner(paragraph)) return text;
  return end + 1 < lines.size() ? text.substr(static_cast<size_t>(lines[end + 1].data() - text.data())) : std::string_view();
}

std::string without_pasted_blocks(std::string_view text) {
  const std::vector<std::string_view> lines = split_lines(text);
  auto indented = [](std::string_view line) { return line.substr(0, 2) == "  " || (!line.empty() && line[0] == '\t'); };
  // Paragraphs: runs of non-blank lines; a pasted one has every line indented.
  std::vector<bool> pasted(lines.size(), false);
  bool own_words = false;  // a paragraph of the author's, not indented
  for (size_t first = 0; first < lines.size();) {
    if (trimmed(lines[first]).empty()) {
      ++first;
      continue;
    }
    size_t end = first;
    bool all_indented = true;
    for (; end < lines.size() && !trimmed(lines[end]).empty(); ++end)
      if (!indented(lines[end])) all_indented = false;
    for (size_t i = first; i < end; ++i) pasted[i] = all_indented;
    own_words = own_words || !all_indented;
    first = end;
  }
  if (!own_words) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!pasted[i]) out += lines[i];
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

std::string author_words(std::string_view text) { return without_sign_off(without_pasted_blocks(without_banner(text))); }

}  // namespace billet::triage

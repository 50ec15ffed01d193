#include "parsers/html_text.h"

#include "parsers/charset.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <vector>

#include "parsers/text_util.h"

namespace billet::parsers {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool is_skipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD ||
         tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT;
}

// Builds text line by line; tracks the blockquote depth so each line gets its "> " prefixes.
// Blank lines are collapsed as they come, so memory is bounded by the text, not by the number of
// line breaks the HTML asked for.
class TextBuilder {
 public:
  static constexpr int kMaxQuotePrefix = 3;  // "> " per level: deeper quotes would multiply the text
  void text(std::string_view s, bool preformatted) {
    for (const char c : s) {
      if (preformatted) {
        if (c == '\n') newline();
        else put(c);
        continue;
      }
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_) put(' ');
        pending_space_ = false;
        put(c);
      }
    }
  }
  void newline() {
    emit_line();
    line_.clear();
    pending_space_ = false;
  }
  void block_break() {
    if (!line_.empty()) newline();
  }
  void quote_depth(int delta) { quote_depth_ += delta; }
  void reserve(size_t bytes) { out_.reserve(bytes); }
  void put(char c) { line_ += c; }

  std::string finish() {
    block_break();
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  void emit_line() {
    std::string line;
    for (int i = 0; i < std::min(quote_depth_, kMaxQuotePrefix); ++i) line += "> ";
    line += line_;
    const std::string_view t = trim(line);
    // Non-breaking spaces alone (U+00A0) count as blank, and so does a lone quote prefix.
    if (t.empty() || t == "\xC2\xA0" || t == ">") {
      if (++blank_run_ > 1 || out_.empty()) return;
      out_ += '\n';
      return;
    }
    blank_run_ = 0;
    out_ += line;
    out_ += '\n';
  }
  std::string out_;
  std::string line_;
  bool pending_space_ = false;
  int quote_depth_ = 0;
  int blank_run_ = 0;
};

// Writes one element's contribution around its children. Iterative (an explicit stack), so a deep
// tree costs heap, not C++ stack, and no text is dropped for being deep.
void walk(const GumboNode* root, TextBuilder& out) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool pre;
  };
  const auto children_of = [](const GumboNode* n) -> const GumboVector* {
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    return nullptr;
  };
  const auto tag_of = [](const GumboNode* n) {
    return n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : n->v.element.tag;
  };
  // Opens `node`: text is written at once; an element writes its prefix and is pushed.
  std::vector<Frame> stack;
  const auto open = [&](const GumboNode* node, bool pre) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      out.text(node->v.text.text, pre);
      return;
    }
    if (!children_of(node)) return;
    const GumboTag tag = tag_of(node);
    if (is_skipped(tag)) return;
    if (tag == GUMBO_TAG_BR) {
      out.newline();
      return;
    }
    if (is_block(tag)) out.block_break();
    if (tag == GUMBO_TAG_LI) out.text("- ", true);
    if (tag == GUMBO_TAG_BLOCKQUOTE) out.quote_depth(+1);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.text(" ", false);
    stack.push_back({node, 0, pre || tag == GUMBO_TAG_PRE});
  };
  const auto close = [&](const GumboNode* node) {
    const GumboTag tag = tag_of(node);
    if (tag == GUMBO_TAG_BLOCKQUOTE) {
      out.block_break();
      out.quote_depth(-1);
    }
    if (is_block(tag)) out.block_break();
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) out.newline();
  };
  open(root, false);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = children_of(top.node);
    if (top.next_child >= children->length) {
      const GumboNode* done = top.node;
      stack.pop_back();
      close(done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
    open(child, top.pre);  // may push: `top` is not used after this
  }
}

// gumbo with error recording off: each recorded error copies the open-element stack (gigabytes for
// a small document of unclosed tags).
GumboOptions quiet_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return options;
}

void convert_with_gumbo(std::string_view html, TextBuilder& builder) {
  static const GumboOptions options = quiet_options();
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(gumbo_parse_with_options(&options, html.data(), html.size()));
  if (output) walk(output->document, builder);
}

// --- A linear scan of the tags, enough to estimate nesting and to flatten. ---

struct Tag {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool end = false;
  bool self_closing = false;
  bool cut = false;         // not closed before the end of the document (a browser drops it)
  size_t attributes = 0;    // approximate: runs of non-space outside quoted values
};

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_raw_text(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_TEXTAREA ||
         tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_NOEMBED || tag == GUMBO_TAG_NOFRAMES || tag == GUMBO_TAG_IFRAME;
}

// Calls on_text(string_view) for text runs (entities left as they are) and on_tag(Tag) for tags;
// comments, doctypes and the content of script-like elements are skipped. One pass, O(size).
template <typename OnText, typename OnTag>
void scan_html(std::string_view html, OnText on_text, OnTag on_tag) {
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      on_text(html.substr(i));
      return;
    }
    const bool end = lt + 1 < n && html[lt + 1] == '/';
    const size_t name_at = lt + (end ? 2 : 1);
    const bool markup = lt + 1 < n && (html[lt + 1] == '!' || html[lt + 1] == '?');
    if (!markup && (name_at >= n || !is_ascii_alpha(html[name_at]))) {  // a lone '<' is text
      on_text(html.substr(i, lt + 1 - i));
      i = lt + 1;
      continue;
    }
    if (lt > i) on_text(html.substr(i, lt - i));
    if (markup) {
      const bool comment = html.substr(lt, 4) == "<!--";
      const size_t close = comment ? html.find("-->", lt + 4) : html.find('>', lt);
      i = close == std::string_view::npos ? n : close + (comment ? 3 : 1);
      continue;
    }
    size_t j = name_at;
    while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':')) ++j;
    Tag tag;
    tag.end = end;
    tag.tag = gumbo_tagn_enum(html.data() + name_at, static_cast<unsigned>(std::min<size_t>(j - name_at, 64)));
    // The rest of the tag, with quoted attribute values.
    char quote = 0;
    bool in_space = false;
    for (; j < n; ++j) {
      const char c = html[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if ((c == '"' || c == '\'') && html[j - 1] == '=') {
        quote = c;
      } else if (c == '>') {
        break;
      } else {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '/';
        if (!space && in_space) ++tag.attributes;
        in_space = space;
      }
    }
    if (j >= n) {  // a tag cut by the end of the document: dropped, as a browser does
      tag.cut = true;
      on_tag(tag);
      return;
    }
    tag.self_closing = html[j - 1] == '/';
    i = j + 1;
    on_tag(tag);
    if (!tag.end && is_raw_text(tag.tag)) {
      const std::string close = std::string("</") + gumbo_normalized_tagname(tag.tag);
      const size_t at = ifind(html, close, i);
      i = at == std::string_view::npos ? n : at;
    }
  }
}

bool is_void(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN:
      return true;
    default:
      return false;
  }
}

// Formatting elements are reopened by gumbo after other end tags close them, so they count until
// their own end tag.
bool is_formatting(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR: case GUMBO_TAG_S: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_TT: case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

// Whether a start tag `start` implicitly closes an open element `open` (HTML's implied end tags,
// simplified): a new <li> closes the open <li>, a block closes an open <p>, and so on. The caller
// looks only a few elements down the stack and stops at a scope boundary.
bool implicitly_closed_by(GumboTag open, GumboTag start) {
  switch (start) {
    case GUMBO_TAG_LI: return open == GUMBO_TAG_LI;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: return open == GUMBO_TAG_DD || open == GUMBO_TAG_DT;
    case GUMBO_TAG_TR: return open == GUMBO_TAG_TR || open == GUMBO_TAG_TD || open == GUMBO_TAG_TH;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return open == GUMBO_TAG_TD || open == GUMBO_TAG_TH;
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
      return open == GUMBO_TAG_TR || open == GUMBO_TAG_TD || open == GUMBO_TAG_TH || open == GUMBO_TAG_TBODY ||
             open == GUMBO_TAG_THEAD || open == GUMBO_TAG_TFOOT;
    case GUMBO_TAG_OPTION: return open == GUMBO_TAG_OPTION;
    default: return open == GUMBO_TAG_P && is_block(start);
  }
}

bool is_scope_boundary(GumboTag t) {
  return t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL || t == GUMBO_TAG_HTML;
}

constexpr size_t kMaxHtmlTags = 50000;  // ~150 bytes of gumbo tree per element: bounds its memory
constexpr size_t kSearchDepth = 64;     // how far down the stack an end tag or implied end looks
constexpr size_t kMaxAttributes = 200000;          // gumbo keeps ~100 bytes per attribute
constexpr size_t kMaxAttributeWork = 20'000'000;   // gumbo checks each attribute against the tag's others

// True when gumbo could meet nesting deeper than kMaxHtmlNesting or more than kMaxHtmlTags tags.
// Errs on the side of "too deep": the flattened conversion still keeps all the text.
bool too_complex_for_gumbo(std::string_view html) {
  std::vector<GumboTag> open;
  size_t formatting_open = 0;
  std::vector<uint32_t> formatting_count(GUMBO_TAG_LAST + 1, 0);
  size_t tags = 0;
  size_t attributes = 0;
  size_t attribute_work = 0;
  bool exceeded = false;
  const auto pop_to = [&](size_t index) { open.resize(index); };
  scan_html(
      html, [](std::string_view) {},
      [&](const Tag& t) {
        if (exceeded) return;
        if (++tags > kMaxHtmlTags) exceeded = true;
        attributes += t.attributes;
        attribute_work += t.attributes * t.attributes;
        if (attributes > kMaxAttributes || attribute_work > kMaxAttributeWork) exceeded = true;
        if (t.cut) return;
        if (t.end) {
          if (is_formatting(t.tag)) {
            if (formatting_count[t.tag] > 0) --formatting_count[t.tag], --formatting_open;
            return;
          }
          for (size_t k = open.size(), seen = 0; k > 0 && seen < kSearchDepth; --k, ++seen)
            if (open[k - 1] == t.tag) return pop_to(k - 1);
          return;
        }
        if (is_void(t.tag) || t.self_closing) return;
        if (is_formatting(t.tag)) {
          ++formatting_count[t.tag];
          ++formatting_open;
        } else {
          for (size_t k = open.size(), seen = 0; k > 0 && seen < kSearchDepth; --k, ++seen) {
            if (implicitly_closed_by(open[k - 1], t.tag)) {
              pop_to(k - 1);
              break;
            }
            if (is_scope_boundary(open[k - 1])) break;
          }
          open.push_back(t.tag);
        }
        if (open.size() + formatting_open > static_cast<size_t>(kMaxHtmlNesting)) exceeded = true;
      });
  return exceeded;
}

// Every tag dropped but line breaks; the text (entities included) handed to gumbo in pieces of
// about kFlatChunk bytes that hold no nesting, so each parse is small and linear.
void convert_flattened(std::string_view html, TextBuilder& builder) {
  constexpr size_t kFlatChunk = 256u << 10;
  std::string chunk;
  const auto flush = [&] {
    if (!chunk.empty()) convert_with_gumbo(chunk, builder);
    chunk.clear();
  };
  scan_html(
      html,
      [&](std::string_view text) {
        while (!text.empty()) {
          // Cut long runs at a space so that no entity is split between two pieces.
          const size_t room = chunk.size() < kFlatChunk ? kFlatChunk - chunk.size() : 0;
          size_t take = text.size();
          if (take > room) {
            const size_t space = text.find_first_of(" \n\t", room);
            take = space == std::string_view::npos ? text.size() : space + 1;
          }
          for (const char c : text.substr(0, take)) {
            if (c == '<') chunk += "&lt;";  // a '<' left before a dropped tag must not start a new one
            else chunk += c;
          }
          text.remove_prefix(take);
          if (chunk.size() >= kFlatChunk) flush();
        }
      },
      [&](const Tag& t) {
        if (t.cut) return;
        if (t.tag == GUMBO_TAG_BR && !t.end) chunk += "<br>";
        else if (is_block(t.tag)) chunk += t.tag == GUMBO_TAG_LI && !t.end ? "<p>- " : "<p>";
        else if (t.tag == GUMBO_TAG_TD || t.tag == GUMBO_TAG_TH) chunk += ' ';
        if (chunk.size() >= kFlatChunk) flush();
      });
  flush();
}

}  // namespace

HtmlText html_to_text_bounded(std::string_view html) {
  HtmlText result;
  TextBuilder builder;
  builder.reserve(html.size());  // text is rarely longer than its HTML: no doubling copy at the peak
  if (html.size() > kMaxHtmlParsedBytes || too_complex_for_gumbo(html)) {
    result.flattened = true;
    convert_flattened(html, builder);
  } else {
    convert_with_gumbo(html, builder);
  }
  result.text = builder.finish();
  // gumbo mis-decodes some broken character references (a numeric one of a hundred digits among
  // others garbled its neighbours into invalid UTF-8, found by the fuzzer): the text is valid
  // UTF-8 whatever the converter did.
  if (!is_valid_utf8(result.text)) {
    result.text = repair_utf8(result.text);
    result.repaired = true;
  }
  return result;
}

std::string html_to_text(std::string_view html) { return html_to_text_bounded(html).text; }

std::string sniff_html_charset(std::string_view html) {
  const std::string_view head = html.substr(0, 4096);
  size_t pos = 0;
  while ((pos = ifind(head, "charset", pos)) != std::string_view::npos) {
    pos += 7;
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' || head[pos] == '\''))
      ++pos;
    std::string cs;
    while (pos < head.size() && (std::isalnum(static_cast<unsigned char>(head[pos])) || head[pos] == '-' || head[pos] == '_'))
      cs += head[pos++];
    if (!cs.empty()) return cs;
  }
  return {};
}

}  // namespace billet::parsers

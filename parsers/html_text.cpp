#include "parsers/html_text.h"

#include <gumbo.h>

#include <cctype>
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
class TextBuilder {
 public:
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
    lines_.push_back(prefix() + line_);
    line_.clear();
    pending_space_ = false;
  }
  void block_break() {
    if (!line_.empty()) newline();
  }
  void quote_depth(int delta) { quote_depth_ += delta; }
  void put(char c) { line_ += c; }

  std::string finish() {
    block_break();
    std::string out;
    int blank_run = 0;
    for (auto& l : lines_) {
      std::string_view t = trim(l);
      // Non-breaking spaces alone (U+00A0) count as blank.
      const bool blank = t.empty() || t == "\xC2\xA0" || t == ">";
      if (blank) {
        if (++blank_run > 1 || out.empty()) continue;
        out += '\n';
        continue;
      }
      blank_run = 0;
      out += l;
      out += '\n';
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

 private:
  std::string prefix() const {
    std::string p;
    for (int i = 0; i < quote_depth_; ++i) p += "> ";
    return p;
  }
  std::vector<std::string> lines_;
  std::string line_;
  bool pending_space_ = false;
  int quote_depth_ = 0;
};

void walk(const GumboNode* node, TextBuilder& out, bool pre, int depth) {
  if (depth > 400) return;  // gumbo itself caps nesting; this bounds our recursion too
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out.text(node->v.text.text, pre);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE && node->type != GUMBO_NODE_DOCUMENT)
    return;
  const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
  if (is_skipped(tag)) return;
  if (tag == GUMBO_TAG_BR) {
    out.newline();
    return;
  }
  const bool block = is_block(tag);
  if (block) out.block_break();
  if (tag == GUMBO_TAG_LI) out.text("- ", true);
  if (tag == GUMBO_TAG_BLOCKQUOTE) out.quote_depth(+1);
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.text(" ", false);
  const bool child_pre = pre || tag == GUMBO_TAG_PRE;
  for (unsigned i = 0; i < children->length; ++i)
    walk(static_cast<const GumboNode*>(children->data[i]), out, child_pre, depth + 1);
  if (tag == GUMBO_TAG_BLOCKQUOTE) {
    out.block_break();
    out.quote_depth(-1);
  }
  if (block) out.block_break();
  if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) out.newline();
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output) return {};
  TextBuilder builder;
  walk(output->document, builder, false, 0);
  return builder.finish();
}

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

#include "parsers/message_json.h"

#include <nlohmann/json.hpp>

namespace billet::parsers {
namespace {

nlohmann::json address_json(const Address& a) { return {{"name", a.name}, {"address", a.address}}; }

nlohmann::json address_list_json(const std::vector<Address>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : list) out.push_back(address_json(a));
  return out;
}

}  // namespace

std::string to_json(const ParsedMessage& m, int indent) {
  nlohmann::json j;
  j["message_id"] = m.message_id;
  j["in_reply_to"] = m.in_reply_to;
  j["references"] = m.references;
  j["date"] = m.date_raw;
  j["date_unix"] = m.date_unix ? nlohmann::json(*m.date_unix) : nlohmann::json(nullptr);
  j["from"] = address_json(m.from);
  j["reply_to"] = address_list_json(m.reply_to);
  j["to"] = address_list_json(m.to);
  j["cc"] = address_list_json(m.cc);
  j["subject"] = m.subject;
  j["return_path"] = m.return_path ? nlohmann::json(*m.return_path) : nlohmann::json(nullptr);
  j["content_type"] = m.content_type;
  j["text"] = m.text;
  j["new_text"] = m.new_text;
  j["has_html"] = m.html_bytes > 0;
  nlohmann::json attachments = nlohmann::json::array();
  for (const auto& a : m.attachments) {
    nlohmann::json aj = {{"filename", a.filename},
                         {"media_type", a.media_type},
                         {"size", a.bytes.size()},
                         {"inline", a.is_inline},
                         {"content_id", a.content_id}};
    if (a.media_type.rfind("message/", 0) == 0) {
      aj["embedded"] = {{"subject", a.embedded_subject}, {"from", a.embedded_from}, {"text", a.embedded_text}};
    }
    attachments.push_back(std::move(aj));
  }
  j["attachments"] = std::move(attachments);
  j["robot"] = {{"is_robot", m.robot.is_robot()},
                {"is_bounce", m.robot.is_bounce},
                {"reasons", m.robot.reasons},
                {"bounced_message_id", m.robot.bounced_message_id},
                {"written_for", m.robot.written_for}};
  nlohmann::json headers = nlohmann::json::array();
  for (const auto& h : m.headers) headers.push_back({{"name", h.name}, {"value", h.value}});
  j["headers"] = std::move(headers);
  j["defects"] = m.defects;
  // All strings are valid UTF-8 by contract; `replace` guards the contract instead of throwing.
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace billet::parsers

#include "daemon/ingestor.h"
#include "common/error_codes.h"

#include <openssl/evp.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>

#include "common/ascii.h"
#include "daemon/disposition.h"
#include "daemon/failpoint.h"
#include "daemon/mail/acknowledgement.h"
#include "daemon/mail/client_update.h"
#include "parsers/message_parser.h"
#include "parsers/robot.h"
#include "triage/deadline.h"
#include "triage/language.h"

namespace billet::daemon {

using storage::Disposition;
namespace {

std::string action_for(const MailboxConfig& m) {
  return m.after == MailboxConfig::After::kMarkSeen ? std::string("\\Seen") : m.processed_folder;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : separator) + i;
  return out;
}

// What is recorded of a message kept header-only: the text the agent reads in its place (both
// languages) and the defect. `storage_refused`: the database could not hold it; else it was over
// the size limit (and the acknowledgement tells the client).
struct HeaderOnlyRecord {
  std::string notice, defect;
};
HeaderOnlyRecord header_only_record(uint64_t bytes, bool storage_refused, int limit_mib, const std::string& action) {
  const std::string where = action == "\\Seen" ? "INBOX" : action;
  const std::string n = std::to_string(bytes), limit = std::to_string(limit_mib);
  const std::string why_fr = storage_refused ? "que la base de données n'a pas pu conserver (disque plein ou limite de "
                                               "taille de fichier)"
                                             : "au-delà de la limite de " + limit + " Mio";
  const std::string why_en = storage_refused ? "that the database could not hold (full disk or file-size limit)"
                                             : "over the " + limit + " MiB limit";
  HeaderOnlyRecord r;
  r.notice = "[billetd] Message de " + n + " octets, " + why_fr +
             " : seul son en-tête est conservé ici; le message complet reste sur le serveur IMAP (dossier " + where + ")." +
             (storage_refused ? "" : " Le client en a été avisé dans l'accusé de réception.") + "\n\n[billetd] Message of " +
             n + " bytes, " + why_en + ": only its header is kept here; the whole message stays on the IMAP server (folder " +
             where + ")." + (storage_refused ? "" : " The acknowledgement told the client.") + "\n";
  r.defect = "message of " + n + " bytes, " + why_en + ": only its header is stored";
  return r;
}


// The message as stored (disposition, ticket and note are the decision's).
storage::NewMessage message_row(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid,
                                const parsers::ParsedMessage& m, const std::string& raw, TimePoint received) {
  storage::NewMessage row;
  row.mailbox = mailbox.name;
  row.uidvalidity = uidvalidity;
  row.uid = uid;
  row.message_id = m.message_id;
  row.dedupe_key = m.message_id.empty() ? sha256_key(raw) : "mid:" + m.message_id;
  row.raw = raw;
  row.received_at = received;
  row.from_address = m.from.address;
  row.from_name = m.from.name;
  row.reply_to = m.reply_to.empty() ? "" : m.reply_to.front().address;
  row.subject = m.subject;
  row.text = m.text;
  row.new_text = m.new_text;
  row.in_reply_to = m.in_reply_to;
  row.references = join(m.references, " ");
  row.language = triage::detect_language(m.subject, m.new_text);
  for (const auto& a : m.attachments) row.attachments.push_back({a.filename, a.media_type, a.bytes});
  return row;
}

}  // namespace

std::string sha256_key(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex = "sha256:";
  char buf[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    hex += buf;
  }
  return hex;
}

int64_t ticket_number_in_subject(const std::string& subject, const std::string& tag) {
  const std::string s = ascii_lower(subject);
  const std::string needle = "[" + ascii_lower(tag);
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) {
    size_t i = at + needle.size();
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size() || s[i] != '#') continue;
    ++i;
    int64_t n = 0;
    size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && digits < 15) n = n * 10 + (s[i++] - '0'), ++digits;
    if (digits > 0 && i < s.size() && s[i] == ']') return n;
  }
  return 0;
}

Result<PassStats> Ingestor::poll(const MailboxConfig& mailbox, MailSource& source, const std::atomic<bool>* stop) {
  PassStats stats;
  Status pass = poll_pass(mailbox, source, stop, stats);
  // A group the database rolled back whole (a full disk, a size limit): its mark is set, so the
  // pass taken again writes one message a commit and finds the one at fault.
  if (!pass && pass.error().code == errc::kIngestGroupLost) pass = poll_pass(mailbox, source, stop, stats);
  if (!pass) return pass.error();
  return stats;
}

Status Ingestor::poll_pass(const MailboxConfig& mailbox, MailSource& source, const std::atomic<bool>* stop,
                           PassStats& stats) {
  struct ForgetFetched {
    Ingestor& self;
    ~ForgetFetched() {
      self.fetched_ahead_.clear();
      self.page_ = nullptr;
      self.group_ = {};  // a group still open here ended in an error: rolled back, redone next pass
    }
  } forget_fetched{*this};
  auto status = source.status();
  if (!status) return status.error();
  Pass pass{mailbox, source, status->uidvalidity, stats, 0, true, false, {}};
  auto state = start_pass(pass);
  if (!state) return state.error();

  // New UIDs, in order. The watermark only advances over UIDs that are done, so a message that
  // failed is retried on the next pass while the ones after it are ingested now. UIDs are asked
  // for in pages; the watermark only ever moves onto a UID the server listed.
  // A group that died uncommitted (a crash, perhaps in a parse): this pass writes each message
  // in a commit of its own with its attempt counted first, so that the guilty one is found.
  pass.careful = state->group_open;
  if (pass.careful)
    log_.warn("mailbox {}: the last group of messages was not committed (a crash?); one message a commit this pass",
              mailbox.name);
  pass.watermark = state->last_uid;
  uint32_t next_first = state->last_uid + 1;
  size_t listed = 0;
  while (next_first != 0 && !(stop && stop->load())) {
    auto uids = source.uids_from(next_first);
    if (!uids) return uids.error();
    if (uids->empty()) break;
    listed += uids->size();
    page_ = &*uids;
    for (const uint32_t uid : *uids) {
      if (stop && stop->load()) break;
      if (progress_) progress_();
      if (uid < next_first) continue;  // a page never goes backwards
      if (auto s = ingest_uid(pass, uid); !s) return s;
    }
    next_first = uids->back() + 1;  // 0 after UID 2^32-1: the end
  }
  if (auto s = commit_group(mailbox, pass.actions); !s) return s.error();
  if (pass.careful && !(stop && stop->load()))
    if (auto s = store_.set_group_open(mailbox.name, false); !s) return s.error();
  finish_actions(mailbox, source, pass.uidvalidity, pass.actions, stats);
  log_.debug("mailbox {}: UIDVALIDITY {}, UIDNEXT {}, from UID {}: {} UID(s) listed", mailbox.name, status->uidvalidity,
             status->uidnext, state->last_uid + 1, listed);
  return ok_status();
}

Result<storage::MailboxState> Ingestor::start_pass(Pass& pass) {
  const MailboxConfig& mailbox = pass.mailbox;
  // Moves and flags committed earlier but not done (crash, server down): finish them first.
  auto pending = store_.pending_actions(mailbox.name);
  if (!pending) return pending.error();
  for (const auto& p : *pending) {
    if (p.uidvalidity != pass.uidvalidity) {
      (void)store_.action_done(mailbox.name, p.uidvalidity, p.uid);  // that folder generation is gone
      continue;
    }
    pass.actions.push_back({p.uid, p.target});
    if (pass.actions.size() >= kActionBatch)
      finish_actions(mailbox, pass.source, pass.uidvalidity, pass.actions, pass.stats, kActionBatch);
  }
  finish_actions(mailbox, pass.source, pass.uidvalidity, pass.actions, pass.stats);

  // UIDVALIDITY: a change means every UID was renumbered. Start again from UID 1; Message-ID
  // dedupe keeps what was already stored from being stored twice.
  auto state = store_.mailbox_state(mailbox.name);
  if (!state) return state.error();
  if (state->uidvalidity != pass.uidvalidity) {
    if (state->uidvalidity != 0)
      log_.warn("mailbox {}: UIDVALIDITY changed from {} to {}; rescanning (duplicates are recognised by Message-ID)",
                mailbox.name, state->uidvalidity, pass.uidvalidity);
    state->uidvalidity = pass.uidvalidity;
    state->last_uid = 0;
    if (auto s = store_.set_mailbox_state(mailbox.name, *state); !s) return s.error();
  }
  return *state;
}

Status Ingestor::ingest_uid(Pass& pass, uint32_t uid) {
  const MailboxConfig& mailbox = pass.mailbox;
  // A group ends where the messages fetched ahead end (its acknowledgements leave before the
  // next round trip) or at kGroupMessages.
  if (group_.tx && (group_.messages >= kGroupMessages || !fetched_ahead_.count(uid)))
    if (auto s = commit_group(mailbox, pass.actions); !s) return s;
  if (!pass.careful && !group_.tx)
    if (auto s = open_group(mailbox); !s) return s;
  attempt_noted_ = false;
  fetched_bytes_ = 0;
  auto outcome = ingest_one(mailbox, pass.source, pass.uidvalidity, uid, pass.watermark, pass.contiguous);
  if (!outcome && group_.tx) {
    // What the group wrote before this message is kept; this one is handled on its own.
    if (attempt_noted_) (void)store_.forget_attempt(mailbox.name, pass.uidvalidity, uid);
    attempt_noted_ = false;
    if (auto s = commit_group(mailbox, pass.actions); !s) {
      log_.warn("mailbox {}: UID {} failed ({}) and the group before it could not be committed ({})", mailbox.name, uid,
                outcome.error().message, s.error().message);
      return Error{errc::kIngestGroupLost, s.error().message};
    }
  }
  if (!outcome && outcome.error().code == errc::kDbFull && fetched_bytes_ > kHeaderOnlyRetryBytes) {
    // The message itself did not fit (a full disk or a file-size limit refused its bytes): keep
    // its header and size, as for a message over the size limit, rather than block the mailbox.
    log_.warn("mailbox {}: UID {} ({} bytes) could not be stored ({}); keeping its header only", mailbox.name, uid,
              fetched_bytes_, outcome.error().message);
    if (attempt_noted_) (void)store_.forget_attempt(mailbox.name, pass.uidvalidity, uid);
    attempt_noted_ = false;
    header_only_uid_ = uid;
    outcome = ingest_one(mailbox, pass.source, pass.uidvalidity, uid, pass.watermark, pass.contiguous);
    header_only_uid_ = 0;
  }
  if (!outcome) {
    // Network or storage: the pass ends, the watermark is saved. Not the message's fault, so
    // the attempt it may have counted is taken back (best effort: the database may be down).
    if (attempt_noted_) (void)store_.forget_attempt(mailbox.name, pass.uidvalidity, uid);
    finish_actions(mailbox, pass.source, pass.uidvalidity, pass.actions, pass.stats);  // best effort too
    return outcome.error();
  }
  switch (*outcome) {
    case Outcome::kStored: ++pass.stats.stored; break;
    case Outcome::kDuplicate: ++pass.stats.duplicates; break;
    case Outcome::kQuarantined: ++pass.stats.quarantined; break;
    case Outcome::kVanished: break;
    case Outcome::kFailed: ++pass.stats.failed; pass.contiguous = false; break;
  }
  if (*outcome != Outcome::kFailed && *outcome != Outcome::kVanished) {
    const PendingAction action{uid, *outcome == Outcome::kQuarantined ? mailbox.quarantine_folder : action_for(mailbox)};
    if (group_.tx) {
      group_.actions.push_back(action);  // moved only once the group is committed
      ++group_.messages;
    } else {
      failpoint("after-commit");
      pass.actions.push_back(action);
    }
  }
  while (pass.actions.size() >= kActionBatch)
    finish_actions(mailbox, pass.source, pass.uidvalidity, pass.actions, pass.stats, kActionBatch);
  return ok_status();
}

void Ingestor::finish_actions(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity,
                              std::vector<PendingAction>& actions, PassStats& stats, size_t count) {
  count = std::min(count, actions.size());
  if (count > kActionBatch) {  // commands of at most kActionBatch UIDs
    for (size_t done = 0; done < count; done += kActionBatch)
      finish_actions(mailbox, source, uidvalidity, actions, stats, std::min(kActionBatch, count - done));
    return;
  }
  // One IMAP command per target (folder or \Seen) for the whole batch, then one transaction
  // that marks them done. A crash in between redoes the command at the next pass (harmless:
  // UIDs already moved are skipped by the server).
  std::map<std::string, std::vector<uint32_t>> by_target;
  count = std::min(count, actions.size());
  for (size_t i = 0; i < count; ++i) by_target[actions[i].target].push_back(actions[i].uid);
  actions.erase(actions.begin(), actions.begin() + static_cast<long>(count));
  for (auto& [target, uids] : by_target) {
    std::sort(uids.begin(), uids.end());
    // Read as a person would have: messages are fetched with BODY.PEEK[] (a message not yet
    // stored stays unread) and flagged \Seen only once stored, also when they are moved.
    Status done = source.mark_seen(uids);
    if (done && target != "\\Seen") done = source.move(uids, target);
    if (!done) {
      log_.warn("mailbox {}: {} stored message(s) could not be {} ({}); will retry", mailbox.name, uids.size(),
                target == "\\Seen" ? "flagged" : "moved to " + target, done.error().message);
      continue;
    }
    auto tx = store_.begin();
    Status marked = tx ? ok_status() : Status(tx.error());
    for (size_t i = 0; marked && i < uids.size(); ++i) marked = store_.action_done(mailbox.name, uidvalidity, uids[i]);
    if (marked) marked = (*tx)->commit();
    if (!marked) log_.warn("mailbox {}: {} action(s) done but not recorded ({}); redone next pass", mailbox.name,
                           uids.size(), marked.error().message);
    else stats.actions_done += static_cast<int>(uids.size());
  }
}

Status Ingestor::open_group(const MailboxConfig& mailbox) {
  if (auto s = store_.set_group_open(mailbox.name, true); !s) return s;  // committed: survives a crash
  auto tx = store_.begin();
  if (!tx) return tx.error();
  group_.tx = std::move(*tx);
  return ok_status();
}

Status Ingestor::commit_group(const MailboxConfig& mailbox, std::vector<PendingAction>& actions) {
  if (!group_.tx) return ok_status();
  Group group = std::move(group_);
  group_ = {};
  if (!group.tx->alive()) return Error{"db.error", "the database rolled the group back"};
  if (auto s = store_.set_group_open(mailbox.name, false); !s) return s;
  if (auto s = group.tx->commit(); !s) return s;
  if (!group.actions.empty()) failpoint("after-commit");
  actions.insert(actions.end(), group.actions.begin(), group.actions.end());
  if (group.email_queued && email_committed_) email_committed_();
  return ok_status();
}

Result<FetchedMessage> Ingestor::take_fetched(MailSource& source, uint32_t uidvalidity, uint32_t uid) {
  auto found = fetched_ahead_.find(uid);
  if (found == fetched_ahead_.end()) {
    fetched_ahead_.clear();
    std::vector<uint32_t> batch{uid};
    if (page_)
      for (auto it = std::upper_bound(page_->begin(), page_->end(), uid); it != page_->end() && batch.size() < kFetchBatchMessages; ++it)
        batch.push_back(*it);
    auto got = source.fetch_many(uidvalidity, batch);
    if (!got) return got.error();
    for (auto& f : *got) fetched_ahead_.emplace(f.uid, std::move(f.message));
    found = fetched_ahead_.find(uid);
    if (found == fetched_ahead_.end())
      return Error{"imap.protocol", "UID " + std::to_string(uid) + " was asked for and not answered"};
  }
  Result<FetchedMessage> message = std::move(found->second);
  fetched_ahead_.erase(found);
  return message;
}

Status Ingestor::advance_watermark(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid, uint32_t& watermark,
                                   bool advance) {
  if (!advance) return ok_status();
  watermark = uid;
  return store_.set_mailbox_state(mailbox.name, {uidvalidity, watermark});
}

Result<Ingestor::Outcome> Ingestor::ingest_one(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity,
                                              uint32_t uid, uint32_t& watermark, bool advance) {
  email_queued_ = false;
  auto recorded = store_.uid_recorded(mailbox.name, uidvalidity, uid);
  if (!recorded) return recorded.error();
  if (*recorded) {
    if (auto s = advance_watermark(mailbox, uidvalidity, uid, watermark, advance); !s) return s.error();
    return Outcome::kVanished;  // done on an earlier pass; nothing to do
  }
  // The attempt is counted after the fetch and before the parse: a network failure is not the
  // message's fault and never brings it closer to quarantine; a parse that crashes is.
  auto fetched = header_only_uid_ == uid ? source.fetch_header(uidvalidity, uid) : take_fetched(source, uidvalidity, uid);
  if (fetched) fetched_bytes_ = fetched->raw.size();
  if (!fetched && fetched.error().code == errc::kImapTooLarge) {
    // Over the size limit: the ticket opens from the header (kept with the size); the whole
    // message stays on the server, in the folder it is moved to.
    fetched = source.fetch_header(uidvalidity, uid);
    if (!fetched && fetched.error().code == errc::kImapTooLarge)
      return quarantine(mailbox, uidvalidity, uid, "", clock_.now(),
                        "over the size limit, and so is its header: " + fetched.error().message, watermark, advance);
  }
  if (!fetched) {
    if (fetched.error().code != errc::kImapMissing) return fetched.error();
    return vanished(mailbox, source, uidvalidity, uid, fetched.error().message, watermark, advance);
  }
  failpoint("after-fetch");
  auto attempts = store_.note_attempt(mailbox.name, uidvalidity, uid);
  if (!attempts) return attempts.error();
  attempt_noted_ = true;
  const TimePoint fallback_time = fetched->internal_date.value_or(clock_.now());
  if (*attempts > config_.max_attempts)
    return quarantine(mailbox, uidvalidity, uid, fetched->raw, fallback_time,
                      "processing failed " + std::to_string(*attempts - 1) + " times (or crashed billetd)", watermark, advance);

  try {
    return parse_and_record(mailbox, uidvalidity, uid, *fetched, fallback_time, watermark, advance);
  } catch (const std::exception& e) {
    // A bug, not bad input: the attempt is counted; after max_attempts the message is quarantined.
    log_.error("mailbox {}: UID {} failed (attempt {} of {}): {}", mailbox.name, uid, *attempts, config_.max_attempts, e.what());
    return Outcome::kFailed;
  }
}

Result<Ingestor::Outcome> Ingestor::vanished(const MailboxConfig& mailbox, MailSource& source, uint32_t uidvalidity,
                                            uint32_t uid, const std::string& why, uint32_t& watermark, bool advance) {
  auto now_status = source.status();
  if (!now_status) return now_status.error();
  if (now_status->uidvalidity != uidvalidity)
    return Error{"imap.uidvalidity", "mailbox " + mailbox.name + ": UIDVALIDITY changed during the pass"};
  // Skipped only when the server no longer lists it; a listed UID that cannot be fetched is
  // retried on the next pass (the watermark stays below it).
  auto listed = source.has_uid(uid);
  if (!listed) return listed.error();
  if (*listed)
    return Error{"imap.fetch", "mailbox " + mailbox.name + ": UID " + std::to_string(uid) +
                                   " is listed but could not be fetched: " + why};
  log_.warn("mailbox {}: UID {} disappeared before it could be fetched (moved or deleted by another client)",
            mailbox.name, uid);
  if (auto s = advance_watermark(mailbox, uidvalidity, uid, watermark, advance); !s) return s.error();
  return Outcome::kVanished;
}

Result<Ingestor::Outcome> Ingestor::parse_and_record(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid,
                                                    const FetchedMessage& fetched, TimePoint fallback_time,
                                                    uint32_t& watermark, bool advance) {
  if (fetched.raw.find("X-Billetd-Test-Crash: yes") != std::string::npos) failpoint("in-parse");
  auto parsed = parsers::parse_message(fetched.raw);
  if (!parsed) return quarantine(mailbox, uidvalidity, uid, fetched.raw, fallback_time, parsed.error().message, watermark, advance);
  if (fetched.oversize_bytes) {
    HeaderOnlyRecord record = header_only_record(fetched.oversize_bytes, header_only_uid_ == uid,
                                                 config_.max_message_mib, action_for(mailbox));
    parsed->text = std::move(record.notice);
    parsed->defects.push_back(std::move(record.defect));
  }
  const parsers::ParsedMessage& m = *parsed;
  TimePoint received = clock_.now();
  if (fetched.internal_date) received = *fetched.internal_date;
  else if (m.date_unix) received = TimePoint{std::chrono::seconds{*m.date_unix}};
  storage::NewMessage row = message_row(mailbox, uidvalidity, uid, m, fetched.raw, received);

  auto tx = store_.begin();
  if (!tx) return tx.error();
  auto existing = stored_duplicate(mailbox, m, row);
  if (!existing) return existing.error();
  if (*existing) {
    if (auto s = store_.record_uid(mailbox.name, uidvalidity, uid, **existing, action_for(mailbox)); !s) return s.error();
    if (auto s = advance_watermark(mailbox, uidvalidity, uid, watermark, advance); !s) return s.error();
    if (auto s = (*tx)->commit(); !s) return s.error();
    log_.info("mailbox {}: UID {} is message {} already stored (Message-ID {})", mailbox.name, uid, **existing, m.message_id);
    return Outcome::kDuplicate;
  }
  auto decision = decide(mailbox, m, received);
  if (!decision) return decision.error();
  // The ack explains the size limit only when that is what stopped the message.
  const uint64_t over_limit = header_only_uid_ == uid ? 0 : fetched.oversize_bytes;
  if (auto s = record(mailbox, m, std::move(row), *decision, over_limit); !s) return s.error();
  if (auto s = advance_watermark(mailbox, uidvalidity, uid, watermark, advance); !s) return s.error();
  if (auto s = (*tx)->commit(); !s) return s.error();
  if (group_.tx) group_.email_queued |= email_queued_;
  else if (email_queued_ && email_committed_) email_committed_();
  log_.info("mailbox {}: UID {} -> {}{} ({} <{}>: {})", mailbox.name, uid, storage::to_string(decision->disposition),
            decision->ticket_id ? " #" + std::to_string(*decision->ticket_id) : std::string(), m.from.name,
            m.from.address, m.subject);
  return Outcome::kStored;
}

Result<std::optional<int64_t>> Ingestor::stored_duplicate(const MailboxConfig& mailbox, const parsers::ParsedMessage& m,
                                                           storage::NewMessage& row) {
  auto existing = store_.message_by_dedupe_key(mailbox.name, row.dedupe_key);
  if (!existing) return existing.error();
  if (*existing && !m.message_id.empty()) {
    // The same Message-ID is the same message only from the same sender; another message
    // reusing it (a careless mailer, an attacker) is stored under a key of its own.
    auto sender = store_.message_sender(**existing);
    if (!sender) return sender.error();
    if (ascii_lower(*sender) != ascii_lower(m.from.address)) {
      row.dedupe_key = "mid:" + m.message_id + " from:" + ascii_lower(m.from.address);
      existing = store_.message_by_dedupe_key(mailbox.name, row.dedupe_key);
      if (!existing) return existing.error();
      log_.warn("mailbox {}: UID {} reuses Message-ID {} of a message from {}; stored as a message of its own",
                mailbox.name, row.uid, m.message_id, *sender);
    }
  }
  return *existing;
}

Result<Ingestor::Decision> Ingestor::decide(const MailboxConfig& mailbox, const parsers::ParsedMessage& m,
                                            TimePoint received) {
  MessageFacts facts;
  facts.from_own_address = is_own_address(config_, m.from.address);
  if (const int64_t n = ticket_number_in_subject(m.subject, config_.ticket_tag); n > 0) {
    auto exists = store_.ticket_exists(n);
    if (!exists) return exists.error();
    if (*exists) facts.referenced = n;
  }
  if (!facts.referenced) {
    std::vector<std::string> ids = m.references;
    if (!m.in_reply_to.empty()) ids.push_back(m.in_reply_to);
    if (!m.robot.bounced_message_id.empty()) ids.push_back(m.robot.bounced_message_id);
    auto found = store_.ticket_for_message_ids(ids);
    if (!found) return found.error();
    facts.referenced = *found;
  }
  if (facts.referenced) {
    auto participant = is_participant(*facts.referenced, m.from.address);
    if (!participant) return participant.error();
    facts.sender_takes_part = *participant;
  }
  Decision d{dispose(m, facts, mailbox.kind, config_.acks), std::nullopt, std::nullopt};
  if (d.disposition == Disposition::kTicket || d.disposition == Disposition::kComplaint) {
    d.classification = classifier_.classify(m.subject, m.new_text, mailbox.kind);
    d.due = triage::compute_due(config_.deadlines, calendar_, mailbox.kind, d.classification->level, received, m.from.address);
    const std::string defects = d.note;  // dispose's note of a new ticket: its defects, a form's writer
    d.note = d.classification->explanation() + (defects.empty() ? "" : "; " + defects);
  }
  return d;
}

Result<int64_t> Ingestor::open_ticket(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, const Decision& d,
                                      const storage::NewMessage& row, uint64_t over_limit) {
  const TimePoint now = clock_.now();
  const triage::Classification& c = *d.classification;
  storage::NewTicket t;
  t.kind = mailbox.kind;
  t.mailbox = mailbox.name;
  // A form's message is its writer's (Reply-To); what billetd sends on its own goes to the form's
  // no-reply sender, so is suppressed there (policy section 6), and agents see who wrote.
  const std::string& form_writer = m.robot.written_for;
  t.client_address = form_writer.empty() ? m.from.address : form_writer;
  t.client_name = m.from.name;
  t.subject = m.subject;
  t.level = c.level;
  t.classification_json = c.to_json();
  t.plan = d.due->plan;
  t.received_at = row.received_at;
  t.due_at = d.due->due;
  // Follow-ups count from reception, like the deadline; a message ingested later than one
  // interval after reception gets its first follow-up one interval after its acknowledgement.
  if (c.level == 1) {
    const TimePoint from_reception = row.received_at + config_.followups.interval;
    t.next_followup_at = from_reception > now ? from_reception : now + config_.followups.interval;
  }
  t.reply_address = form_writer.empty() ? ack_recipient(m, config_.acks) : m.from.address;
  t.language = row.language;
  t.first_message_id = m.message_id;
  auto id = store_.insert_ticket(t, now);
  if (!id) return id.error();
  if (auto s = store_.add_event(*id, now, "billetd", "opened",
                                "level " + std::to_string(c.level) + ", due " + calendar_.iso_local(d.due->due) + " (" +
                                    d.due->plan + "); " + c.explanation());
      !s)
    return s.error();
  if (auto s = queue_acknowledgement(mailbox, m, *id, c.level, row.received_at, d.due->due, row.language, over_limit); !s)
    return s.error();
  return *id;
}

Status Ingestor::record(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, storage::NewMessage row,
                        Decision& d, uint64_t over_limit) {
  const TimePoint now = clock_.now();
  if (d.classification) {
    auto id = open_ticket(mailbox, m, d, row, over_limit);
    if (!id) return id.error();
    d.ticket_id = *id;
  }
  const uint32_t uidvalidity = row.uidvalidity, uid = row.uid;
  row.disposition = d.disposition;
  row.ticket_id = d.ticket_id;
  row.note = d.note;
  auto message_row = store_.insert_message(row, now);
  if (!message_row) return message_row.error();
  const std::string message = "message " + std::to_string(*message_row);
  if (d.ticket_id && d.disposition == Disposition::kReply) {
    // A reply reopens a resolved ticket; a level 1 ticket gets its follow-ups back.
    auto before = store_.ticket(*d.ticket_id);
    if (!before) return before.error();
    if (*before && (*before)->status == storage::TicketStatus::kResolved && (*before)->level == 1)
      if (auto s = store_.set_ticket_timers(*d.ticket_id, now + config_.followups.interval, (*before)->warned,
                                            (*before)->breached);
          !s)
        return s;
  }
  if (d.ticket_id && d.disposition == Disposition::kThirdParty)
    if (auto s = store_.add_event(*d.ticket_id, now, "billetd", "third-party",
                                  message + " from " + m.from.address + " (not a participant: the ticket is left as it was)");
        !s)
      return s;
  if (d.disposition == Disposition::kBounce && !m.robot.bounced_message_id.empty()) {
    // One of billetd's own emails came back: it did not reach its recipient after all.
    auto returned = store_.mark_email_returned(m.robot.bounced_message_id, "returned as undeliverable (" + message + ")");
    if (!returned) return returned.error();
    if (*returned && (*returned)->ticket_id) {
      if (auto s = store_.add_event(*(*returned)->ticket_id, now, "billetd", "email-returned",
                                    (*returned)->kind + " to " + (*returned)->recipient + " returned as undeliverable");
          !s)
        return s;
      log_.warn("mailbox {}: the {} to {} came back undeliverable (ticket #{})", mailbox.name, (*returned)->kind,
                (*returned)->recipient, *(*returned)->ticket_id);
    }
  }
  const bool reply = d.disposition == Disposition::kReply;
  if (d.ticket_id && (reply || d.disposition == Disposition::kRobot || d.disposition == Disposition::kBounce)) {
    if (auto s = store_.touch_ticket(*d.ticket_id, now, reply); !s) return s;
    if (auto s = store_.add_event(*d.ticket_id, now, "billetd", reply ? "client-reply" : std::string(storage::to_string(d.disposition)),
                                  message + " from " + m.from.address);
        !s)
      return s;
  }
  return store_.record_uid(mailbox.name, uidvalidity, uid, *message_row, action_for(mailbox));
}

namespace {

// Free-mail domains: two addresses there share nothing but the provider.
bool shared_provider(const std::string& domain) {
  static const char* const kProviders[] = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com",
                                           "msn.com", "yahoo.com", "yahoo.ca", "yahoo.fr", "icloud.com", "me.com",
                                           "aol.com", "gmx.com", "gmx.net", "proton.me", "protonmail.com",
                                           "videotron.ca", "sympatico.ca", "bell.net", "hotmail.fr", "outlook.fr"};
  for (const char* p : kProviders)
    if (domain == p) return true;
  return false;
}

}  // namespace

Result<bool> Ingestor::is_participant(int64_t ticket_id, const std::string& from) {
  // Participants: the client, the reply address, anyone who already wrote in the ticket, and the
  // client's colleagues (same domain, unless it is a free-mail provider's). Anyone else naming the
  // ticket number is shown to agents but changes nothing (ticket numbers are sequential).
  const std::string sender = ascii_lower(from);
  if (sender.empty()) return false;
  auto ticket = store_.ticket(ticket_id);
  if (!ticket) return ticket.error();
  if (!*ticket) return false;
  const std::string client = ascii_lower((*ticket)->client_address);
  if (sender == client || sender == ascii_lower((*ticket)->reply_address)) return true;
  const std::string domain = domain_of(sender);
  if (!domain.empty() && domain == domain_of(client) && !shared_provider(domain)) return true;
  auto messages = store_.messages_of_ticket(ticket_id);
  if (!messages) return messages.error();
  for (const auto& msg : *messages)
    if ((msg.disposition == Disposition::kReply || msg.disposition == Disposition::kTicket ||
         msg.disposition == Disposition::kComplaint) &&
        ascii_lower(msg.from_address) == sender)
      return true;
  return false;
}

Status Ingestor::queue_acknowledgement(const MailboxConfig& mailbox, const parsers::ParsedMessage& m, int64_t ticket_id,
                                       int level, TimePoint received, TimePoint due, const std::string& language,
                                       uint64_t oversize_bytes) {
  if (!ack_templates_) return ok_status();
  const TimePoint now = clock_.now();
  AckRequest request;
  request.ticket_id = ticket_id;
  request.kind = mailbox.kind;
  request.level = level;
  request.received = received;
  request.due = due;
  request.outside_hours = !calendar_.is_open(received, config_.deadlines.plan_for(m.from.address));
  request.language = language;
  request.message = &m;
  request.mailbox = &mailbox;
  request.oversize_bytes = oversize_bytes;
  storage::OutboxEmail email = compose_ack(request, *ack_templates_, config_, calendar_, now);
  if (!m.robot.written_for.empty()) email.recipient = m.from.address;  // suppressed: a no-reply sender
  Status queued = queue_client_email(store_, config_, std::move(email), "ack", now);
  if (queued) email_queued_ = true;
  return queued;
}

Result<Ingestor::Outcome> Ingestor::quarantine(const MailboxConfig& mailbox, uint32_t uidvalidity, uint32_t uid,
                                              const std::string& raw, TimePoint received, const std::string& reason,
                                              uint32_t& watermark, bool advance) {
  storage::NewMessage row;
  row.mailbox = mailbox.name;
  row.uidvalidity = uidvalidity;
  row.uid = uid;
  row.dedupe_key = "quarantine:" + std::to_string(uidvalidity) + ":" + std::to_string(uid) + ":" + sha256_key(raw);
  row.raw = raw;
  row.received_at = received;
  row.disposition = Disposition::kQuarantined;
  row.note = reason;
  auto tx = store_.begin();
  if (!tx) return tx.error();
  auto message_row = store_.insert_message(row, clock_.now());
  if (!message_row) return message_row.error();
  if (auto s = store_.record_uid(mailbox.name, uidvalidity, uid, *message_row, mailbox.quarantine_folder); !s) return s.error();
  if (auto s = advance_watermark(mailbox, uidvalidity, uid, watermark, advance); !s) return s.error();
  if (auto s = (*tx)->commit(); !s) return s.error();
  log_.error("mailbox {}: UID {} quarantined as message {} ({}); moved to {}", mailbox.name, uid, *message_row, reason,
             mailbox.quarantine_folder);
  return Outcome::kQuarantined;
}

}  // namespace billet::daemon

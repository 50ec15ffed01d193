#include "daemon/config.h"
#include "tools/commands.h"

namespace billet::tools {

Result<TriageSettings> load_triage_settings(const std::string& config_file) {
  daemon::Config config;  // policy.md's defaults
  if (!config_file.empty()) {
    auto loaded = daemon::load_config(config_file);
    if (!loaded) return loaded.error();
    config = std::move(*loaded);
  }
  auto calendar = daemon::make_calendar(config);
  if (!calendar) return calendar.error();
  return TriageSettings{std::move(*calendar), config.deadlines};
}

}  // namespace billet::tools

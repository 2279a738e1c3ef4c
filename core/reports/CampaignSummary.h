#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

class Database;

/// The state of a danvan file as of a day, as JSON, for scripts: the units in force that day
/// per level and those retired before it, and for each campaign its levels, deadlines,
/// pilots, overrides, conference counts, the overdue list, the order warnings and the level
/// deadlines that come after those above them. The layout is stable; see
/// `danvan-cli summary --help`.
namespace CampaignSummary {

/// `campaignId` limits the report to one campaign; `asOf` is the day of the statuses.
Result<QJsonObject> build(Database &database, std::optional<qint64> campaignId, QDate asOf);

} // namespace CampaignSummary

#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

class Database;

/// The state of a danvan file as JSON, for scripts: unit counts, and for each campaign its
/// levels, deadlines, pilots, overrides, conference counts as of a day, the overdue list
/// and the order warnings. The layout is stable; see `danvan-cli summary --help`.
namespace SummaryReport {

/// `campaignId` limits the report to one campaign; `asOf` is the day of the statuses.
Result<QJsonObject> build(Database &database, std::optional<qint64> campaignId, QDate asOf);

} // namespace SummaryReport

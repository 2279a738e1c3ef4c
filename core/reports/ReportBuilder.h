#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Database;

/// The reports the clerk prints and sends on, built from the database as tables: one data
/// source for print, PDF, CSV and XLSX. Headers and words are in the user's language.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    enum class Kind {
        Schedule, ///< the conference schedule, grouped by level and district
        Progress, ///< per district, per level, and the overdue list, as of a day
        Exemplars, ///< the models and exemplars, and their counts by field and level
        Rewards, ///< the rewards with decision, form, issuer and recipients
        Units, ///< the units of the tree, in force or retired
        Results, ///< every field of every conference, as the reporting form has them
    };

    /// "schedule", "progress", ... as written on the command line.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);

    /// Builds a report of a campaign (all but Units need one) as of a day. With `unitsOn`,
    /// the models and exemplars and the rewards are also read by the units in force that day
    /// ("by today's units"): a column names, for each row, the units that carry its unit on,
    /// such as the new commune that an old one went into in 2025.
    static Result<ReportDocument> build(Kind kind, Database &database, qint64 campaignId,
                                        QDate asOf, QDate unitsOn = {});

private:
    static Result<ReportDocument> schedule(Database &database, qint64 campaignId, QDate asOf);
    static Result<ReportDocument> progress(Database &database, qint64 campaignId, QDate asOf);
    static Result<ReportDocument> exemplars(Database &database, qint64 campaignId, QDate asOf,
                                            QDate unitsOn);
    static Result<ReportDocument> rewards(Database &database, qint64 campaignId, QDate asOf,
                                          QDate unitsOn);
    static Result<ReportDocument> units(Database &database, QDate asOf);
};

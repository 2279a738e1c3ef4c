#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

/// The results report: every field of every conference of a campaign as entered (planned
/// day, venue, day held, chair, delegates invited, attendees, report received, budget
/// planned and spent, assessment, note), grouped like the schedule (by the campaign's own
/// levels, then under the unit above), with the reporting form's columns, so that a form
/// filled in and the report read alike.
class ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)

public:
    static Result<ReportDocument> build(Database &database, qint64 campaignId, QDate asOf);
};

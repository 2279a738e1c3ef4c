#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/// The summary conference of one unit in one campaign, and what it reported.
struct Conference
{
    Q_DECLARE_TR_FUNCTIONS(Conference)

public:
    /// How far a conference has come. Each stage counts only from its date: as of a day
    /// before the held date, a conference is not yet held.
    enum class Stage { NotScheduled, Scheduled, Held, ReportReceived };

    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    /// The nearest unit above that takes part in the campaign; 0 for the top.
    qint64 parentUnitId = 0;
    QString level;

    QDate scheduledOn;
    QString venue;
    QDate heldOn;
    QString chair;
    int attendees = -1; ///< -1 when not known
    int invited = -1; ///< delegates invited; -1 when not known
    QString assessment; ///< the assessment written into the report
    QDate reportReceivedOn;
    qint64 budgetPlanned = -1; ///< VND; -1 when not known
    qint64 budgetSpent = -1; ///< VND; -1 when not known
    QString note;

    Stage stageOn(QDate asOf) const;
    /// True when anything the conference reported is entered (a day, a count, an amount or
    /// a text).
    bool hasResults() const;
    bool isHeldOn(QDate asOf) const { return heldOn.isValid() && heldOn <= asOf; }

    /// Refuses what cannot be: a report received before the conference was held or without
    /// it, negative numbers of people or money. (Held before the planned day is fine.)
    Result<void> validate() const;

    /// `base` with the fields that differ between `from` and `to` set as in `to`: an edit
    /// applied to what is stored now, so that fields changed meanwhile by another program
    /// (or another window) and not touched by the edit are kept.
    static Conference withChanges(const Conference &base, const Conference &from,
                                  const Conference &to);

    /// The stage in the user's language.
    static QString stageName(Stage stage);
};

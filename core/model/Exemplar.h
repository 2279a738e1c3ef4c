#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// A model (mô hình: a collective's initiative) or an exemplar (điển hình: a person) of the
/// movement, recorded in a campaign: the unit it belongs to, and the unit whose conference
/// commended it, which gives the level that recognised it.
struct Exemplar
{
    Q_DECLARE_TR_FUNCTIONS(Exemplar)

public:
    enum class Kind { Collective, Individual };

    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0; ///< the unit it belongs to
    qint64 recognisedBy = 0; ///< the unit whose conference commended it; 0 when none yet
    Kind kind = Kind::Collective;
    QString name;
    qint64 fieldId = 0; ///< its field of activity; 0 when not set
    QString description;
    qint64 money = -1; ///< money mobilised, VND; -1 when not known
    int workdays = -1; ///< workdays mobilised; -1 when not known

    /// Refuses an empty name, a missing unit and negative amounts.
    Result<void> validate() const;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    /// "Collective model" / "Individual exemplar" in the user's language.
    static QString kindName(Kind kind);
};

/// An exemplar put forward by one unit to the next one up its campaign's NominationChain
/// (commune → district → province → national in a campaign of three levels), and what the
/// level above decided.
struct Nomination
{
    Q_DECLARE_TR_FUNCTIONS(Nomination)

public:
    enum class Status { Proposed, Selected, Commended, NotSelected };

    qint64 id = 0;
    qint64 exemplarId = 0;
    qint64 fromUnitId = 0;
    qint64 toUnitId = 0; ///< 0: the national level
    Status status = Status::Proposed;
    QString note;

    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);
    static QString statusName(Status status);
    /// Selected or commended: the level above has taken it up.
    bool isTakenUp() const { return status == Status::Selected || status == Status::Commended; }
};

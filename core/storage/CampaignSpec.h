#pragma once

#include "Campaign.h"
#include "Result.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

class Database;

/// The description of a campaign: what `danvan-cli campaign create --spec` reads and
/// `campaign export` writes (docs/campaign-format.md), and what the new-campaign dialog
/// fills in. Units are named by their register codes, so that a description made in one
/// file creates the same campaign in another file with the same units. Creating checks
/// everything with the same rules as edits made one by one, and creates nothing on any
/// error.
class CampaignSpec
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSpec)

public:
    /// A unit's own deadline for a level, or (level empty) a pilot's deadline.
    struct UnitDeadline
    {
        QString unitCode;
        QString level; ///< empty for a pilot, or for the unit's own level
        Period deadline;
        QString where; ///< where it was read ("overrides[0]"), for messages
    };
    struct SteeringMember
    {
        QString name;
        QString title;
        QString phone;
    };
    struct SteeringGroup
    {
        QString name;
        QList<SteeringMember> members;
        QStringList unitCodes; ///< the units it follows
    };

    /// Reads and checks a description; `fileName` names it in messages. An unknown field,
    /// a missing one or a value of the wrong form is refused, naming the field by its JSON
    /// path ("levels[1].deadline") and the value.
    static Result<CampaignSpec> fromJson(const QByteArray &json, const QString &fileName);

    /// The description of a campaign in a file.
    static Result<CampaignSpec> fromDatabase(Database &database, qint64 campaignId);

    /// The description as JSON, in the documented format.
    QByteArray toJson() const;

    /// The description of the next phase: the same root, levels, documents, steering groups
    /// with their members and units, and office settings, under a new name, phase and start;
    /// the level deadlines' phrases moved by `shiftYears` years. Units' own deadlines, pilots
    /// and the units left out or added are not carried over: the units are taken from the
    /// tree as it is at the new start.
    /// `units` are the file's units: the steering groups keep the units they follow that
    /// take part in the new phase.
    Result<CampaignSpec> nextPhase(const QString &name, const QString &phase, QDate startsOn,
                                   int shiftYears, const QList<Unit> &units) const;

    /// Creates the campaign, its own deadlines, pilots, steering groups and office settings
    /// in one transaction. Returns the campaign's id.
    Result<qint64> create(Database &database) const;

    Campaign campaign; ///< name, phase, start, note, levels with deadlines, documents, dates
    QString rootCode;
    QList<UnitDeadline> overrides;
    QList<UnitDeadline> pilots;
    QStringList excludedCodes; ///< units the clerk left out
    QStringList addedCodes; ///< units the clerk added
    QList<SteeringGroup> steeringGroups;
    /// The office's document settings (OfficeSettings::documentSettings() keys) to set.
    QList<std::pair<QString, QString>> office;
    /// The file it was read from, named in messages; empty for one built in the window.
    QString fileName;

private:
    Failure failure(const QString &where, const QString &message) const;
};

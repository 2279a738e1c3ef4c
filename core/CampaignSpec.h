#pragma once

#include "Campaign.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// A campaign described in a JSON file: name, phase, root unit code, start date, levels
/// with their deadline phrases, documents, key dates, and the units' own deadlines and
/// pilots by unit code. The example campaign is one of these, in the program's resources.
class CampaignSpec
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSpec)

public:
    /// Reads and checks a description; `fileName` names it in messages.
    static Result<CampaignSpec> fromJson(const QByteArray &json, const QString &fileName);

    /// Creates the campaign, its overrides and its pilots in one transaction, with the same
    /// checks as edits made one by one. Returns the campaign's id.
    Result<qint64> create(Database &database) const;

    const Campaign &campaign() const { return m_campaign; }

private:
    struct UnitDeadline
    {
        QString unitCode;
        QString level; ///< empty for a pilot
        Period deadline;
    };

    Campaign m_campaign;
    QString m_rootCode;
    QList<UnitDeadline> m_overrides;
    QList<UnitDeadline> m_pilots;
};

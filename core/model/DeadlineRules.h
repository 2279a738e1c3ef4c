#pragma once

#include "Campaign.h"
#include "Conference.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

/// A unit's deadline in a campaign and where it comes from.
struct Deadline
{
    enum class Source {
        None, ///< no deadline set for the level
        Campaign, ///< the directive's deadline for the level
        Override, ///< set by a unit for its part of the tree
        Pilot, ///< the unit is a pilot with its own deadline
    };

    Period period;
    Source source = Source::None;
    qint64 sourceUnitId = 0; ///< the unit that set it (Override, Pilot)

    bool isValid() const { return period.isValid(); }
    QDate last() const { return period.last(); }
};

/// The deadline rules of one campaign: a unit's effective deadline is the tightest on its
/// path (the directive's for its level, the overrides of the unit and of every unit above
/// it for that level, its pilot deadline); a unit may only tighten what the level above set.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRules)

public:
    DeadlineRules(const Campaign &campaign, const QList<Conference> &conferences,
                  const QList<DeadlineOverride> &overrides, const QList<Pilot> &pilots);

    /// The deadline that binds the unit's conference.
    Deadline effective(qint64 unitId) const;

    /// The tightest deadline set for `level` by the campaign and the units above `unitId`
    /// (and by `unitId` itself when `includeSelf`).
    Deadline boundFor(qint64 unitId, const QString &level, bool includeSelf) const;

    /// Checks a deadline that `unitId` wants to set for `level`; `nameOf` gives unit names
    /// for the message.
    Result<void> checkOverride(qint64 unitId, const QString &level, const Period &deadline,
                               const std::function<QString(qint64)> &nameOf) const;
    /// Checks a pilot deadline for `unitId`.
    Result<void> checkPilot(qint64 unitId, const Period &deadline,
                            const std::function<QString(qint64)> &nameOf) const;

    /// True when the unit sets a deadline of its own for some level.
    bool setsOverride(qint64 unitId) const { return m_overridingUnits.contains(unitId); }
    bool takesPart(qint64 unitId) const { return m_nodes.contains(unitId); }
    bool isPilot(qint64 unitId) const { return m_pilots.contains(unitId); }
    Period pilotDeadline(qint64 unitId) const { return m_pilots.value(unitId); }

    /// Words for where a deadline comes from: “the directive”, “set by Huyện Châu Thành”.
    static QString describeSource(const Deadline &deadline,
                                  const std::function<QString(qint64)> &nameOf);

    /// A level whose deadline in the campaign falls after the earliest deadline of the levels
    /// above it: its conferences would come after the one they lead up to. It is a warning,
    /// as an order warning is, not a refusal.
    struct LevelConflict
    {
        QString level;
        Period deadline;
        QString above; ///< the level above whose deadline it passes
        Period aboveDeadline;
    };
    /// The campaign's level deadlines that come after those of the levels above, top first.
    static QList<LevelConflict> levelConflicts(const Campaign &campaign);
    /// The warning in words; `levelName` gives a level's name for its key.
    static QString describeConflict(const LevelConflict &conflict,
                                    const std::function<QString(const QString &)> &levelName);

private:
    struct Node
    {
        qint64 parent = 0;
        QString level;
    };
    qint64 parentOf(qint64 unitId) const
    {
        const auto node = m_nodes.constFind(unitId);
        return node != m_nodes.cend() ? node->parent : 0;
    }
    static bool tighter(const Period &candidate, const Deadline &current)
    {
        return candidate.isValid() && (!current.isValid() || candidate.last() < current.last());
    }

    Campaign m_campaign;
    QHash<qint64, Node> m_nodes;
    QHash<QPair<qint64, QString>, Period> m_overrides;
    QSet<qint64> m_overridingUnits;
    QHash<qint64, Period> m_pilots;
};

#pragma once

#include "Exemplar.h"
#include "Level.h"
#include "NominationChain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class UnitTree;
class Workspace;

/// A campaign's models and exemplars with their nominations, as the pages show them: read
/// once after each change and shared by the models, with the names of units, levels and
/// fields, and the campaign's NominationChain (where a nomination goes).
class ExemplarRegister
{
    Q_DECLARE_TR_FUNCTIONS(ExemplarRegister)

public:
    ExemplarRegister() = default;

    /// Reads the chosen campaign's register from the workspace's file.
    static Result<ExemplarRegister> load(Workspace &workspace);
    /// Reads the part of the chosen campaign's register that a unit's panel shows: the
    /// exemplars the unit commended, received or put forward, and every nomination of
    /// these; the names, the campaign's units and its chain are the whole campaign's.
    static Result<ExemplarRegister> loadUnit(Workspace &workspace, qint64 unitId);

    const QList<Exemplar> &exemplars() const { return m_exemplars; }
    const QList<Nomination> &nominations() const { return m_nominations; }
    /// The campaign's units, in the tree's order.
    const QList<qint64> &campaignUnits() const { return m_campaignUnits; }
    /// The units a nomination can go from: the campaign's, and the unit above its own unit.
    QList<qint64> chainUnits() const;
    const UnitTree *units() const { return m_units.get(); }

    /// What the free-text filter looks in for exemplars().at(index): its name, its unit and
    /// its field, as a Text::searchKey().
    const QString &searchKeyAt(int index) const { return m_searchKeys.at(index); }
    const Exemplar *exemplar(qint64 id) const;
    const Nomination *nomination(qint64 id) const;
    QString fieldName(qint64 fieldId) const { return m_fieldNames.value(fieldId); }
    /// "Xã Bình An (Huyện Châu Thành)"; empty for 0 or an unknown unit.
    QString unitLabel(qint64 unitId) const;
    /// The unit with its level: "Huyện Châu Thành (District and equivalent)".
    QString unitWithLevel(qint64 unitId) const;
    /// Where a unit's nominations go (NominationChain::targetOf()): the next unit up, 0 for
    /// the national level; nothing when the unit is not on the chain.
    std::optional<qint64> targetOf(qint64 unitId) const { return m_chain.targetOf(unitId); }
    /// The name of a nomination's target: a unit's label, or "the national level" for 0.
    QString targetName(qint64 toUnitId) const;

    /// The nominations of an exemplar, in the order they were made.
    QList<Nomination> nominationsOf(qint64 exemplarId) const;
    /// The unit that holds the exemplar now and would put it forward next: the unit that
    /// commended it (or that it belongs to), or the highest unit that took it up.
    qint64 holderOf(qint64 exemplarId) const;
    /// The furthest step it has made up the levels; nothing when it was never put forward.
    std::optional<Nomination> furthestNomination(qint64 exemplarId) const;
    /// "put forward to Huyện Châu Thành: selected", or empty.
    QString nominationText(qint64 exemplarId) const;

private:
    /// Reads the chosen campaign's register, only one unit's part of it when `unitId` is set.
    static Result<ExemplarRegister> read(Workspace &workspace, qint64 unitId);
    /// Keeps `exemplars` in Vietnamese order of their names with `nominations`, and the
    /// campaign's names and chain from the workspace.
    static Result<ExemplarRegister> build(Workspace &workspace, QList<Exemplar> exemplars,
                                          QList<Nomination> nominations);

    QList<Exemplar> m_exemplars;
    QList<QString> m_searchKeys;
    QList<Nomination> m_nominations;
    QHash<qint64, int> m_exemplarIndex;
    QHash<qint64, QString> m_fieldNames;
    std::shared_ptr<const UnitTree> m_units;
    QList<Level> m_levels;
    QList<qint64> m_campaignUnits;
    NominationChain m_chain;
};

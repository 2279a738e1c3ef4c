#pragma once

#include "Result.h"

#include <QComboBox>
#include <QCoreApplication>

#include <memory>

class QCompleter;
class QStandardItemModel;
class RegisterFilterModel;
class UnitTree;
class Workspace;

/// Picks a unit of the campaign by typing part of its name or code: the list offers the
/// units whose name words begin with the words typed, accents ignored ("binh an chau"
/// finds "Xã Bình An (Huyện Châu Thành)"), and the two units of one name are told apart by
/// their parents. It may be left empty when the form allows it.
class UnitComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum Role { UnitIdRole = Qt::UserRole + 100 };

    explicit UnitComboBox(QWidget *parent = nullptr);

    /// Offers the units taking part in the workspace's chosen campaign, in the tree's order.
    void setCampaignUnits(const Workspace &workspace);
    /// Offers these units, in this order; keeps the chosen one when it is still offered.
    void setUnits(std::shared_ptr<const UnitTree> tree, const QList<qint64> &unitIds);
    /// The unit chosen or typed, 0 when the field is empty, or the refusal of a text that
    /// names no unit (or several).
    Result<qint64> unit() const;
    /// The unit chosen, 0 when none or the text names no single unit.
    qint64 unitId() const;
    /// Chooses a unit (0: empties the field).
    void setUnitId(qint64 unitId);

signals:
    /// The unit shown changed (0 when the field was emptied).
    void unitChanged(qint64 unitId);

private:
    void textTyped(const QString &text);

    QStandardItemModel *m_items;
    RegisterFilterModel *m_matches;
    QCompleter *m_completer;
};

#pragma once

#include "ProgressReport.h"

#include <QAbstractTableModel>

#include <memory>

class Schedule;

/// The overview's list of conferences that missed their deadline, the most overdue first:
/// those not held by it, then those held after it. Every row is tinted as overdue.
class OverdueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Standing, Deadline, Level, Parent, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        DaysOverdueRole, ///< days past the deadline (late, when held late)
        HeldLateRole,
    };

    explicit OverdueModel(QObject *parent = nullptr);

    /// Shows a report and the schedule it was built from (or none).
    void setReport(std::shared_ptr<const ProgressReport> report,
                   std::shared_ptr<const Schedule> schedule);
    /// Headers and texts follow the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ProgressReport::OverdueEntry &entry, int column) const;

    std::shared_ptr<const ProgressReport> m_report;
    std::shared_ptr<const Schedule> m_schedule;
};

#include "DistrictProgressModel.h"

#include "Dates.h"
#include "Schedule.h"
#include "StatusTints.h"

#include <QFont>

using namespace Qt::StringLiterals;

DistrictProgressModel::DistrictProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DistrictProgressModel::setReport(std::shared_ptr<const CampaignProgress> report,
                                      std::shared_ptr<const Schedule> schedule)
{
    const auto unitIds = [](const CampaignProgress *of) {
        QList<qint64> ids;
        if (of) {
            for (const CampaignProgress::District &district : of->districts())
                ids.append(district.unitId);
        }
        return ids;
    };
    if (schedule && m_schedule && unitIds(report.get()) == unitIds(m_report.get())) {
        m_report = std::move(report);
        m_schedule = std::move(schedule);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_report = std::move(report);
    m_schedule = std::move(schedule);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DistrictProgressModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DistrictProgressModel::rowOfUnit(qint64 unitId) const
{
    return m_report ? m_report->districtOfUnit(unitId) : -1;
}

int DistrictProgressModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report || !m_schedule)
        return 0;
    return int(m_report->districts().size());
}

int DistrictProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistrictProgressModel::display(const CampaignProgress::District &district,
                                        int column) const
{
    switch (column) {
    case District:
        return district.label;
    case Code:
        return district.code;
    case Held:
        return tr("%1 / %2").arg(district.belowHeld).arg(district.below);
    case Overdue:
        return district.belowOverdue;
    case OwnConference: {
        const ScheduleRow &row = m_schedule->rows().at(district.scheduleRow);
        QString text =
            tr("%1: %2").arg(Conference::stageName(district.stage), Schedule::timelinessText(row));
        if (district.orderWarning)
            text = tr("%1; held before its communes").arg(text);
        return text;
    }
    case Deadline:
        return district.deadline.isValid() ? Dates::text(district.deadline.last()) : tr("none");
    default:
        return {};
    }
}

QString DistrictProgressModel::toolTip(const CampaignProgress::District &district, int column) const
{
    switch (column) {
    case Held:
        return tr("%1 of the %2 communes of %3 had held their conference by %4.")
            .arg(district.belowHeld)
            .arg(district.below)
            .arg(district.label, Dates::text(m_report->asOf()));
    case Overdue:
        return tr("Communes that had not held their conference by their deadline, or held it "
                  "after the deadline.");
    case OwnConference:
        if (district.heldOn.isValid())
            return tr("Held on %1.").arg(Dates::text(district.heldOn));
        return {};
    case Deadline:
        if (!district.deadline.isValid())
            return tr("No deadline is set for this level.");
        return tr("“%1”").arg(district.deadline.period.text());
    default:
        return {};
    }
}

QVariant DistrictProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CampaignProgress::District &district = m_report->districts().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(district, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(district, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Held || index.column() == Overdue)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == Overdue && district.belowOverdue > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return StatusTints::background(district.timeliness);
    case Qt::ForegroundRole:
        if (district.timeliness == Timeliness::OnTime && index.column() == OwnConference
            && district.orderWarning)
            return QBrush(StatusTints::warningText());
        return StatusTints::foreground(district.timeliness);
    case UnitIdRole:
        return district.unitId;
    case TimelinessRole:
        return int(district.timeliness);
    default:
        return {};
    }
}

QVariant DistrictProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The units are those of the level above the campaign's lowest: districts, a province,
    // or whatever the campaign's levels are.
    const QString noun = m_report && m_schedule
        ? m_schedule->level(m_report->districtLevel()).unitNoun()
        : Level{u"district"_s, 0, {}, {}}.unitNoun();
    if (role == Qt::ToolTipRole && section == Held)
        return tr("Units below that have held their conference, of all the units below");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case District:
        return noun;
    case Code:
        return tr("Code");
    case Held:
        return tr("Held below");
    case Overdue:
        return tr("Overdue below");
    case OwnConference:
        return tr("Its own conference");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

#include "ResultsProblemsModel.h"

#include "StatusTints.h"
#include "Workbook.h"

#include <QBrush>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ResultsProblemsModel::ResultsProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultsProblemsModel::setPreview(const ResultsPreview &preview)
{
    beginResetModel();
    m_lines.clear();
    m_blocking = 0;
    for (const ResultsPreview::File &file : preview.files) {
        const QString name = QFileInfo(file.path).fileName();
        if (!file.error.isEmpty())
            m_lines.append({name, QString(), -1, QString(), QString(), file.error, true});
        for (const ResultsPreview::Sheet &sheet : file.sheets) {
            for (const ResultsPreview::Problem &problem : sheet.problems) {
                QString column;
                if (problem.column >= 0) {
                    const QString header = sheet.headers.value(problem.column);
                    column = header.isEmpty()
                        ? Workbook::columnName(problem.column)
                        : tr("%1 (%2)").arg(Workbook::columnName(problem.column), header);
                }
                m_lines.append({name, sheet.name, problem.row, column, problem.value,
                                problem.message, problem.blocks()});
            }
        }
    }
    for (const Line &line : std::as_const(m_lines))
        m_blocking += line.blocks;
    endResetModel();
}

int ResultsProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ResultsProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File:
            return line.file;
        case Sheet:
            return line.sheet;
        case Row:
            return line.row >= 0 ? QVariant(line.row + 1) : QVariant();
        case CellColumn:
            return line.column;
        case Value:
            return line.value;
        case Problem:
            return line.blocks ? line.message : tr("Note: %1").arg(line.message);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && line.blocks)
        return QBrush(StatusTints::overdue());
    return {};
}

QVariant ResultsProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Sheet:
        return tr("Sheet");
    case Row:
        return tr("Row");
    case CellColumn:
        return tr("Column");
    case Value:
        return tr("Value");
    case Problem:
        return tr("Refused, or to note");
    default:
        return {};
    }
}

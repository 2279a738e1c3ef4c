#pragma once

#include "ResultsPreview.h"

#include <QAbstractTableModel>

/// Everything reading results back refuses or notes, one line each: the files that could
/// not be read, and per sheet the values refused, the rows not matched or matched twice, the
/// names two units share, and the notes, with their file, sheet, row and column.
class ResultsProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Sheet, Row, CellColumn, Value, Problem, ColumnCount };

    explicit ResultsProblemsModel(QObject *parent = nullptr);

    void setPreview(const ResultsPreview &preview);
    /// The number of lines that stop applying (all but the notes).
    int blocking() const { return m_blocking; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString file;
        QString sheet;
        int row = -1;
        QString column;
        QString value;
        QString message;
        bool blocks = true;
    };
    QList<Line> m_lines;
    int m_blocking = 0;
};

#pragma once

#include "ResultsColumns.h"
#include "ResultsPreview.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

/// Which column of a sheet holds which field: a list of the sheet's columns for each field
/// read back, proposed from the headers (or remembered for the sender), for the clerk to
/// correct. mappingChanged() gives the whole mapping after each change.
class ColumnMappingPanel : public QWidget
{
    Q_OBJECT

public:
    using Field = ResultsColumns::Field;

    explicit ColumnMappingPanel(QWidget *parent = nullptr);

    /// Shows a sheet's mapping; a sheet not read shows nothing to choose.
    void setSheet(const ResultsPreview::Sheet &sheet, int columnCount);
    void clear();
    QHash<Field, int> mapping() const;
    /// The fields that can be mapped, in order.
    static QList<Field> fields();

signals:
    void mappingChanged(const QHash<ResultsColumns::Field, int> &mapping);

private:
    QLabel *m_title;
    QFormLayout *m_form;
    QHash<Field, QComboBox *> m_boxes;
    bool m_filling = false;
};

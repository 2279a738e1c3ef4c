#pragma once

#include "ResultsPreview.h"

#include <QAbstractItemModel>

/// What reading results back would do, as a tree: each file, its sheets, the units matched
/// in each sheet and, under each unit, each value read against the one stored. A conflict
/// is decided by its check box: checked replaces what is stored, unchecked keeps it, half
/// checked is still to decide.
class ResultsPreviewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Item, Stored, Read, Status, ColumnCount };
    /// Where an index is: 0 file, 1 sheet, 2 unit, 3 value.
    enum Role { DepthRole = Qt::UserRole + 1, FileRole, SheetRole };

    explicit ResultsPreviewModel(QObject *parent = nullptr);

    void setPreview(const ResultsPreview &preview);
    const ResultsPreview &preview() const { return m_preview; }
    /// Decides every conflict still to decide, or every one with `all`.
    void decideConflicts(ResultsPreview::Decision decision, bool all);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// A conflict was decided by hand.
    void decided();

private:
    // An index's place: file, sheet, row and value, each -1 above its depth.
    struct Place
    {
        int file = -1;
        int sheet = -1;
        int row = -1;
        int value = -1;
        int depth() const { return value >= 0 ? 3 : row >= 0 ? 2 : sheet >= 0 ? 1 : 0; }
    };
    static quintptr pack(const Place &place);
    static Place unpack(quintptr id);
    Place placeOf(const QModelIndex &index) const;
    QString statusText(const ResultsPreview::Value &value) const;

    ResultsPreview m_preview;
};

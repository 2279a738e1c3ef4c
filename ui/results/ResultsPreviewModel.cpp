#include "ResultsPreviewModel.h"

#include "StatusTints.h"

#include <QBrush>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// An index's internal id: its parent's place, each part plus one (0: none), in 64 bits.
constexpr int FileBits = 12, SheetBits = 10, RowBits = 24;

} // namespace

ResultsPreviewModel::ResultsPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ResultsPreviewModel::setPreview(const ResultsPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void ResultsPreviewModel::decideConflicts(ResultsPreview::Decision decision, bool all)
{
    m_preview.decideConflicts(decision, all);
    // Only values' check boxes and statuses change.
    beginResetModel();
    endResetModel();
}

quintptr ResultsPreviewModel::pack(const Place &place)
{
    quint64 id = quint64(place.file + 1);
    id |= quint64(place.sheet + 1) << FileBits;
    id |= quint64(place.row + 1) << (FileBits + SheetBits);
    return quintptr(id);
}

ResultsPreviewModel::Place ResultsPreviewModel::unpack(quintptr value)
{
    const auto id = quint64(value);
    Place place;
    place.file = int(id & ((1u << FileBits) - 1)) - 1;
    place.sheet = int((id >> FileBits) & ((1u << SheetBits) - 1)) - 1;
    place.row = int((id >> (FileBits + SheetBits)) & ((1u << RowBits) - 1)) - 1;
    return place;
}

// The index's own place: its parent's (packed in the id) with its row added at the next depth.
ResultsPreviewModel::Place ResultsPreviewModel::placeOf(const QModelIndex &index) const
{
    Place place = unpack(index.internalId());
    if (place.file < 0)
        place.file = index.row();
    else if (place.sheet < 0)
        place.sheet = index.row();
    else if (place.row < 0)
        place.row = index.row();
    else
        place.value = index.row();
    return place;
}

QModelIndex ResultsPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    const Place place = parent.isValid() ? placeOf(parent) : Place();
    return createIndex(row, column, pack(place));
}

QModelIndex ResultsPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Place place = unpack(child.internalId());
    if (place.file < 0)
        return {};
    // The parent's own row is the deepest part of the child's id; its id is one level less.
    int row = 0;
    if (place.row >= 0) {
        row = place.row;
        place.row = -1;
    } else if (place.sheet >= 0) {
        row = place.sheet;
        place.sheet = -1;
    } else {
        row = place.file;
        place.file = -1;
    }
    return createIndex(row, 0, pack(place));
}

int ResultsPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    if (!parent.isValid())
        return int(m_preview.files.size());
    const Place place = placeOf(parent);
    switch (place.depth()) {
    case 0:
        return int(m_preview.files.at(place.file).sheets.size());
    case 1:
        return int(m_preview.files.at(place.file).sheets.at(place.sheet).rows.size());
    case 2:
        return int(
            m_preview.files.at(place.file).sheets.at(place.sheet).rows.at(place.row).values.size());
    default:
        return 0;
    }
}

int ResultsPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ResultsPreviewModel::statusText(const ResultsPreview::Value &value) const
{
    switch (value.status) {
    case ResultsPreview::Status::New:
        return tr("new");
    case ResultsPreview::Status::Same:
        return tr("as entered");
    case ResultsPreview::Status::Conflict:
        switch (value.decision) {
        case ResultsPreview::Decision::Ask:
            return tr("differs: to decide");
        case ResultsPreview::Decision::Keep:
            return tr("differs: kept as entered");
        case ResultsPreview::Decision::Replace:
            return tr("differs: replaced");
        }
    }
    return {};
}

QVariant ResultsPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Place place = placeOf(index);
    if (role == DepthRole)
        return place.depth();
    if (role == FileRole)
        return place.file;
    if (role == SheetRole)
        return place.sheet;
    const ResultsPreview::File &file = m_preview.files.at(place.file);
    switch (place.depth()) {
    case 0:
        if (role == Qt::DisplayRole && index.column() == Item)
            return QFileInfo(file.path).fileName();
        if (role == Qt::DisplayRole && index.column() == Status)
            return file.error.isEmpty() ? (file.isForm ? tr("reporting form") : QString())
                                        : tr("not read");
        if (role == Qt::ToolTipRole)
            return file.error.isEmpty() ? file.path : file.error;
        if (role == Qt::ForegroundRole && !file.error.isEmpty())
            return QBrush(StatusTints::warningText());
        return {};
    case 1: {
        const ResultsPreview::Sheet &sheet = file.sheets.at(place.sheet);
        if (role == Qt::DisplayRole && index.column() == Item)
            return tr("sheet “%1”").arg(sheet.name);
        if (role == Qt::DisplayRole && index.column() == Status) {
            if (!sheet.skipped.isEmpty())
                return tr("left out");
            return sheet.senderName.isEmpty()
                ? tr("%n unit(s)", nullptr, int(sheet.rows.size()))
                : tr("%n unit(s), sent by %1", nullptr, int(sheet.rows.size()))
                      .arg(sheet.senderName);
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            if (!sheet.skipped.isEmpty())
                lines.append(sheet.skipped);
            lines.append(tr("Encoding: %1").arg(sheet.encoding));
            if (sheet.headerRow >= 0)
                lines.append(tr("Header in row %1").arg(sheet.headerRow + 1));
            return lines.join(u'\n');
        }
        return {};
    }
    case 2: {
        const ResultsPreview::Row &row = file.sheets.at(place.sheet).rows.at(place.row);
        if (role == Qt::DisplayRole && index.column() == Item) {
            const QString unit = row.unitCode.isEmpty()
                ? row.unitName
                : tr("%1 (%2)").arg(row.unitName, row.unitCode);
            return tr("row %1: %2").arg(row.row + 1).arg(unit);
        }
        if (role == Qt::DisplayRole && index.column() == Status) {
            if (row.refused)
                return tr("left out: a value is refused");
            int changes = 0;
            for (const ResultsPreview::Value &value : row.values)
                changes += value.changes();
            QString text = changes == 0 ? tr("no change") : tr("%n change(s)", nullptr, changes);
            if (row.byName)
                text += u"; "_s + tr("found by name");
            return text;
        }
        if (role == Qt::ForegroundRole && row.refused)
            return QBrush(StatusTints::warningText());
        return {};
    }
    case 3: {
        const ResultsPreview::Value &value =
            file.sheets.at(place.sheet).rows.at(place.row).values.at(place.value);
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Item:
                return ResultsColumns::header(value.field);
            case Stored:
                return ResultsPreview::valueText(value.field, value.stored);
            case Read:
                return ResultsPreview::valueText(value.field, value.read);
            case Status:
                return statusText(value);
            default:
                return {};
            }
        }
        if (role == Qt::CheckStateRole && index.column() == Read
            && value.status == ResultsPreview::Status::Conflict) {
            switch (value.decision) {
            case ResultsPreview::Decision::Ask:
                return Qt::PartiallyChecked;
            case ResultsPreview::Decision::Keep:
                return Qt::Unchecked;
            case ResultsPreview::Decision::Replace:
                return Qt::Checked;
            }
        }
        if (role == Qt::ToolTipRole && value.status == ResultsPreview::Status::Conflict) {
            return tr("Checked: the file's value replaces what is entered. Unchecked: what is "
                      "entered is kept.");
        }
        if (role == Qt::ForegroundRole && value.status == ResultsPreview::Status::Same)
            return QBrush(Qt::gray);
        if (role == Qt::BackgroundRole && value.status == ResultsPreview::Status::Conflict
            && value.decision == ResultsPreview::Decision::Ask)
            return QBrush(StatusTints::dueSoon());
        return {};
    }
    default:
        return {};
    }
}

bool ResultsPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Read)
        return false;
    const Place place = placeOf(index);
    if (place.depth() != 3)
        return false;
    ResultsPreview::Value &entry =
        m_preview.files[place.file].sheets[place.sheet].rows[place.row].values[place.value];
    if (entry.status != ResultsPreview::Status::Conflict)
        return false;
    entry.decision = value.value<Qt::CheckState>() == Qt::Checked
        ? ResultsPreview::Decision::Replace
        : ResultsPreview::Decision::Keep;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit decided();
    return true;
}

Qt::ItemFlags ResultsPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Place place = placeOf(index);
    if (place.depth() == 3 && index.column() == Read) {
        const ResultsPreview::Value &value = m_preview.files.at(place.file)
                                                 .sheets.at(place.sheet)
                                                 .rows.at(place.row)
                                                 .values.at(place.value);
        if (value.status == ResultsPreview::Status::Conflict)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant ResultsPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("File, sheet, unit, field");
    case Stored:
        return tr("Entered now");
    case Read:
        return tr("In the file");
    case Status:
        return tr("What happens");
    default:
        return {};
    }
}

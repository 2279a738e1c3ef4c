#include "UnitComboBox.h"

#include "RegisterFilterModel.h"
#include "Schedule.h"
#include "Text.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

UnitComboBox::UnitComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_items(new QStandardItemModel(this))
    , m_matches(new RegisterFilterModel(this))
    , m_completer(new QCompleter(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_items);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    // Labels such as "Xã Bình An (Huyện Châu Thành)" need the room a form gives.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_matches->setSourceModel(m_items);
    // The completer shows the filtered list as it is; the filter does the matching, since
    // QCompleter's own matching knows nothing of Vietnamese accents.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    lineEdit()->setPlaceholderText(tr("type part of the name or the code"));
    connect(lineEdit(), &QLineEdit::textEdited, this, &UnitComboBox::textTyped);
    // A text typed that names one unit becomes that unit when the field is left.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (const qint64 id = unitId(); id > 0)
            setCurrentIndex(findData(id, UnitIdRole));
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        emit unitChanged(index >= 0 ? itemData(index, UnitIdRole).toLongLong() : 0);
    });
}

void UnitComboBox::setCampaignUnits(const Workspace &workspace)
{
    QList<qint64> ids;
    if (const auto schedule = workspace.schedule()) {
        ids.reserve(schedule->rows().size());
        for (const ScheduleRow &row : schedule->rows())
            ids.append(row.conference.unitId);
    }
    setUnits(workspace.units(), ids);
}

void UnitComboBox::setUnits(std::shared_ptr<const UnitTree> tree, const QList<qint64> &unitIds)
{
    const qint64 chosen = unitId();
    const QString typed = currentText();
    const QSignalBlocker blocker(this);
    m_items->clear();
    if (tree) {
        for (qint64 id : unitIds) {
            const int index = tree->indexOf(id);
            if (index < 0)
                continue;
            auto *item = new QStandardItem(tree->label(index));
            item->setData(id, UnitIdRole);
            item->setData(id, RegisterFilterModel::IdRole);
            item->setData(
                QString(Text::searchKey(tree->label(index)) + u' ' + tree->at(index).code),
                RegisterFilterModel::SearchKeyRole);
            m_items->appendRow(item);
        }
    }
    const int row = chosen > 0 ? findData(chosen, UnitIdRole) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(chosen > 0 ? QString() : typed);
}

void UnitComboBox::textTyped(const QString &text)
{
    m_matches->setSearchText(text);
}

Result<qint64> UnitComboBox::unit() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return qint64(0);
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText())
        return itemData(currentIndex(), UnitIdRole).toLongLong();
    if (const int exact = findText(text, Qt::MatchFixedString); exact >= 0)
        return itemData(exact, UnitIdRole).toLongLong();
    // A typed text that names one unit only is as good as picking it.
    const QString key = Text::searchKey(text);
    qint64 found = 0;
    int matches = 0;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QStandardItem *item = m_items->item(row);
        if (Text::matchesKey(item->data(RegisterFilterModel::SearchKeyRole).toString(), key)) {
            found = item->data(UnitIdRole).toLongLong();
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    if (matches == 0)
        return Failure{tr("No unit of the campaign is called “%1”.").arg(text)};
    return Failure{tr("“%1” matches %2 units; pick one from the list.").arg(text).arg(matches)};
}

qint64 UnitComboBox::unitId() const
{
    const auto chosen = unit();
    return chosen ? *chosen : 0;
}

void UnitComboBox::setUnitId(qint64 unitId)
{
    const int row = unitId > 0 ? findData(unitId, UnitIdRole) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
}

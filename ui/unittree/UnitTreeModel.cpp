#include "UnitTreeModel.h"

#include "UnitKind.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

UnitTreeModel::UnitTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void UnitTreeModel::setTree(std::shared_ptr<const UnitTree> tree, const QList<Level> &levels)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_levels.clear();
    for (const Level &level : levels)
        m_levels.insert(level.key, level);
    m_rowInParent.fill(0, m_tree ? m_tree->size() : 0);
    if (m_tree) {
        for (int i = 0; i < m_tree->roots().size(); ++i)
            m_rowInParent[m_tree->roots().at(i)] = i;
        for (int unit = 0; unit < m_tree->size(); ++unit) {
            const QList<int> &children = m_tree->children(unit);
            for (int i = 0; i < children.size(); ++i)
                m_rowInParent[children.at(i)] = i;
        }
    }
    endResetModel();
}

void UnitTreeModel::retranslate()
{
    // Texts are computed when asked for; views repaint on LanguageChange. A layout change
    // here would make tree views forget which branches are open.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 unitId, int column) const
{
    if (!m_tree)
        return {};
    const int treeIndex = m_tree->indexOf(unitId);
    if (treeIndex < 0)
        return {};
    return createIndex(m_rowInParent.at(treeIndex), column, quintptr(treeIndex));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_tree->children(int(parent.internalId())) : m_tree->roots();
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int parent = m_tree->parentIndex(int(child.internalId()));
    if (parent < 0)
        return {};
    return createIndex(m_rowInParent.at(parent), 0, quintptr(parent));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return int(m_tree->roots().size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree->children(int(parent.internalId())).size());
}

int UnitTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QString UnitTreeModel::toolTip(int treeIndex) const
{
    const Unit &unit = m_tree->at(treeIndex);
    QStringList lines{unit.name};
    const QString level = m_levels.value(unit.level, Level{unit.level, 0, {}, {}}).displayName();
    lines.append(tr("%1, %2").arg(UnitKind::displayName(unit.kind), level));
    if (!unit.code.isEmpty())
        lines.append(tr("Code %1").arg(unit.code));
    if (const int parent = m_tree->parentIndex(treeIndex); parent >= 0)
        lines.append(tr("Under %1").arg(m_tree->at(parent).name));
    if (unit.isRetired())
        lines.append(tr("Retired: in force until %1").arg(unit.validTo.toString(u"dd/MM/yyyy"_s)));
    else if (unit.validFrom.isValid())
        lines.append(tr("In force since %1").arg(unit.validFrom.toString(u"dd/MM/yyyy"_s)));
    return lines.join(u'\n');
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const int treeIndex = int(index.internalId());
    const Unit &unit = m_tree->at(treeIndex);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return m_tree->label(treeIndex);
        return unit.code;
    case Qt::ToolTipRole:
        return toolTip(treeIndex);
    case Qt::ForegroundRole:
        if (unit.isRetired())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (unit.isRetired()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case UnitIdRole:
        return unit.id;
    case RetiredRole:
        return unit.isRetired();
    case NameRole:
        return unit.name;
    case SearchKeyRole:
        return m_tree->searchKey(treeIndex);
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Unit");
    case Code:
        return tr("Code");
    default:
        return {};
    }
}

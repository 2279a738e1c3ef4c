#include "ParticipantModel.h"

#include "CampaignRepository.h"
#include "Dates.h"
#include "UnitTree.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

ParticipantModel::ParticipantModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int ParticipantModel::addNode(int treeIndex, int parentNode)
{
    Node node;
    node.treeIndex = treeIndex;
    node.parent = parentNode;
    const int id = int(m_nodes.size());
    if (parentNode >= 0) {
        node.row = int(m_nodes[parentNode].children.size());
        m_nodes[parentNode].children.append(id);
    } else {
        node.row = int(m_top.size());
        m_top.append(id);
    }
    m_nodes.append(node);
    m_nodeOfTreeIndex.insert(treeIndex, id);
    return id;
}

void ParticipantModel::setCampaign(std::shared_ptr<const UnitTree> tree, const Campaign &campaign,
                                   const QHash<QString, QString> &levelNames)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_campaign = campaign;
    m_levelNames = levelNames;
    m_nodes.clear();
    m_top.clear();
    m_nodeOfTreeIndex.clear();
    m_byDefault.clear();
    m_excluded.clear();
    m_added.clear();
    const int root = m_tree ? m_tree->indexOf(campaign.rootUnitId) : -1;
    if (root >= 0) {
        for (const Conference &conference :
             CampaignRepository::participantsOf(campaign, m_tree->units()))
            m_byDefault.insert(conference.unitId);
        // The root's part of the tree, depth first in the tree's order.
        QList<std::pair<int, int>> stack{{root, -1}};
        while (!stack.isEmpty()) {
            const auto [treeIndex, parentNode] = stack.takeLast();
            const int node = addNode(treeIndex, parentNode);
            const QList<int> &below = m_tree->children(treeIndex);
            for (auto it = below.crbegin(); it != below.crend(); ++it)
                stack.append({*it, node});
        }
    }
    endResetModel();
    emit participantsChanged();
}

void ParticipantModel::addUnit(qint64 unitId)
{
    const int treeIndex = m_tree ? m_tree->indexOf(unitId) : -1;
    if (treeIndex < 0 || !isCheckable(treeIndex))
        return;
    if (const int node = m_nodeOfTreeIndex.value(treeIndex, -1); node >= 0) {
        setChecked(node, true);
        return;
    }
    beginInsertRows({}, int(m_top.size()), int(m_top.size()));
    addNode(treeIndex, -1);
    m_added.insert(unitId);
    endInsertRows();
    emit participantsChanged();
}

bool ParticipantModel::isCheckable(int treeIndex) const
{
    return m_campaign.levelKeys().contains(m_tree->at(treeIndex).level)
        && m_tree->at(treeIndex).id != m_campaign.rootUnitId;
}

bool ParticipantModel::isChecked(int treeIndex) const
{
    const qint64 id = m_tree->at(treeIndex).id;
    return (m_byDefault.contains(id) && !m_excluded.contains(id)) || m_added.contains(id);
}

void ParticipantModel::setChecked(int node, bool checked)
{
    // The unit and every unit below it, as a clerk who leaves a district out means its
    // communes too.
    QList<int> stack{node};
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        const int treeIndex = m_nodes.at(current).treeIndex;
        const qint64 id = m_tree->at(treeIndex).id;
        if (isCheckable(treeIndex)) {
            m_excluded.remove(id);
            m_added.remove(id);
            if (checked && !m_byDefault.contains(id))
                m_added.insert(id);
            if (!checked && m_byDefault.contains(id))
                m_excluded.insert(id);
        }
        const QList<int> &below = m_nodes.at(current).children;
        if (!below.isEmpty()) {
            emit dataChanged(indexOfNode(below.first(), 0),
                             indexOfNode(below.last(), ColumnCount - 1));
            stack.append(below);
        }
    }
    emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    emit participantsChanged();
}

QList<Conference> ParticipantModel::participants() const
{
    if (!m_tree)
        return {};
    return CampaignRepository::participantsOf(m_campaign, m_tree->units(), m_excluded, m_added);
}

QHash<QString, int> ParticipantModel::countsByLevel() const
{
    QHash<QString, int> counts;
    for (const Conference &conference : participants())
        ++counts[conference.level];
    return counts;
}

QModelIndex ParticipantModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex ParticipantModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &rows =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= rows.size())
        return {};
    return indexOfNode(rows.at(row), column);
}

QModelIndex ParticipantModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode, 0);
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ParticipantModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int treeIndex = m_nodes.at(int(index.internalId())).treeIndex;
    const Unit &unit = m_tree->at(treeIndex);
    const bool checkable = isCheckable(treeIndex);
    if (role == UnitIdRole)
        return unit.id;
    if (role == Qt::CheckStateRole && index.column() == Name && checkable)
        return isChecked(treeIndex) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && checkable && !isChecked(treeIndex))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_tree->label(treeIndex);
    case Code:
        return unit.code;
    case Level:
        return m_levelNames.value(unit.level, unit.level);
    case Note:
        if (unit.id == m_campaign.rootUnitId)
            return tr("the campaign's own unit");
        if (!m_campaign.levelKeys().contains(unit.level))
            return tr("its level does not take part");
        if (unit.validTo.isValid() && unit.validTo < m_campaign.startsOn)
            return tr("retired on %1").arg(Dates::text(unit.validTo));
        if (unit.validFrom.isValid() && unit.validFrom > m_campaign.startsOn)
            return tr("in force from %1").arg(Dates::text(unit.validFrom));
        if (m_excluded.contains(unit.id))
            return tr("left out");
        if (m_added.contains(unit.id))
            return tr("added");
        return {};
    default:
        return {};
    }
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    const int node = int(index.internalId());
    if (!isCheckable(m_nodes.at(node).treeIndex))
        return false;
    setChecked(node, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name && isCheckable(m_nodes.at(int(index.internalId())).treeIndex))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Unit");
    case Code:
        return tr("Code");
    case Level:
        return tr("Level");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

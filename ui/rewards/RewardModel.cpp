#include "RewardModel.h"

#include "CatalogueRepository.h"
#include "Dates.h"
#include "RewardRepository.h"
#include "Text.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QStringList>

using namespace Qt::StringLiterals;

RewardModel::RewardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RewardModel::setRewards(const QList<Reward> &rewards, const QHash<qint64, QString> &formNames,
                             std::shared_ptr<const UnitTree> units)
{
    beginResetModel();
    m_rewards = rewards;
    m_formNames = formNames;
    m_units = std::move(units);
    m_searchKeys.clear();
    for (const Reward &reward : std::as_const(m_rewards)) {
        QStringList words{reward.decisionNumber, m_formNames.value(reward.formId), reward.issuer,
                          reward.signer, unitLabel(reward.unitId)};
        for (const RewardRecipient &recipient : reward.recipients)
            words.append(recipient.name);
        m_searchKeys.append(Text::searchKey(words.join(u' ')));
    }
    endResetModel();
}

Result<void> RewardModel::load(Workspace &workspace)
{
    return read(workspace, 0);
}

Result<void> RewardModel::loadUnit(Workspace &workspace, qint64 unitId)
{
    if (unitId <= 0) {
        setRewards({}, {}, workspace.units());
        return {};
    }
    return read(workspace, unitId);
}

Result<void> RewardModel::read(Workspace &workspace, qint64 unitId)
{
    QList<Reward> rewards;
    QHash<qint64, QString> formNames;
    if (workspace.isOpen() && workspace.campaignId() > 0) {
        const RewardRepository repository(workspace.database());
        auto found = unitId > 0 ? repository.rewardsOfUnit(workspace.campaignId(), unitId)
                                : repository.rewards(workspace.campaignId());
        const auto forms =
            CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::RewardForms)
                .entries();
        if (!found || !forms) {
            setRewards({}, {}, workspace.units());
            return Failure{!found ? found.error() : forms.error()};
        }
        rewards = std::move(found.value());
        for (const CatalogueEntry &form : *forms)
            formNames.insert(form.id, form.name);
    }
    setRewards(rewards, formNames, workspace.units());
    return {};
}

void RewardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Reward *RewardModel::reward(int row) const
{
    return row >= 0 && row < m_rewards.size() ? &m_rewards.at(row) : nullptr;
}

int RewardModel::rowOfReward(qint64 id) const
{
    for (int row = 0; row < m_rewards.size(); ++row) {
        if (m_rewards.at(row).id == id)
            return row;
    }
    return -1;
}

QString RewardModel::describe(const Reward &reward) const
{
    return reward.describe(formName(reward.formId));
}

QString RewardModel::formName(qint64 formId) const
{
    return m_formNames.value(formId);
}

QString RewardModel::unitLabel(qint64 unitId) const
{
    const int index = m_units && unitId > 0 ? m_units->indexOf(unitId) : -1;
    return index >= 0 ? m_units->label(index) : QString();
}

int RewardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rewards.size());
}

int RewardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RewardModel::display(const Reward &reward, int column) const
{
    switch (column) {
    case DecisionNumber:
        return reward.decisionNumber;
    case DecisionDate:
        return Dates::text(reward.decisionDate);
    case Form:
        return m_formNames.value(reward.formId);
    case Issuer:
        return reward.issuer;
    case Signer:
        if (reward.signer.isEmpty() || reward.signerTitle.isEmpty())
            return reward.signer.isEmpty() ? reward.signerTitle : reward.signer;
        return tr("%1, %2").arg(reward.signer, reward.signerTitle);
    case Recipients: {
        QStringList names;
        for (const RewardRecipient &recipient : reward.recipients)
            names.append(recipient.name);
        return names.join(u"; "_s);
    }
    case Unit:
        return unitLabel(reward.unitId);
    case TodaysUnit:
        return m_units ? m_units->carriedOnLabel(reward.unitId, QDate::currentDate()) : QString();
    default:
        return {};
    }
}

QVariant RewardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Reward &reward = m_rewards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(reward, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Recipients) {
            QStringList lines;
            for (const RewardRecipient &recipient : reward.recipients) {
                lines.append(tr("%1 (%2)").arg(recipient.name,
                                               recipient.kind == Exemplar::Kind::Individual
                                                   ? tr("individual")
                                                   : tr("collective")));
            }
            return lines.join(u'\n');
        }
        if (index.column() == DecisionNumber && !reward.note.isEmpty())
            return reward.note;
        // The whole text of a cell that may be cut short.
        return display(reward, index.column());
    case RegisterFilterModel::SortRole:
        if (index.column() == DecisionDate)
            return reward.decisionDate;
        return display(reward, index.column());
    case RegisterFilterModel::SearchKeyRole:
        return m_searchKeys.value(index.row());
    case RewardIdRole:
        return reward.id;
    case UnitIdRole:
        return reward.unitId;
    case RecipientCountRole:
        return int(reward.recipients.size());
    default:
        return {};
    }
}

bool RewardModel::hasLineage() const
{
    return m_units && !m_units->lineage().isEmpty();
}

QVariant RewardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DecisionNumber:
        return tr("Decision");
    case DecisionDate:
        return tr("Date");
    case Form:
        return tr("Form");
    case Issuer:
        return tr("Issued by");
    case Signer:
        return tr("Signed by");
    case Recipients:
        return tr("Recipients");
    case Unit:
        return tr("Given at the conference of");
    case TodaysUnit:
        return tr("Today's unit");
    default:
        return {};
    }
}

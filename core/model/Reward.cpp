#include "Reward.h"

#include "Dates.h"

Result<void> Reward::validate() const
{
    if (formId == 0)
        return Failure{tr("Choose the form of the reward (Giấy khen, Bằng khen, ...).")};
    if (unitId == 0)
        return Failure{tr("Choose the unit whose conference gave the reward.")};
    if (recipients.isEmpty())
        return Failure{tr("A reward needs at least one recipient.")};
    for (const RewardRecipient &recipient : recipients) {
        if (recipient.name.trimmed().isEmpty())
            return Failure{tr("Every recipient needs a name.")};
    }
    return {};
}

QString Reward::describe(const QString &formName) const
{
    if (!decisionNumber.isEmpty())
        return tr("%1 %2").arg(formName, decisionNumber);
    if (decisionDate.isValid())
        return tr("%1 dated %2").arg(formName, Dates::text(decisionDate));
    return formName;
}

#include "ExampleData.h"

#include "CampaignSpec.h"
#include "Transaction.h"
#include "UnitImporter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ExampleData {

Result<qint64> build(Database &database)
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    QFile registerFile(u":/example/kiengiang-2020-register.csv"_s);
    if (!registerFile.open(QIODevice::ReadOnly))
        return Failure{QStringLiteral("internal error: the example's register is missing")};
    const auto imported = UnitImporter(database).import(&registerFile, u"register.csv"_s);
    if (!imported)
        return Failure{imported.error()};

    QFile campaignFile(u":/example/kiengiang-2016-2020.json"_s);
    if (!campaignFile.open(QIODevice::ReadOnly))
        return Failure{QStringLiteral("internal error: the example's campaign is missing")};
    const auto spec = CampaignSpec::fromJson(campaignFile.readAll(), u"campaign.json"_s);
    if (!spec)
        return Failure{spec.error()};
    // The campaign, with the office's document settings of 2020: bodies, symbol, place,
    // signer, recipients.
    const auto id = spec->create(database);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

} // namespace ExampleData

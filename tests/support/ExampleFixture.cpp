#include "ExampleFixture.h"

#include "TestSupport.h"

#include <QtGlobal>

namespace TestSupport {

bool ExampleFixture::openExample(const QString &name)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        qWarning("no temporary folder: %s", qPrintable(m_dir->errorString()));
        return false;
    }
    m_database = std::make_unique<Database>();
    if (!createExample(*m_database, *m_dir, name))
        return false;
    m_campaignId = onlyCampaignId(*m_database);
    return m_campaignId > 0;
}

void ExampleFixture::closeExample()
{
    m_database.reset();
    m_dir.reset();
    m_campaignId = 0;
}

qint64 ExampleFixture::idOf(const QString &code) const
{
    return unitIdOf(*m_database, code);
}

} // namespace TestSupport
